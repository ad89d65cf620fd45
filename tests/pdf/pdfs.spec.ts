import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs'
import type { Locale } from '../../data/types'
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { chapters } from '../../data/chapters'
import { sources } from '../../data/sources'
import { timeline } from '../../data/timeline'
import { ui } from '../../data/ui'
import { loadTalk, testSites } from '../support/sites'

const { site: talk, decks: talkDecks } = await loadTalk()

// The PDFs `npm run build` publishes beside each edition (the same printing `npm run export` does), read with pdf.js and poppler.

/** Phrases each edition's PDF must give back as text when copied. */
const phrases: Record<Locale, string[]> = {
  'zh-CN': [
    '帕洛阿尔托的一间车库',
    'CNCF毕业',
    '各自去了哪里',
    '车库里诞生CoreOS',
  ],
  'en': [
    ui.cncf.graduated.en,
    ui.acquisition.cash.en,
    timeline.find(m => m.date === '2013-06-06')!.label.en,
    timeline.find(m => m.date === '2018-01-30')!.label.en,
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
        expect(all, `handout lacks the notes of slide ${slide.no} (${slide.where})`).toContain(squash(slide.note))
      }
    })
  })
}
