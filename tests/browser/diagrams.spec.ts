import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { waitForSlide } from '../../packages/talk-site-cli/node/slide'
import { slideDom } from '../../packages/talk-site/slidev-internals'
import { accessibleText, mermaidCode } from '../support/mermaid'
import { loadTalk, served, talkBase, testSites } from '../support/sites'

// Diagrams are drawn when the site is built: the slides show SVGs, and no page loads Mermaid.
const { decks } = await loadTalk()

for (const deck of decks) {
  test(`every diagram of the ${deck.locale} edition is an SVG from the build, with its title and description, in each colour scheme, and no Mermaid code loads`, async ({ page }) => {
    // Scripts are read from the site's folder: a response's body is gone once the page moves on.
    const scripts = new Set<string>()
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script' && response.ok())
        scripts.add(new URL(response.url()).pathname)
    })
    const withDiagrams = deck.slides.filter(slide => slide.mermaid.length > 0)
    expect(withDiagrams.length).toBeGreaterThan(0)
    const ids = new Map<string, string[]>()
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme })
      for (const slide of withDiagrams) {
        await waitForSlide(page, {
          ...served(testSites().talk, deck),
          slides: deck.slides,
        }, slide.no)
        const drawn = await page.evaluate(root => [
          ...document.querySelectorAll(root),
        ].map((host) => {
          const svg = host.shadowRoot?.firstElementChild
          const text = (attribute: string): string => (svg?.getAttribute(attribute) ?? '').split(/\s+/).filter(Boolean).map(id => svg?.querySelector(`[id="${id}"]`)?.textContent ?? '').join(' ').trim()
          return {
            tag: svg?.tagName.toLowerCase(),
            id: svg?.id ?? '',
            title: text('aria-labelledby'),
            description: text('aria-describedby'),
          }
        }), `${slideDom.slide(slide.no)} ${slideDom.diagram}`)
        const where = `slide ${slide.no} (${slide.where}), ${scheme}`
        expect(drawn.map(d => d.tag), where).toEqual(slide.mermaid.map(() => 'svg'))
        drawn.forEach((d, i) => expect({ title: d.title, description: d.description }, `${where}, diagram ${i + 1}`).toEqual(accessibleText(slide.mermaid[i]!)))
        ids.set(`${slide.no} ${scheme}`, drawn.map(d => d.id))
      }
    }
    // The dark drawing is another SVG, with ids of its own.
    for (const slide of withDiagrams)
      expect(ids.get(`${slide.no} dark`)!.some(id => ids.get(`${slide.no} light`)!.includes(id)), `slide ${slide.no}`).toBe(false)
    expect(scripts.size).toBeGreaterThan(0)
    const inSite = (path: string): string => join(testSites().talk.dir, path.slice(talkBase.length))
    expect([...scripts].filter(path => mermaidCode.test(readFileSync(inSite(path), 'utf8')))).toEqual([])
  })
}

/** The files of a built site whose scripts hold Mermaid's code. */
function withMermaid(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter(file => file.endsWith('.js') && mermaidCode.test(readFileSync(join(dir, file), 'utf8')))
}

test('the built site ships no Mermaid code, where a plain deck drawn live (the broken fixture) does', () => {
  expect(withMermaid(testSites().talk.dir)).toEqual([])
  expect(withMermaid(testSites().broken.dir).length).toBeGreaterThan(0)
})
