import type { PDFDocument, PDFRef } from 'pdf-lib'
import type { DeckSlide } from 'slidev-addon-talk-site/node/deck'
import { PDFDict, PDFHexString, PDFName, PDFNumber } from 'pdf-lib'

/** One bookmark: a title, the 0-based page it opens, and bookmarks under it. */
export interface OutlineEntry {
  title: string
  page: number
  children?: OutlineEntry[]
}

/** Writes the document outline (bookmarks), open at the top level, and asks viewers to show it. */
export function addOutline(doc: PDFDocument, entries: OutlineEntry[]): void {
  const { context } = doc
  const pages = doc.getPages()

  const build = (items: OutlineEntry[], parent: PDFRef): { first: PDFRef, last: PDFRef, count: number } => {
    const refs = items.map(() => context.nextRef())
    let count = items.length
    items.forEach((item, i) => {
      const page = pages[item.page]
      if (!page)
        throw new Error(`Outline entry "${item.title}" points at page ${item.page + 1}, but the PDF has ${pages.length} pages.`)
      const dict = context.obj({
        Title: PDFHexString.fromText(item.title),
        Parent: parent,
        Dest: context.obj([
          page.ref,
          PDFName.of('Fit'),
        ]),
      })
      if (i > 0)
        dict.set(PDFName.of('Prev'), refs[i - 1]!)
      if (i < items.length - 1)
        dict.set(PDFName.of('Next'), refs[i + 1]!)
      if (item.children?.length) {
        const sub = build(item.children, refs[i]!)
        dict.set(PDFName.of('First'), sub.first)
        dict.set(PDFName.of('Last'), sub.last)
        dict.set(PDFName.of('Count'), PDFNumber.of(sub.count))
        count += sub.count
      }
      context.assign(refs[i]!, dict)
    })
    return {
      first: refs[0]!,
      last: refs.at(-1)!,
      count,
    }
  }

  if (entries.length === 0)
    return
  const rootRef = context.nextRef()
  const { first, last, count } = build(entries, rootRef)
  context.assign(rootRef, context.obj({
    Type: 'Outlines',
    First: first,
    Last: last,
    Count: count,
  }))
  doc.catalog.set(PDFName.of('Outlines'), rootRef)
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'))
}

export interface PdfMetadata {
  title: string
  author: string
  subject: string
  keywords: string[]
  lang: string
}

export function setMetadata(doc: PDFDocument, meta: PdfMetadata): void {
  doc.setTitle(meta.title, { showInWindowTitleBar: true })
  doc.setAuthor(meta.author)
  doc.setSubject(meta.subject)
  doc.setKeywords(meta.keywords)
  doc.setLanguage(meta.lang)
  doc.setCreator('Slidev and Chromium, through the talk-site addon')
  doc.setProducer('pdf-lib')
}

/**
 * Chapters as top-level bookmarks with their slides under them, titled from
 * `chapterTitle` (the `chapter:` id of a slide's frontmatter → its title);
 * slides outside any chapter stand alone. `pages` are the printed pages in
 * order, several per slide when printed with clicks.
 */
export function chapterOutline(slides: DeckSlide[], pages: { no: number }[], chapterTitle: (id: string) => string | undefined): OutlineEntry[] {
  const entries: OutlineEntry[] = []
  let chapter: { id: string, entry: OutlineEntry & { children: OutlineEntry[] } } | undefined
  for (const slide of slides) {
    const item = {
      title: slide.title || `${slide.no}`,
      page: pages.findIndex(p => p.no === slide.no),
    }
    const id = typeof slide.frontmatter.chapter === 'string'
      ? slide.frontmatter.chapter
      : undefined
    const title = id === undefined
      ? undefined
      : chapterTitle(id)
    if (id === undefined || title === undefined) {
      entries.push(item)
      chapter = undefined
      continue
    }
    if (chapter?.id !== id) {
      chapter = {
        id,
        entry: { title, page: item.page, children: [] },
      }
      entries.push(chapter.entry)
    }
    chapter.entry.children.push(item)
  }
  return entries
}

/** Structure types of PDF 2.0 that Chromium writes into its PDF 1.7 files, as the 1.7 types readers know. */
export const pdf17Roles: Record<string, string> = {
  Strong: 'Span',
  Em: 'Span',
}

/**
 * Checks that a PDF Chromium printed with `tagged: true` still has its
 * structure tree after our own changes, and maps the PDF 2.0 structure
 * types it uses (`Strong`) to PDF 1.7 ones in the tree's role map, which
 * PDF 1.7 readers such as poppler otherwise reject.
 */
export function keepTags(doc: PDFDocument): void {
  const root = doc.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict)
  const marked = doc.catalog.lookupMaybe(PDFName.of('MarkInfo'), PDFDict)?.get(PDFName.of('Marked'))
  if (!root || String(marked) !== 'true')
    throw new Error('Chromium printed the PDF without tags (no structure tree or MarkInfo): it needs Chromium 128 or later and page.pdf({ tagged: true }).')
  const roleMap = root.lookupMaybe(PDFName.of('RoleMap'), PDFDict) ?? doc.context.obj({})
  for (const [role, standard] of Object.entries(pdf17Roles)) {
    if (!roleMap.has(PDFName.of(role)))
      roleMap.set(PDFName.of(role), PDFName.of(standard))
  }
  root.set(PDFName.of('RoleMap'), roleMap)
}
