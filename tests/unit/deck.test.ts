import type { DeckSlide } from '../../packages/talk-site/node/deck'
import { existsSync } from 'node:fs'
import { dirname, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { chapters, storyChapters } from '../../data/chapters'
import { acquisition } from '../../data/company'
import { formatMusd } from '../../data/money'
import { projects } from '../../data/projects'
import { citations } from '../../data/references'
import { timeline } from '../../data/timeline'
import { chapterIds } from '../../data/types'
import { loadDeck } from '../../packages/talk-site/node/deck'
import { deckFiles, editionList, expectNone, lineOf, projectPath, readProjectFile, slideAt, sourceOf, visibleText } from './support'

const slideName = (slide: DeckSlide) => `slide ${slide.no} “${slide.title}” (${slide.where})`
const decks = await Promise.all(editionList.map(async edition => ({ edition, deck: await loadDeck(edition.entry) })))

/** Every match of `pattern` in the deck's files, with the slide it is on: `slide N “title” (file:line)`. */
function matchesInDeck(deck: DeckSlide[], pattern: RegExp, { notes }: { notes: boolean }): { at: string, match: RegExpExecArray }[] {
  const found: { at: string, match: RegExpExecArray }[] = []
  for (const file of deckFiles(deck)) {
    const source = readProjectFile(file)
    const text = notes
      ? source
      : visibleText(source)
    for (const match of text.matchAll(pattern)) {
      found.push({
        at: slideAt(deck, file, lineOf(text, match.index)),
        match,
      })
    }
  }
  return found
}

function findInDeck(deck: DeckSlide[], pattern: RegExp, options: { notes: boolean }): string[] {
  return matchesInDeck(deck, pattern, options).map(({ at, match }) => `${at}: “${match[0]}”`)
}

const quoted = /'([^']+)'/g

/** Click steps a slide's source asks for: each `v-click` attribute, and each element a `<v-clicks>` reveals one by one. */
function clickSteps(source: string): number {
  const single = source.match(/\sv-click(?=[\s>/])/g)?.length ?? 0
  const revealed = [
    ...source.matchAll(/<v-clicks>([\s\S]*?)<\/v-clicks>/g),
  ]
    .map(m => m[1]!.match(/^<[A-Z]/gim)?.length ?? 0)
    .reduce((sum, n) => sum + n, 0)
  return single + revealed
}

const chapterIndex = (id: unknown) => (chapterIds as readonly unknown[]).indexOf(id)

/** `<img src="http…">`, `![](http…)`, `url(http…)`. */
const hotlinkedImage = /<img\s(?:[^>]*\s)?src\s*=\s*["']?https?:\/\/[^\s"'>]*|!\[[^\]]*\]\(\s*<?https?:\/\/[^\s)>]*|url\(\s*["']?https?:\/\/[^\s)"']*/gi

