import type { PDFDocument, PDFRef } from 'pdf-lib'
import { rename, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import process from 'node:process'
import { PDFHexString, PDFName, PDFNumber } from 'pdf-lib'

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
  doc.setCreator('CoreOS story export (Slidev + Chromium)')
  doc.setProducer('pdf-lib')
}

/**
 * Writes files so that readers only ever see complete ones: all bytes go to
 * temporary files beside their targets first, then each replaces its target
 * in one rename. If any write fails, no target is touched.
 */
export async function writeFilesAtomic(files: [path: string, bytes: Uint8Array][]): Promise<void> {
  const staged = files.map(([path, bytes]) => ({
    path,
    bytes,
    temporary: join(dirname(path), `.${basename(path)}.${process.pid}.partial`),
  }))
  try {
    for (const file of staged)
      await writeFile(file.temporary, file.bytes)
    for (const file of staged)
      await rename(file.temporary, file.path)
  }
  finally {
    await Promise.all(staged.map(file => rm(file.temporary, { force: true })))
  }
}
