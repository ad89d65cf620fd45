import type { HtmlTagDescriptor } from 'vite'
import { escapeHtml } from 'slidev-addon-talk-site/text'
import { tagsHtml } from 'slidev-addon-talk-site/vite/link-tags'

/** How a slide's own page names itself: `17 · 镜像与安全：Quay 和 Clair · CoreOS：从车库到 Red Hat`. */
export function slidePageTitle(no: number, slideTitle: string, talkTitle: string): string {
  return [
    String(no),
    slideTitle,
    talkTitle,
  ].filter(Boolean).join(' · ')
}

/** The head tags a page of its own replaces: its title, description and every link-preview tag. */
const replaced = [
  /<title>[^<]*<\/title>\s*/,
  /<meta\s+name="(?:description|twitter:[^"]*)"[^>]*>\s*/g,
  /<meta\s+property="og:[^"]*"[^>]*>\s*/g,
  /<link\s+rel="(?:canonical|alternate)"[^>]*>\s*/g,
]

/**
 * An edition's `index.html` as the page of one slide: the same app (which
 * opens the slide from the address), with the slide's own title and its
 * own description and link-preview tags in place of the deck's.
 */
export function slidePageHtml(indexHtml: string, { title, tags }: { title: string, tags: HtmlTagDescriptor[] }): string {
  if (!/<title>[^<]*<\/title>/.test(indexHtml) || !indexHtml.includes('</head>'))
    throw new Error('The built index.html has no <title> or </head>: it is not a page Vite wrote.')
  const stripped = replaced.reduce((html, tag) => html.replace(tag, ''), indexHtml)
  return stripped.replace('</head>', `<title>${escapeHtml(title)}</title>\n${tagsHtml(tags)}\n</head>`)
}
