import type { Labels } from 'slidev-addon-talk-site/labels'
import type { HtmlTagDescriptor } from 'vite'
import type { ColorScheme } from './pictures.ts'
import { format } from 'slidev-addon-talk-site/labels'
import { escapeHtml } from 'slidev-addon-talk-site/text'
import { tagsHtml } from 'slidev-addon-talk-site/vite/link-tags'
import { pictureHeight, picturePath, pictures } from './pictures.ts'

/** One slide as the annotated page shows it. */
export interface ReadSlide {
  no: number
  title: string
  /** The `chapter:` id of its frontmatter. */
  chapter?: string
  /** What the picture shows, in words: see `altText`. */
  alt: string
  /** The speaker notes, a paragraph each; none when the notes are not published. */
  notes: string[]
  /** The links the slide shows to other sites, so a reader can follow them from the page. */
  links: { text: string, href: string }[]
}

export interface ReadPage {
  lang: string
  labels: Labels
  /** The talk's title and its description, as the headmatter gives them. */
  title: string
  description: string
  speaker?: string
  event?: string
  /** The talk's length in seconds (the headmatter's `duration`). */
  duration?: number
  /** The edition's address in the site: `/talk/en/`; every link and picture is under it. */
  base: string
  /** The PDFs beside the deck, as the deck's own buttons offer them. */
  downloads: { href: string, file: string, label: string }[]
  /** The other editions' annotated pages. */
  editions: { name: string, locale: string, href: string }[]
  /** A chapter's title in the page's language, by its id. */
  chapterTitle: (id: string) => string | undefined
  slides: ReadSlide[]
  canvas: { width: number, height: number }
  /** The page's link-preview tags (`linkTags`, `describeTags`). */
  head: HtmlTagDescriptor[]
  /** The deck's `<link rel="icon">`, as its index.html has it. */
  icon?: string
  /** Whether the notes are published: the page's introduction says what it offers. */
  withNotes: boolean
  /** The edition's service worker, registered from the page too so it reads offline after one visit; none without one. */
  serviceWorker?: string
}

/** How wide a picture is shown: the column's width on a wide screen, the window less its margins on a phone. */
const pictureSizes = '(min-width: 46rem) 44rem, calc(100vw - 2rem)'

/**
 * The system fonts that draw a language's Han characters in its own shapes
 * (simplified and traditional Chinese, Japanese and Korean write some of the
 * same characters differently), by the language's BCP 47 tag.
 */
export function cjkFonts(lang: string): string[] {
  const tag = lang.toLowerCase()
  if (/^ja\b/.test(tag)) {
    return [
      'Hiragino Sans',
      'Hiragino Kaku Gothic ProN',
      'Noto Sans CJK JP',
      'Yu Gothic',
      'Meiryo',
    ]
  }
  if (/^ko\b/.test(tag))
    return ['Apple SD Gothic Neo', 'Noto Sans CJK KR', 'Malgun Gothic']
  if (/^zh-(?:hant|tw|hk|mo)\b/.test(tag)) {
    return [
      /-hk\b/.test(tag)
        ? 'PingFang HK'
        : 'PingFang TC',
      /-hk\b/.test(tag)
        ? 'Noto Sans CJK HK'
        : 'Noto Sans CJK TC',
      'Microsoft JhengHei',
    ]
  }
  if (/^zh\b/.test(tag)) {
    return [
      'PingFang SC',
      'Hiragino Sans GB',
      'Noto Sans CJK SC',
      'Microsoft YaHei',
    ]
  }
  return []
}

/** The page's fonts: the system's, with the Han shapes of the page's language. */
export function pageFonts(lang: string): string {
  return [
    'system-ui',
    '-apple-system',
    '"Segoe UI"',
    'Roboto',
    '"Noto Sans"',
    ...cjkFonts(lang).map(font => `"${font}"`),
    'sans-serif',
  ].join(', ')
}

