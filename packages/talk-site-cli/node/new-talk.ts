import { builtInLabels } from 'slidev-addon-talk-site/labels'

/** What a new talk's first chapter says, in one language: the words the scaffold writes. */
interface StarterText {
  /** The language's own name, as the language switch shows it. */
  name: string
  title: string
  subtitle: string
  coverNote: string
  diagramTitle: string
  diagram: { from: string, via: string, to: string, title: string, description: string }
  diagramNote: string
  thanks: string
  thanksNote: string
  chapter: string
}

/** The first chapter of a new talk, in each language `talk-site new` writes. */
const starters: Record<string, StarterText> = {
  'en': {
    name: 'English',
    title: 'My talk',
    subtitle: 'A first slide to make your own',
    coverNote: 'Welcome everyone. This is the cover: say who you are and what the next twenty minutes are about.',
    diagramTitle: 'How a slide reaches the room',
    diagram: {
      from: 'Markdown',
      via: 'Slidev',
      to: 'Site and PDF',
      title: 'From Markdown to the room',
      description: 'Markdown goes through Slidev and becomes a website and a PDF.',
    },
    diagramNote: 'Each slide is written in Markdown. Slidev turns it into the deck, and talk-site publishes it as a website and as PDFs with these notes.',
    thanks: 'Thank you',
    thanksNote: 'Thank you for listening. The slides, the handout and this talk as an article are on the website.',
    chapter: 'Introduction',
  },
  'de': {
    name: 'Deutsch',
    title: 'Mein Vortrag',
    subtitle: 'Eine erste Folie zum Anpassen',
    coverNote: 'Willkommen. Das ist das Titelblatt: Sagen Sie, wer Sie sind und worum es in den nächsten zwanzig Minuten geht.',
    diagramTitle: 'Wie eine Folie in den Saal kommt',
    diagram: {
      from: 'Markdown',
      via: 'Slidev',
      to: 'Website und PDF',
      title: 'Von Markdown in den Saal',
      description: 'Markdown geht durch Slidev und wird zu einer Website und einem PDF.',
    },
    diagramNote: 'Jede Folie ist in Markdown geschrieben. Slidev macht daraus die Präsentation, und talk-site veröffentlicht sie als Website und als PDF mit diesen Notizen.',
    thanks: 'Danke',
    thanksNote: 'Danke fürs Zuhören. Folien, Handout und der Vortrag als Artikel stehen auf der Website.',
    chapter: 'Einleitung',
  },
  'zh-CN': {
    name: '中文',
    title: '我的演讲',
    subtitle: '从这一页开始改成你自己的',
    coverNote: '大家好。这是封面：介绍你自己，再说说接下来二十分钟要讲什么。',
    diagramTitle: '一页幻灯片如何到达听众',
    diagram: {
      from: 'Markdown',
      via: 'Slidev',
      to: '网站和 PDF',
      title: '从 Markdown 到听众',
      description: 'Markdown 经过 Slidev，变成网站和 PDF。',
    },
    diagramNote: '每一页都用 Markdown 写成。Slidev 把它变成演示文稿，talk-site 再把它发布成网站，以及带有这些备注的 PDF。',
    thanks: '谢谢',
    thanksNote: '谢谢大家。幻灯片、讲义和文章版都在网站上。',
    chapter: '开场',
  },
}

/** The languages `talk-site new` can start a talk in: those with a first chapter here and the addon's own words. */
export const starterLanguages = Object.keys(starters).filter(lang => lang in builtInLabels)

export interface NewTalkOptions {
  /** The talk's folder name, also its package name and its PDFs' name: `my-talk`. */
  name: string
  /** Its languages, the first at the site's root: `['en', 'de']`. */
  languages: string[]
  /** The versions of the command (talk-site) and of its addon (slidev-addon-talk-site) the talk depends on. */
  version: string
  addonVersion: string
  /** The versions of Slidev, its default theme and Vue the talk depends on. */
  slidev: string
  theme: string
  vue: string
}

/** Why a new talk cannot be made with these options, or undefined when it can. */
export function newTalkProblem({ name, languages }: Pick<NewTalkOptions, 'name' | 'languages'>): string | undefined {
  if (!/^[a-z0-9][a-z0-9._-]*$/.test(name))
    return `“${name}” is not a plain folder and package name: use lower-case letters, digits and dashes, such as my-talk.`
  if (languages.length === 0)
    return `give the talk's languages, such as --lang en,de (talk-site new knows ${starterLanguages.join(', ')}).`
  const unknown = languages.filter(lang => !starterLanguages.includes(lang))
  if (unknown.length > 0)
    return `talk-site new has no first chapter in ${unknown.join(', ')}: start with ${starterLanguages.join(', ')}, then add the edition to site.config.ts with its labels and speakingRate (see the addon's README).`
  if (new Set(languages).size !== languages.length)
    return `--lang names a language twice: ${languages.join(',')}.`
  return undefined
}

/** The entry file of an edition: `slides.md` for the first language, `slides.de.md` for the others. */
function entryOf(lang: string, i: number): string {
  return i === 0
    ? 'slides.md'
    : `slides.${lang}.md`
}

