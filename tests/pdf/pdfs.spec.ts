import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs'
import type { Locale } from '../../data/types'
import { execFileSync } from 'node:child_process'
import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { chapters } from '../../data/chapters'
import { coreosChain } from '../../data/products'
import { sources } from '../../data/sources'
import { timeline } from '../../data/timeline'
import { ui } from '../../data/ui'
import { withoutClickMarkers } from '../../packages/talk-site/text'
import { accessibleText } from '../support/mermaid'
import { loadTalk, testSites } from '../support/sites'

const { site: talk, decks: talkDecks } = await loadTalk()

// The PDFs `npm run build` publishes beside each edition (the same printing `npm run export` does), read with pdf.js and poppler.

/** Phrases each edition's PDF must give back as text when copied. */
const phrases: Record<Locale, string[]> = {
  'zh-CN': [
    '帕洛阿尔托的一间车库',
    'CNCF毕业',
    '各自去了哪里',
    coreosChain[0]!.gave!['zh-CN'],
  ],
  'en': [
    ui.cncf.graduated.en,
    ui.acquisition.cash.en,
    timeline.find(m => m.date === '2013-06-06')!.label.en,
    coreosChain[0]!.gave!.en,
  ],
}

/** Text without any white space, so line breaks in the PDF do not matter. */
const squash = (text: string): string => text.replace(/\s+/g, '')

async function open(path: string): Promise<PDFDocumentProxy> {
  return getDocument({
    data: new Uint8Array(readFileSync(path)),
    verbosity: 0,
  }).promise
}

async function pageText(doc: PDFDocumentProxy, no: number): Promise<string> {
  const content = await (await doc.getPage(no)).getTextContent()
  return content.items.map(item => 'str' in item
    ? item.str
    : '').join('')
}

/** A node of a page's structure tree as a screen reader gets it: its role, alternate text, own text and children. */
interface Tag {
  role: string
  alt?: string
  text: string
  children: Tag[]
}

/** The structure tree of page `no` (pdf.js), each node with the text of the marked content it holds. */
async function tagsOf(doc: PDFDocumentProxy, no: number): Promise<Tag> {
  const page = await doc.getPage(no)
  const content = await page.getTextContent({ includeMarkedContent: true })
  const textOf = new Map<string, string>()
  let open: string | undefined
  for (const item of content.items) {
    if ('type' in item && item.type === 'beginMarkedContentProps')
      open = item.id
    else if ('type' in item && item.type === 'endMarkedContent')
      open = undefined
    else if ('str' in item && open)
      textOf.set(open, (textOf.get(open) ?? '') + item.str)
  }
  interface Node { role?: string, alt?: string, type?: string, id?: string, children?: Node[] }
  const convert = (node: Node): Tag => {
    const children = (node.children ?? []).filter(child => child.type !== 'content' && child.role)
    const own = (node.children ?? []).filter(child => child.type === 'content').map(child => textOf.get(child.id ?? '') ?? '').join('')
    const tags = children.map(convert)
    return {
      role: node.role ?? '',
      alt: node.alt,
      text: own + tags.map(tag => tag.text).join(''),
      children: tags,
    }
  }
  return convert(await page.getStructTree() as Node)
}

/** What a screen reader reads, in order: each figure's alternate text, and text. */
function readingOrder(tag: Tag): string[] {
  return tag.role === 'Figure' && tag.alt
    ? [`figure: ${tag.alt}`]
    : tag.children.length === 0
      ? [tag.text]
      : tag.children.flatMap(readingOrder)
}

function findTags(tag: Tag, role: string): Tag[] {
  return [
    ...(tag.role === role
      ? [tag]
      : []),
    ...tag.children.flatMap(child => findTags(child, role)),
  ]
}