/** The page's style: one column, the system's fonts, the reader's colour scheme. No web font: the first screen stays light. */
function style(lang: string): string {
  return `
:root { color-scheme: light dark; --bg: #ffffff; --ink: #1f2937; --muted: #4b5563; --rule: #d1d5db; --link: #1d4ed8; --card: #f3f4f6 }
@media (prefers-color-scheme: dark) {
  :root { --bg: #111827; --ink: #e5e7eb; --muted: #a1a9b5; --rule: #374151; --link: #93c5fd; --card: #1f2937 }
}
* { box-sizing: border-box }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100% }
body { margin: 0; background: var(--bg); color: var(--ink); font: 400 1.0625rem/1.75 ${pageFonts(lang)}; overflow-wrap: anywhere }
header, main { max-width: 46rem; margin: 0 auto; padding: 0 1rem }
header { padding-top: 2rem; padding-bottom: 0.5rem }
.intro { color: var(--muted) }
h1 { margin: 0 0 0.5rem; font-size: 1.75rem; line-height: 1.3 }
h1, h2, h3 { text-wrap: balance }
h2, h3 { line-height: 1.4 }
h2 { margin: 0 0 1rem; font-size: 1.375rem }
h3 { margin: 0 0 0.75rem; font-size: 1.1875rem }
p { margin: 0 0 1rem }
a { color: var(--link); text-underline-offset: 0.15em }
a:focus-visible { outline: 2px solid var(--link); outline-offset: 2px }
.meta, .no { color: var(--muted) }
.links, .toc ol { list-style: none; margin: 0; padding: 0 }
.links { display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; margin: 1rem 0 }
.links a { display: inline-block; padding: 0.25rem 0 }
.toc { margin: 1.5rem 0 2.5rem; padding: 1rem 1.25rem; border-radius: 0.5rem; background: var(--card) }
.toc h2 { margin-bottom: 0.5rem; font-size: 1.1875rem }
.toc li { display: grid; grid-template-columns: 4em 1fr; padding: 0.25rem 0 }
.slide { margin: 0 0 3rem; scroll-margin-top: 1rem }
.chapter-start { padding-top: 1.5rem; border-top: 1px solid var(--rule) }
h2.chapter-start { margin-top: 0 }
.no { margin-right: 0.5em; font-weight: 400; font-variant-numeric: tabular-nums }
picture img { display: block; width: 100%; height: auto; margin: 0 0 1rem; border: 1px solid var(--rule); border-radius: 0.375rem; background: var(--card) }
.sources { margin: 0 0 1rem }
.sources summary { padding: 0.25rem 0; color: var(--link); cursor: pointer }
.sources ul { margin: 0.5rem 0 0; padding-left: 1.25rem }
.sources li { padding: 0.25rem 0; line-height: 1.5 }
.open { margin: 0 }
`
}

function attributes(values: Record<string, string | number | undefined>): string {
  return Object.entries(values)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => ` ${name}="${escapeHtml(String(value))}"`)
    .join('')
}

function srcset(base: string, no: number, scheme: ColorScheme): string {
  return pictures.widths.map(width => `${base}${picturePath(no, scheme, width)} ${width}w`).join(', ')
}

/** A slide's picture in both colour schemes, sized for the screen; every picture after the first loads as the reader scrolls to it. */
function picture(page: ReadPage, slide: ReadSlide, first: boolean): string {
  const [small] = pictures.widths
  return `<picture>
<source${attributes({
  media: '(prefers-color-scheme: dark)',
  type: 'image/webp',
  srcset: srcset(page.base, slide.no, 'dark'),
  sizes: pictureSizes,
})}>
<img${attributes({
  src: `${page.base}${picturePath(slide.no, 'light', small)}`,
  srcset: srcset(page.base, slide.no, 'light'),
  sizes: pictureSizes,
  width: page.canvas.width,
  height: pictureHeight(page.canvas.width, page.canvas),
  alt: slide.alt,
  loading: first ? undefined : 'lazy',
  decoding: 'async',
})}>
</picture>`
}

/** The chapters in the order they start, each with its first and last slide. */
function chapterRuns(slides: ReadSlide[]): { id: string, first: number, last: number }[] {
  const runs: { id: string, first: number, last: number }[] = []
  for (const slide of slides) {
    if (slide.chapter === undefined)
      continue
    const run = runs.at(-1)
    if (run?.id === slide.chapter)
      run.last = slide.no
    else
      runs.push({ id: slide.chapter, first: slide.no, last: slide.no })
  }
  return runs
}

/**
 * The annotated page of an edition (`read/index.html`): plain HTML and CSS
 * that needs no JavaScript. A header with the talk, its length and links to
 * the slides, the PDFs and the other editions' pages; contents by chapter;
 * then every slide in order under its own anchor (`#17`): its picture in
 * both colour schemes with the slide in words as alternative text, the
 * speaker notes as the text, the links it shows to other sites (folded),
 * and a link that opens it in the deck.
 *
 * Headings: a chapter's title is an `h2` and its slides `h3`s; a chapter's
 * first slide that bears the chapter's title (a divider) is that `h2`.
 */
