// @vitest-environment happy-dom
// mermaid.parse() needs a DOM (DOMPurify); in plain node it fails with “DOMPurify.addHook is not a function”.
import type { CncfStatus, Locale } from '../../data/types'
import mermaid from 'mermaid'
import { describe, expect, it } from 'vitest'
import { coreosChain, redhatChain } from '../../data/products'
import { projects } from '../../data/projects'
import { loadDeck } from '../../packages/talk-site/node/deck'
import { accessibleText } from '../support/mermaid'
import { editionList, expectNone } from './support'

type Deck = Awaited<ReturnType<typeof loadDeck>>

/** How each edition words what the checks below look for. */
const words: Record<Locale, {
  projectMap: string
  /** The short word each project map label uses for a CNCF status. */
  status: Record<CncfStatus, string>
}> = {
  'zh-CN': {
    projectMap: '项目地图',
    status: {
      graduated: '毕业',
      incubating: '孵化',
      sandbox: '沙箱',
      archived: '已归档',
      none: '非 CNCF',
    },
  },
  'en': {
    projectMap: 'Project map',
    status: {
      graduated: 'graduated',
      incubating: 'incubating',
      sandbox: 'sandbox',
      archived: 'archived',
      none: 'not CNCF',
    },
  },
}

const decks = await Promise.all(editionList.map(async edition => ({ edition, deck: await loadDeck(edition.entry) })))
const diagrams = decks.flatMap(({ deck }) => deck.flatMap(slide => slide.mermaid.map((code, i) => ({
  name: `slide ${slide.no} “${slide.title}” (${slide.where}) diagram ${i + 1}`,
  slide,
  code,
}))))

const lineBreak = /<br\s*\/?>/gi

/** The arrows of a flowchart, `a["…"] -->|label| b`, with their labels (empty without one). */
function edges(code: string): { from: string, to: string, label: string }[] {
  return [
    ...code.matchAll(/([\w-]+)(?:\[[^\]]*\]|\(\[[^\]]*\]\))?\s*-\.?->(?:\|([^|]*)\|)?\s*(?=([\w-]+))/g),
  ].map(m => ({ from: m[1]!, label: m[2] ?? '', to: m[3]! }))
}

/** A label or a data string as words only, for comparing the two: no markup, line breaks, spaces or punctuation. */
function squashed(text: string): string {
  return text.replace(/<\/?b>/g, '').replace(lineBreak, '').replace(/[\s,;:·，；：、]/g, '')
}

/** Node labels of a flowchart: `id["label"]`; a subgraph's title (`subgraph id["title"]`) is not a node. */
function nodeLabels(code: string): { id: string, label: string }[] {
  return [
    ...code.matchAll(/(?<!subgraph )\b([\w-]+)\["([^"]*)"\]/g),
  ].map(m => ({ id: m[1]!, label: m[2]! }))
}

function onlyDiagramOf(deck: Deck, find: (slide: Deck[number]) => boolean, what: string): { name: string, code: string } {
  const slides = deck.filter(find)
  expect(slides.length, `slides with the ${what}`).toBe(1)
  const slide = slides[0]!
  expect(slide.mermaid.length, `${what} on slide ${slide.no} (${slide.where}): mermaid blocks`).toBe(1)
  return { name: `slide ${slide.no} “${slide.title}” (${slide.where})`, code: slide.mermaid[0]! }
}