function headmatter(options: NewTalkOptions, lang: string): string {
  const text = starters[lang]!
  return `---
theme: default
# The talk as a website: language switch, PDFs, annotated page, offline reading (site.config.ts).
addons:
  - talk-site
title: ${JSON.stringify(text.title)}
lang: ${lang}
htmlAttrs:
  lang: ${lang}
exportFilename: ${options.name}.${lang}
duration: 20min
colorSchema: auto
# Served with the site: Slidev's default icon comes from another host.
favicon: /favicon.svg
fonts:
  sans: system-ui, sans-serif
  provider: none
download: false
pwa: false
drawings:
  enabled: false
record: false
browserExporter: false
monaco: false
layout: cover
seconds: 30
---

# ${text.title}

## ${text.subtitle}

<!--
${text.coverNote}
-->

---
src: ./slides/${lang}/01-introduction.md
---
`
}

function firstChapter(lang: string): string {
  const text = starters[lang]!
  const { diagram } = text
  return `---
chapter: introduction
layout: center
seconds: 60
---

# ${text.diagramTitle}

\`\`\`mermaid {scale: 1.5}
flowchart LR
  accTitle: ${diagram.title}
  accDescr: ${diagram.description}
  source[${diagram.from}] --> deck[${diagram.via}] --> site[${diagram.to}]
\`\`\`

<!--
${text.diagramNote}
-->

---
layout: center
seconds: 20
---

# ${text.thanks}

<!--
${text.thanksNote}
-->
`
}

/** A footer on every slide: the addon's language switch and the slide's number. */
const slideBottom = `<template>
  <footer class="talk-footer">
    <LanguageSwitch />
    <span>{{ $page }} / {{ $nav.total }}</span>
  </footer>
</template>

<style scoped>
.talk-footer {
  position: absolute;
  right: 1.5rem;
  bottom: 0.75rem;
  display: flex;
  gap: 1rem;
  font-size: 14px;
}
</style>
`

function siteConfig(options: NewTalkOptions): string {
  const editions = options.languages.map((lang, i) => `    {
      locale: '${lang}',
      entry: '${entryOf(lang, i)}',
      path: '${i === 0
        ? ''
        : `${lang.toLowerCase()}/`}',
      name: '${starters[lang]!.name}',
    },`).join('\n')
  const chapter = options.languages.map(lang => `${/^[a-z]+$/i.test(lang)
    ? lang
    : `'${lang}'`}: '${starters[lang]!.chapter}'`).join(', ')
  return `import { defineSite } from 'slidev-addon-talk-site'

// The talk as a website: where it is published and its editions, the first at the root.
export default defineSite({
  url: 'https://example.org/${options.name}/',
  editions: [
${editions}
  ],
  chapters: {
    introduction: { ${chapter} },
  },
})
`
}

function packageJson(options: NewTalkOptions): string {
  const [, ...others] = options.languages
  return `${JSON.stringify({
    name: options.name,
    type: 'module',
    private: true,
    scripts: {
      dev: 'slidev --open',
      ...Object.fromEntries(others.map((lang, i) => [`dev:${lang}`, `slidev ${entryOf(lang, i + 1)} --open`])),
      build: 'talk-site build',
      export: 'talk-site export',
      preview: 'talk-site preview',
      timing: 'talk-site timing',
    },
    dependencies: {
      '@slidev/cli': options.slidev,
      '@slidev/theme-default': options.theme,
      'slidev-addon-talk-site': options.addonVersion,
      'vue': options.vue,
    },
    devDependencies: {
      'talk-site': options.version,
    },
  }, null, 2)}\n`
}

function readme(options: NewTalkOptions): string {
  return `# ${options.name}

A Slidev talk in ${options.languages.join(', ')}, published with talk-site.

\`\`\`sh
npm install
npm run dev       # the deck, live, with presenter mode at /presenter
npm run build     # the site in dist/: every edition, its PDFs, slide pages, annotated page
npm run export    # the slides PDF and the handout of every edition in exports/
\`\`\`

Slides are in \`${options.languages.map((lang, i) => entryOf(lang, i)).join('`, `')}\` and \`slides/<language>/\`; where the site is published and its editions are in \`site.config.ts\`. \`npm run preview -- --base /${options.name}/\` serves a site built with \`npm run build -- --base /${options.name}/\` as a static host does.
`
}

/** The files of a new talk, by path inside its folder. */
export function newTalkFiles(options: NewTalkOptions): Record<string, string> {
  const files: Record<string, string> = {
    'package.json': packageJson(options),
    'site.config.ts': siteConfig(options),
    'README.md': readme(options),
    '.gitignore': 'node_modules/\ndist/\nexports/\n',
    'slide-bottom.vue': slideBottom,
    'public/favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#1d4ed8"/><path d="M9 10h14v3H9zm0 5h14v3H9zm0 5h9v3H9z" fill="#fff"/></svg>\n',
  }
  options.languages.forEach((lang, i) => {
    files[entryOf(lang, i)] = headmatter(options, lang)
    files[`slides/${lang}/01-introduction.md`] = firstChapter(lang)
  })
  return files
}
