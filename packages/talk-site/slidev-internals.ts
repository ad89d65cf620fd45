/**
 * Everything the addon, the build and the checks rely on that Slidev does not
 * publish as API (its public client API is `@slidev/client`'s index.ts; the
 * rest "might change"). Nothing else names these. When Slidev changes one of
 * them, talk-site's tests/slidev-internals.test.ts fails and says which.
 */

/** Slidev's navigation-bar menu button, whose nested `<button>` vite/menu-button.ts unnests. */
export const menuButton = {
  file: '@slidev/client/internals/MenuButton.vue',
  nestedTrigger: /<button (:class="\{ disabled \}" @click="value = !value")>([\s\S]*?)<\/button>/,
}

/**
 * The print view (`/print`), which the PDFs are printed from: one container
 * per printed page, its id `<slide>-<clicks>`. A build keeps it only with
 * this compile-time flag, which Slidev sets for `download:` decks.
 */
export const printView = {
  flag: '__SLIDEV_FEATURE_PRINT__',
  path: (withClicks: boolean): string => `print?print=${withClicks ? 'clicks' : 'true'}`,
  page: '.print-slide-container',
  slideOf: (pageId: string): number => Number(pageId.split('-')[0]),
}

const slideClassPrefix = 'slidev-page-'

/** The DOM of a shown slide, which the checks, pictures and PDFs measure. */
export const slideDom = {
  /** The 980×552 canvas, scaled to the window. */
  canvas: '#slide-content',
  slide: (no: number): string => `#slide-content .${slideClassPrefix}${no}`,
  /** Every slide's element has the class `slidev-page-<no>`, also in the print view. */
  slideClass: slideClassPrefix,
  loading: '.slidev-slide-loading',
  layout: '.slidev-layout',
  /** A code block, which may show the word "error" legitimately. */
  code: '.slidev-code',
  /** A Mermaid diagram's host; the SVG is in its shadow root. */
  diagram: '.mermaid',
}

/**
 * Reader mode narrows the app to make room for the notes: Slidev mounts it on
 * `#app` (its index.html), sizes `#app` and `#page-root` to 100% wide and
 * `var(--vh) * 100` high (its styles/index.css) and scales the slide to its
 * container.
 */
export const appLayout = {
  root: '#app',
  heightVar: '--vh',
  /** On an upright screen Slidev keeps its navigation bar showing under the slide (pages/play.vue); this is its height there, two rows of buttons. */
  portraitNavHeight: '8.5rem',
}

/**
 * How the addon's own parts look like Slidev's: its navigation buttons'
 * class (internals/IconButton.vue) and the UnoCSS shortcuts for its page
 * colours (uno.config.ts), which follow the dark mode.
 */
export const slidevLook = {
  navButton: 'slidev-icon-btn',
  panel: 'bg-main text-main border-main',
}

/**
 * Compile-time constants Slidev's CLI defines for its client (its Vite
 * `define`). Slidev's client ships as TypeScript source, so a deck's type
 * checking reads it too; client/env.d.ts declares these for it.
 */
export const compileTimeFlags = [
  '__DEV__',
  '__SLIDEV_FEATURE_EDITOR__',
  '__SLIDEV_FEATURE_DRAWINGS_PERSIST__',
  '__SLIDEV_HAS_SERVER__',
  '__SLIDEV_HASH_ROUTE__',
] as const

/**
 * Slidev's `slidev build` as a function: `@slidev/cli` exports
 * `resolveOptions` but not `build`, which its CLI imports from a chunk of its
 * own; see talk-site's node/slidev-build.ts.
 */
export const buildCommand = {
  cli: '@slidev/cli/dist/cli.mjs',
  chunk: /import\("\.\/(build-[\w-]+\.mjs)"\)/,
}

/**
 * Slidev's CLI, not its build, tells the parser how to load `setup/preparser.ts`
 * of the deck and its addons (`injectPreparserExtensionLoader` in its cli.mjs):
 * a build run in this process must do the same, or preparsers are skipped.
 */
export const preparserSetup = {
  cli: '@slidev/cli/dist/cli.mjs',
  injected: /injectPreparserExtensionLoader\(async \(roots, headmatter, filepath, mode\) => \{\s*return \(await loadSetups\(roots, "preparser\.ts"/,
  file: 'setup/preparser.ts',
}

/**
 * Slidev's client imports TwoSlash's popup plugin and its styles on every
 * page (setup/main.ts, styles/index.ts), whatever the deck's `twoslash:`;
 * vite/twoslash.ts leaves them out of a deck that turns TwoSlash off.
 */
export const twoslashClient = {
  importers: ['@slidev/client/setup/main.ts', '@slidev/client/styles/index.ts'],
  module: '@shikijs/vitepress-twoslash/client',
  style: '@shikijs/vitepress-twoslash/style.css',
}

/** Slidev aliases `vue` to Vue's full build (its node/vite/extendConfig.ts); vite/vue-runtime.ts builds with the runtime. */
export const vueBuild = {
  full: 'vue/dist/vue.esm-bundler.js',
  runtime: 'vue/dist/vue.runtime.esm-bundler.js',
}

/**
 * Slidev writes `info`, `author` and `keywords` into meta tags JSON-encoded
 * (`content="&quot;…&quot;"`); vite/link-tags.ts unwraps them.
 */
export const jsonEncodedMeta = /content="&quot;(.*?)&quot;"/g

/** The address at which Slidev's dev server answers with its page itself, without Vite's HTML transforms. */
export const devIndexHtml = '/index.html'

/** The headmatter's `lang:`, which Slidev passes through in `configs` without a type. */
export function deckLang(configs: object): string | undefined {
  const { lang } = configs as { lang?: unknown }
  return typeof lang === 'string'
    ? lang
    : undefined
}
