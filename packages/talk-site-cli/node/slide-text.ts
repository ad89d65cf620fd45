import { cjk } from 'slidev-addon-talk-site/text'

/** One thing a slide shows, in reading order: a block of text, or a diagram with its accessible title and description. */
export type SlideItem
  = | { text: string }
    | { diagram: { title: string, description: string } }

/** A link a slide shows to another site, as its text reads. */
export interface SlideLink {
  text: string
  href: string
}

/** What the in-page reader needs to know of Slidev's DOM, as plain values. */
export interface TextSelectors {
  /** Every printed page. */
  pages: string
  /** The slide's layout inside a page: its footer is outside. */
  layout: string
  /** A Mermaid diagram's host, the SVG in its shadow root. */
  diagram: string
}

/**
 * Runs in the page: what each printed page shows, block by block, as a
 * screen reader reads it: text of visible elements, the label of a picture
 * (`role="img"`, `<img alt>`) instead of its insides, and each diagram's
 * accessible title and description (Mermaid writes `accTitle`/`accDescr`
 * into the SVG's `<title>`/`<desc>`), at their place; and the links it
 * shows to other sites. Walks the DOM without
 * recursion: in-page functions name no inner functions.
 */
export function readPrintedSlides({ pages, layout, diagram }: TextSelectors): { id: string, items: SlideItem[], links: SlideLink[] }[] {
  return [
    ...document.querySelectorAll<HTMLElement>(pages),
  ].map((page) => {
    const items: SlideItem[] = []
    const root = page.querySelector(layout) ?? page
    // Links to other sites that show, each address once, in reading order.
    const links = [
      ...root.querySelectorAll<HTMLAnchorElement>('a[href]'),
    ]
      .filter(a => /^https?:$/.test(a.protocol) && a.host !== location.host && a.getClientRects().length > 0)
      .map(a => ({
        text: (a.getAttribute('aria-label') ?? a.textContent ?? '').replace(/\s+/g, ' ').trim(),
        href: a.href,
      }))
      .filter((link, i, all) => link.text && all.findIndex(other => other.href === link.href) === i)
    let line = ''
    const stack: (Node | null)[] = [root]
    while (stack.length > 0) {
      const node = stack.pop()
      // `null` closes a block element; a block ends the line of text before it too.
      if (node === null || (node instanceof Element && node.tagName === 'BR')) {
        if (line.trim()) {
          items.push({
            text: line.replace(/\s+/g, ' ').trim(),
          })
        }
        line = ''
        continue
      }
      if (!node)
        continue
      if (node.nodeType === Node.TEXT_NODE) {
        line += node.textContent ?? ''
        continue
      }
      if (!(node instanceof Element))
        continue
      const style = getComputedStyle(node)
      if (style.display === 'none' || style.visibility === 'hidden' || node.getAttribute('aria-hidden') === 'true')
        continue
      const svg = node.matches(diagram)
        ? node.shadowRoot?.querySelector('svg')
        : undefined
      const label = node.getAttribute('role') === 'img' || node.tagName === 'IMG'
        ? node.getAttribute('aria-label') ?? node.getAttribute('alt') ?? ''
        : undefined
      if (svg || label !== undefined) {
        if (line.trim()) {
          items.push({
            text: line.replace(/\s+/g, ' ').trim(),
          })
        }
        line = ''
        if (svg) {
          const title = (svg.getAttribute('aria-labelledby') ?? '').split(/\s+/).map(id => svg.querySelector(`[id="${id}"]`)?.textContent ?? '').join(' ').trim()
          const description = (svg.getAttribute('aria-describedby') ?? '').split(/\s+/).map(id => svg.querySelector(`[id="${id}"]`)?.textContent ?? '').join(' ').trim()
          items.push({
            diagram: {
              title: title || (svg.querySelector(':scope > title')?.textContent ?? '').trim(),
              description: description || (svg.querySelector(':scope > desc')?.textContent ?? '').trim(),
            },
          })
        }
        else if (label?.trim()) {
          items.push({
            text: label.replace(/\s+/g, ' ').trim(),
          })
        }
        continue
      }
      if (!style.display.startsWith('inline'))
        stack.push(null)
      for (const child of [...node.childNodes].reverse())
        stack.push(child)
    }
    if (line.trim()) {
      items.push({
        text: line.replace(/\s+/g, ' ').trim(),
      })
    }
    return { id: page.id, items, links }
  })
}

/** Closes a sentence that has no closing mark, the way its script does: `。` after Chinese, `.` after anything else. */
function closed(sentence: string): string {
  const text = sentence.trim()
  if (!text || /[.!?…:;。！？：；]["'”’」』)）]?$/u.test(text))
    return text
  return cjk.test(text.at(-1) ?? '')
    ? `${text}。`
    : `${text}.`
}

/** Sentences joined as their script joins them: nothing after a full-width mark, a space otherwise. */
function joinSentences(sentences: string[]): string {
  return sentences.reduce((all, next) => !all
    ? next
    : cjk.test(all.at(-1) ?? '')
      ? `${all}${next}`
      : `${all} ${next}`, '')
}

/**
 * A slide's alternative text: its title, then what it shows in reading
 * order, each diagram as `Diagram: <its title>. <its description>`
 * (`diagramLabel` in the deck's language). The title is said once. A
 * slide that shows no text (a picture alone) is named by `fallback`.
 */
export function altText(title: string, items: SlideItem[], diagramLabel: string, fallback = ''): string {
  const flat = (text: string): string => text.replace(/\s+/g, ' ').trim()
  let titleSeen = false
  const sentences = [
    closed(title),
  ]
  for (const item of items) {
    if ('text' in item) {
      if (!titleSeen && flat(item.text) === flat(title)) {
        titleSeen = true
        continue
      }
      sentences.push(closed(item.text))
      continue
    }
    const separator = cjk.test(diagramLabel.at(-1) ?? '')
      ? '：'
      : ': '
    const { title: name, description } = item.diagram
    sentences.push(closed(`${diagramLabel}${separator}${name || description}`))
    if (name && description)
      sentences.push(closed(description))
  }
  return joinSentences(sentences.filter(Boolean)) || fallback
}

/** A slide's visible text without its title, for a link preview when the notes are not published. */
export function shownText(title: string, items: SlideItem[]): string {
  return joinSentences(items
    .filter((item): item is { text: string } => 'text' in item && item.text.trim() !== title.trim())
    .map(item => closed(item.text)))
}