describe.each(decks)('the $edition.locale edition', ({ edition, deck }) => {
  const files = deckFiles(deck)
  const bySlide = deck.map(slide => [
    slideName(slide),
    slide,
  ] as const)

  describe('the deck', () => {
    it('has between 40 and 50 slides', () => {
      expect(deck.length).toBeGreaterThanOrEqual(40)
      expect(deck.length).toBeLessThanOrEqual(50)
    })

    it('reads every file it imports', () => {
      expect(files.length, `${edition.entry} plus its src: imports`).toBeGreaterThan(1)
    })

    it('declares its language and bundles its fonts in the headmatter', () => {
      const head = deck[0]!.frontmatter as { htmlAttrs?: { lang?: string }, fonts?: { provider?: string } }
      expect(head.htmlAttrs?.lang, `${edition.entry} headmatter htmlAttrs.lang`).toBe(edition.locale)
      expect(head.fonts?.provider, `${edition.entry} headmatter fonts.provider (no Google Fonts at runtime)`).toBe('none')
    })

    it('opens with the cover', () => {
      expect(deck[0]!.frontmatter.layout, `${slideName(deck[0]!)} layout`).toBe('cover')
    })

    it('imports only files that exist', () => {
      const srcLine = /^src:\s*(\S+)\s*$/gm
      const imports: string[] = []
      const missing: string[] = []
      for (const file of files) {
        const text = readProjectFile(file)
        for (const match of text.matchAll(srcLine)) {
          const target = resolve(projectPath(dirname(file)), match[1]!)
          imports.push(target)
          if (!existsSync(target))
            missing.push(`${file}:${lineOf(text, match.index)} imports ${relative(process.cwd(), target)}`)
        }
      }
      expect(imports.length, `src: imports in ${edition.entry}`).toBeGreaterThan(0)
      expectNone(missing, 'src: imports of files that do not exist')
    })
  })

  describe('every slide', () => {
    it.each(bySlide)('%s has a title', (name, slide) => {
      expect(slide.title.trim(), `${name} has no title`).not.toBe('')
    })

    it.each(bySlide)('%s has speaker notes', (name, slide) => {
      expect(slide.note, `${name} has no speaker notes`).not.toBe('')
    })

    it.each(bySlide)('%s with click steps marks each step in its notes', (name, slide) => {
      const source = sourceOf(deck, slide)
      const steps = clickSteps(source)
      const markers = slide.note.match(/\[click\]/g)?.length ?? 0
      expect(markers, `${name}: ${steps} click steps, ${markers} [click] markers in the notes`).toBe(steps)
    })

    it.each(bySlide.slice(1))('%s belongs to a known chapter', (name, slide) => {
      expect(chapterIds, `${name}: frontmatter chapter “${String(slide.frontmatter.chapter)}”`).toContain(slide.frontmatter.chapter)
    })

    it('chapters come in talk order', () => {
      const backwards = deck.slice(2)
        .map((slide, i) => [deck[i + 1]!, slide] as const)
        .filter(([before, after]) => chapterIndex(after.frontmatter.chapter) < chapterIndex(before.frontmatter.chapter))
        .map(([before, after]) => `${slideName(after)} (${String(after.frontmatter.chapter)}) comes after ${slideName(before)} (${String(before.frontmatter.chapter)})`)
      expectNone(backwards, 'slides out of chapter order')
    })

    it('every chapter has slides', () => {
      const used = new Set(deck.map(slide => slide.frontmatter.chapter))
      expectNone(chapters.map(c => c.id).filter(id => !used.has(id)), 'chapters without a slide')
    })

    it('no slide or note contains a placeholder', () => {
      expectNone(findInDeck(deck, /TODO|TBD|FIXME|lorem|占位|待补充/gi, { notes: true }), 'placeholders')
    })
  })

  describe('the shape of the talk', () => {
    const dividers = deck.filter(slide => slide.frontmatter.layout === 'chapter')

    it('every story chapter opens with its divider, titled as the chapter is', () => {
      const wrong = storyChapters.flatMap((chapter) => {
        const first = deck.find(slide => slide.frontmatter.chapter === chapter.id)
        if (!first)
          return [`chapter ${chapter.id} has no slides`]
        const problems: string[] = []
        if (first.frontmatter.layout !== 'chapter')
          problems.push(`${slideName(first)} opens chapter ${chapter.id} but is not a divider (layout: chapter)`)
        else if (first.title !== chapter.title[edition.locale])
          problems.push(`${slideName(first)} is titled “${first.title}”; data/chapters.ts calls chapter ${chapter.id} “${chapter.title[edition.locale]}”`)
        return problems
      })
      expectNone(wrong, 'chapters without their divider')
      expect(dividers.map(slide => slide.frontmatter.chapter)).toEqual(storyChapters.map(c => c.id))
    })

    it('has at least four statement slides', () => {
      expect(deck.filter(slide => slide.frontmatter.layout === 'statement').length).toBeGreaterThanOrEqual(4)
    })

    it('writes amounts in the edition\'s own form', () => {
      const foreign = edition.locale === 'zh-CN'
        ? /\$\s?\d[\d.,]*\s?(?:M\b|million)/g
        : /[\d.]+\s*(?:万|亿)美元/g
      expectNone(findInDeck(deck, foreign, { notes: true }), 'amounts written the other edition\'s way')
    })

    it('states the announced price as the data has it', () => {
      const price = formatMusd(acquisition.announcedMusd, edition.locale)
      expect(deck.filter(slide => slide.title === price).length, `a statement slide titled “${price}”`).toBe(1)
    })
  })

  describe('images', () => {
    it('the hotlink detector finds the three forms', () => {
      const sample = '<img alt="x" src="https://a.example/x.png">\n![logo](http://b.example/y.svg)\n<div style="background: url(\'https://c.example/z.jpg\')" />\n<img src="/local.png"> ![ok](./ok.png)'
      expect(sample.match(hotlinkedImage)).toHaveLength(3)
    })

    it('no slide hotlinks an image', () => {
      expectNone(findInDeck(deck, hotlinkedImage, { notes: false }), 'images loaded from the network')
    })

    it.each(bySlide)('%s has no background image from the network', (name, slide) => {
      for (const key of ['image', 'background', 'backgroundImage'])
        expect(String(slide.frontmatter[key] ?? ''), `${name}: frontmatter ${key}`).not.toMatch(/^https?:/)
    })
  })

  describe('components used on slides', () => {
    it('every <KeyDates> date is in the timeline', () => {
      const known = new Set<string>(timeline.map(m => m.date))
      const usages = matchesInDeck(deck, /<KeyDates\b[^>]*:dates="\[([^\]]*)\]"/g, { notes: false })
      expect(usages.length).toBeGreaterThan(0)
      const unknown = usages.flatMap(({ at, match }) => [
        ...match[1]!.matchAll(quoted),
      ]
        .map(m => m[1]!)
        .filter(date => !known.has(date))
        .map(date => `${at}: ${date}`))
      expectNone(unknown, 'KeyDates dates that data/timeline.ts does not have')
    })

    it('every <ProjectCard> id is a project', () => {
      const known = new Set(projects.map(p => p.id))
      const usages = matchesInDeck(deck, /<ProjectCard\s(?:[^>]*\s)?id="([^"]+)"/g, { notes: false })
      expect(usages.length).toBeGreaterThan(0)
      const unknown = usages.filter(({ match }) => !known.has(match[1]!)).map(({ at, match }) => `${at}: ${match[1]}`)
      expectNone(unknown, 'ProjectCard ids that data/projects.ts does not have')
    })

    it('the references slides list every chapter that cites a source, once', () => {
      const listed = matchesInDeck(deck, /<References\b[^>]*:chapters="\[([^\]]*)\]"/g, { notes: false })
        .flatMap(({ match }) => [
          ...match[1]!.matchAll(quoted),
        ].map(m => m[1]!))
      const citing = [
        ...new Set(citations().map(c => c.chapter)),
      ]
      expectNone(citing.filter(id => !listed.includes(id)), 'chapters whose sources no references slide lists')
      expectNone(listed.filter((id, i) => listed.indexOf(id) !== i), 'chapters listed on two references slides')
    })
  })
})