export function readPageHtml(page: ReadPage): string {
  const { labels, base } = page
  const e = escapeHtml
  const minutes = page.duration
    ? Math.round(page.duration / 60)
    : undefined
  const meta = [
    page.speaker,
    page.event,
    minutes
      ? format(labels.readLength, { minutes })
      : undefined,
  ].filter(Boolean).map(part => e(part!)).join(' · ')
  const intro = format(page.withNotes ? labels.readIntro : labels.readIntroWithoutNotes, { count: page.slides.length })
  const links = [
    `<li><a href="${e(base)}">${e(labels.readSlides)}</a></li>`,
    ...page.downloads.map(d => `<li><a${attributes({ href: d.href, download: d.file })}>${e(d.label)}</a></li>`),
    ...page.editions.map(other => `<li><a${attributes({ href: other.href, hreflang: other.locale, lang: other.locale })}>${e(other.name)}</a></li>`),
  ]
  const runs = chapterRuns(page.slides)
  const toc = runs
    .map(run => ({
      ...run,
      title: page.chapterTitle(run.id),
    }))
    .filter(run => run.title)
    .map(run => `<li><span class="no">${run.first === run.last
      ? run.first
      : `${run.first}–${run.last}`}</span><a href="#${run.first}">${e(run.title!)}</a></li>`)
  const sections = page.slides.map((slide, i) => {
    const chapter = slide.chapter === undefined
      ? undefined
      : page.chapterTitle(slide.chapter)
    const starts = chapter !== undefined && page.slides[i - 1]?.chapter !== slide.chapter
    const inChapter = chapter !== undefined
    const isDivider = starts && chapter.trim() === slide.title.trim()
    const heading = `<span class="no">${slide.no}</span>${e(slide.title)}`
    return [
      ...(starts && !isDivider
        ? [`<h2 class="chapter-start">${e(chapter)}</h2>`]
        : []),
      `<section${attributes({
        'id': String(slide.no),
        'class': isDivider ? 'slide chapter-start' : 'slide',
        'aria-labelledby': `title-${slide.no}`,
      })}>`,
      inChapter && !isDivider
        ? `<h3 id="title-${slide.no}">${heading}</h3>`
        : `<h2 id="title-${slide.no}">${heading}</h2>`,
      picture(page, slide, i === 0),
      ...slide.notes.map(paragraph => `<p>${e(paragraph)}</p>`),
      ...(slide.links.length > 0
        ? [`<details class="sources"><summary>${e(format(labels.readLinks, { count: slide.links.length }))}</summary><ul>
${slide.links.map(link => `<li><a href="${e(link.href)}">${e(link.text)}</a></li>`).join('\n')}
</ul></details>`]
        : []),
      `<p class="open"><a href="${e(`${base}${slide.no}`)}">${e(format(labels.readOpenSlide, { no: slide.no }))}</a></p>`,
      '</section>',
    ].join('\n')
  })
  const register = page.serviceWorker
    ? `<script>if ('serviceWorker' in navigator) addEventListener('load', () => navigator.serviceWorker.register(${JSON.stringify(page.serviceWorker)}, { scope: ${JSON.stringify(base)} }))</script>\n`
    : ''
  return `<!doctype html>
<html lang="${e(page.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${e(format(labels.readTitle, { title: page.title }))}</title>
${page.icon
  ? `${page.icon}\n`
  : ''}${tagsHtml(page.head)}
<style>${style(page.lang)}</style>
${register}</head>
<body>
<header>
<h1>${e(page.title)}</h1>
${meta
  ? `<p class="meta">${meta}</p>\n`
  : ''}<p>${e(page.description)}</p>
<p class="intro">${e(intro)}</p>
<nav aria-label="${e(labels.readLink)}"><ul class="links">
${links.join('\n')}
</ul></nav>
</header>
<main>
${toc.length > 0
  ? `<nav class="toc" aria-labelledby="contents"><h2 id="contents">${e(labels.readContents)}</h2><ol>
${toc.join('\n')}
</ol></nav>\n`
  : ''}${sections.join('\n')}
</main>
</body>
</html>
`
}
