import type { Page } from '@playwright/test'
import type { AxeResults, ImpactValue } from 'axe-core'
import axe from 'axe-core'

/** A rule axe-core found broken, with the first elements it found it on. */
export interface Violation {
  id: string
  impact: ImpactValue | undefined
  help: string
  targets: string[]
}

/**
 * Runs axe-core on the page as it is now, with the rules tagged `tags`, and
 * returns its serious and critical violations. The engine is put into the
 * page once per page load and run there: the deck has no frames to walk.
 */
export async function seriousViolations(page: Page, tags: string[]): Promise<Violation[]> {
  if (!await page.evaluate(() => 'axe' in window))
    await page.evaluate(axe.source)
  const violations = await page.evaluate(async (values) => {
    const results: AxeResults = await (window as unknown as { axe: typeof axe }).axe.run(document, {
      runOnly: { type: 'tag', values },
      resultTypes: ['violations'],
    })
    return results.violations.map(v => ({
      id: v.id,
      impact: v.impact ?? undefined,
      help: v.help,
      targets: v.nodes.slice(0, 3).map(node => node.target.join(' ')),
    }))
  }, tags)
  return violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
}