describe('mermaid diagrams', () => {
  it.each(decks)('the $edition.locale edition has at least 4 diagrams', ({ deck }) => {
    expect(deck.flatMap(slide => slide.mermaid).length).toBeGreaterThanOrEqual(4)
  })

  it.each(diagrams.map(d => [d.name, d] as const))('%s parses', async (name, { code }) => {
    const result = await mermaid.parse(code).catch((error: unknown) => {
      throw new Error(`${name} does not parse: ${error instanceof Error
        ? error.message
        : String(error)}`)
    })
    expect(result, `${name}: mermaid.parse result`).toBeTruthy()
  })

  it.each(diagrams.map(d => [d.name, d] as const))('%s has an accessible title and description', (name, { code }) => {
    const { title, description } = accessibleText(code)
    expect(title, `${name} has no accTitle: a screen reader would announce it as a bare picture`).toBeTruthy()
    expect(description, `${name} has no accDescr: say in words what the diagram shows`).toBeTruthy()
  })

  it.each(diagrams.map(d => [d.name, d] as const))('%s describes in words every box it draws', (name, { code }) => {
    const description = (accessibleText(code).description ?? '').replace(/['’]/g, '’')
    const missing = nodeLabels(code).flatMap(({ id, label }) => label
      .replace(/<\/?b>/g, '')
      .split(lineBreak)
      .map(piece => piece.trim().replace(/['’]/g, '’'))
      .filter(piece => piece !== '' && !description.includes(piece))
      .map(piece => `node ${id}: “${piece}”`))
    expectNone(missing, `${name}: labels its accDescr does not mention`)
  })

  it('the accessibility check finds a diagram without a title or description', () => {
    expect(accessibleText('flowchart LR\n  a --> b')).toEqual({ title: undefined, description: undefined })
    expect(accessibleText('flowchart LR\n  accTitle: A\n  accDescr: a to b\n  a --> b')).toEqual({ title: 'A', description: 'a to b' })
  })

  it('a broken diagram is rejected, so the check above can fail', async () => {
    await expect(mermaid.parse('flowchart LR\n  a["never closed --> b\n  b --> ')).rejects.toThrow()
    await expect(mermaid.parse('flowchart LR\n  a --> b\n  a -->|x|')).rejects.toThrow()
  })
})

describe.each(decks)('the $edition.locale edition', ({ edition: { locale }, deck }) => {
  describe('the product chain diagram', () => {
    const { name, code } = onlyDiagramOf(deck, slide => String(slide.frontmatter.class ?? '').split(/\s+/).includes('centrepiece'), 'product chain')
    const labels = nodeLabels(code).map(({ id, label }) => ({
      id,
      text: squashed(label),
      title: /<b>([^<]+)<\/b>/.exec(label)?.[1] ?? '',
    }))
    const steps = [
      ...coreosChain.map(step => ({ step, owner: 'coreos' })),
      ...redhatChain.map(step => ({ step, owner: 'redhat' })),
    ]

    it.each(steps.map(s => [s.step.name, s] as const))('shows %s with what it gave and its price, as data/products.ts says', (stepName, { step }) => {
      const nodes = labels.filter(({ title }) => title === step.name)
      expect(nodes.map(n => n.id), `${name}: nodes naming ${stepName}`).toHaveLength(1)
      const { id, text } = nodes[0]!
      for (const words of [step.gave, step.price].filter(w => w !== undefined))
        expect(text, `${name}: node ${id} (${stepName}) should say “${words[locale]}”`).toContain(squashed(words[locale]))
    })

    it('joins each chain layer to layer, every arrow saying what flows along it', () => {
      const arrows = edges(code)
      for (const chain of [coreosChain, redhatChain]) {
        const ids = chain.map(step => labels.find(({ title }) => title === step.name)!.id)
        for (const [from, to] of ids.slice(1).map((id, i) => [ids[i]!, id] as const)) {
          const arrow = arrows.find(e => e.from === from && e.to === to)
          expect(arrow?.label.trim(), `${name}: an arrow from ${from} to ${to} that says what flows along it`).toBeTruthy()
        }
      }
    })
  })

  describe('the project map diagram', () => {
    const { name, code } = onlyDiagramOf(deck, slide => slide.title.includes(words[locale].projectMap), 'project map')
    const labels = nodeLabels(code).map(({ id, label }) => ({
      id,
      text: label.replace(lineBreak, ' ').replace(/\s+/g, ' ').trim(),
    }))

    it.each(projects.map(p => [p.name, p] as const))('shows %s with its CNCF status', (projectName, project) => {
      const nodes = labels.filter(({ text }) => text.includes(projectName))
      expect(nodes.map(n => n.id), `${name}: nodes naming ${projectName}`).toHaveLength(1)
      const { id, text } = nodes[0]!
      const expected = words[locale].status[project.cncf.status]
      expect(text, `${name}: node ${id} is ${projectName}, CNCF ${project.cncf.status}, so it should say “${expected}”`).toContain(expected)
      const others = Object.values(words[locale].status).filter(word => word !== expected && text.includes(word))
      expectNone(others, `${name}: node ${id} (${projectName}) also shows another status`)
    })
  })
})