for (const { locale, path, slides: deck, info } of talkDecks) {
  test.describe(`the ${locale} edition`, () => {
    const slidesPdf = (): string => join(testSites().talk.dir, path, `${info.exportFilename}.pdf`)
    const handoutPdf = (): string => join(testSites().talk.dir, path, `${info.exportFilename}.handout.pdf`)

    test('has one page per slide, each with its title and its own slide number, and text that copies out', async () => {
      const slides = await open(slidesPdf())
      expect(slides.numPages).toBe(deck.length)
      const texts = await Promise.all(deck.map(slide => pageText(slides, slide.no)))
      for (const slide of deck) {
        const text = squash(texts[slide.no - 1]!)
        expect(text, `page ${slide.no} should show "${slide.title}" (${slide.where})`).toContain(squash(slide.title))
        if (slide.no > 1)
          expect(text, `page ${slide.no} should be numbered ${slide.no}`).toContain(`${slide.no}/${deck.length}`)
      }
      const all = squash(texts.join(''))
      for (const phrase of phrases[locale as Locale])
        expect(all).toContain(squash(phrase))
    })

    test('has an outline with every chapter and its slides', async () => {
      const outline = await (await open(slidesPdf())).getOutline()
      const titles = outline.map(entry => entry.title)
      for (const chapter of chapters) {
        const inChapter = deck.filter(s => s.frontmatter.chapter === chapter.id)
        const entry = outline.find(e => e.title === chapter.title[locale as Locale])
        expect(entry, `outline lacks chapter ${chapter.title[locale as Locale]}; it has ${titles.join(', ')}`).toBeDefined()
        expect(entry!.items.map(item => item.title)).toEqual(inChapter.map(s => s.title))
      }
    })

    test('embeds every font as a named subset, in both PDFs', () => {
      for (const file of [
        slidesPdf(),
        handoutPdf(),
      ]) {
        const table = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2)
        expect(table.length).toBeGreaterThan(0)
        for (const row of table)
          expect(row, `${file}: font not embedded as a subset (Type 3 means glyphs drawn as pictures): ${row}`).toMatch(/ yes +yes +yes /)
      }
    })

    test('keeps links clickable on the references slides', async () => {
      const slides = await open(slidesPdf())
      const known = new Set(Object.values(sources).map(source => source.url))
      const references = deck.filter(s => s.frontmatter.class === 'references')
      expect(references.length).toBeGreaterThan(0)
      for (const slide of references) {
        const links = (await (await slides.getPage(slide.no)).getAnnotations()).filter(a => a.subtype === 'Link')
        expect(links.length, `no links on page ${slide.no}`).toBeGreaterThan(5)
        for (const link of links)
          expect(known.has(link.url), `unexpected link ${link.url} on page ${slide.no}`).toBe(true)
      }
    })

    test('says what it is: title, author, subject, language', async () => {
      const { info: meta } = await (await open(slidesPdf())).getMetadata() as { info: Record<string, string> }
      expect(meta.Title).toBe(info.title)
      expect(meta.Author).toBe(talk.author?.[locale])
      expect(meta.Subject).toContain('CoreOS')
      expect(meta.Language).toBe(locale)
    })

    test('is tagged for a screen reader: each slide a heading, each picture and diagram a figure with words, at most 60 KB a slide', async () => {
      const file = slidesPdf()
      expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/^Tagged:\s+yes$/m)
      // poppler reads every tag (no PDF 2.0 type left unmapped).
      expect(execFileSync('pdfinfo', ['-struct-text', file], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      })).toContain('Document')
      const slides = await open(file)
      for (const slide of deck) {
        const tags = await tagsOf(slides, slide.no)
        const where = `page ${slide.no} (${slide.where})`
        expect(findTags(tags, 'H1').map(h => squash(h.text)), `${where}: its title as a heading`).toContain(squash(slide.title))
        for (const figure of findTags(tags, 'Figure'))
          expect(figure.alt || figure.text.trim(), `${where}: a figure without alternate text or text of its own`).toBeTruthy()
        for (const code of slide.mermaid) {
          const { title } = accessibleText(code)
          expect(findTags(tags, 'Figure').some(figure => figure.alt?.startsWith(title!)), `${where}: the diagram "${title}" as a figure described by its accTitle and accDescr`).toBe(true)
        }
      }
      expect(statSync(file).size / deck.length, 'bytes per slide').toBeLessThanOrEqual(60 * 1024)
    })

    test('the handout is tagged: each slide a figure described in words, then its notes', async () => {
      const file = handoutPdf()
      expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/^Tagged:\s+yes$/m)
      const handout = await open(file)
      const label = talk.editions.find(e => e.locale === locale)!.labels.notes
      for (let no = 1; no <= handout.numPages; no++) {
        const tags = await tagsOf(handout, no)
        const read = readingOrder(tags)
        for (const slide of deck.slice((no - 1) * 2, no * 2)) {
          const figure = findTags(tags, 'Figure').find(f => f.alt?.startsWith(slide.title))
          expect(figure, `handout page ${no}: slide ${slide.no} as a figure`).toBeDefined()
          expect(figure!.alt!.length).toBeGreaterThan(slide.title.length + 1)
          // In reading order: the slide, then its notes, and no slide text read as notes.
          const notesAt = read.findIndex(text => text.trim() === `${label} ${slide.no}`)
          expect(notesAt, `handout page ${no}: the notes of slide ${slide.no} are labelled`).toBeGreaterThan(-1)
          expect(read.indexOf(`figure: ${figure!.alt}`), `handout page ${no}: slide ${slide.no} before its notes`).toBe(notesAt - 1)
        }
        const text = squash(findTags(tags, 'Document').map(tag => tag.text).join(''))
        const notes = squash(deck.slice((no - 1) * 2, no * 2).map(slide => `${label}${slide.no}${withoutClickMarkers(slide.note)}`).join(''))
        expect(text, `handout page ${no}: read as text, only the notes (the slides are their figures)`).toBe(notes)
      }
    })

    test('the handout has every slide with its notes, on A4', async () => {
      const handout = await open(handoutPdf())
      const [, , width, height] = (await handout.getPage(1)).view
      expect(Math.round(width!)).toBe(595)
      expect(Math.round(height!)).toBe(842)
      expect(handout.numPages).toBe(Math.ceil(deck.length / 2))
      const all = squash((await Promise.all(Array.from({ length: handout.numPages }, (_, i) => pageText(handout, i + 1)))).join(''))
      expect(all, 'handout labels its notes').toContain(squash(talk.editions.find(e => e.locale === locale)!.labels.notes))
      for (const slide of deck) {
        expect(all, `handout lacks the title of slide ${slide.no}`).toContain(squash(slide.title))
        expect(all, `handout lacks the notes of slide ${slide.no} (${slide.where})`).toContain(squash(withoutClickMarkers(slide.note)))
      }
    })
  })
}
