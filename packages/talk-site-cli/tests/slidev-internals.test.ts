// Canaries: each reads the installed Slidev and fails, saying which entry of
// packages/talk-site/slidev-internals.ts no longer holds, when Slidev changes what the
// addon, the build or the checks rely on.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { appLayout, buildCommand, compileTimeFlags, devIndexHtml, menuButton, preparserSetup, printView, slideDom, slidevLook, twoslashClient, vueBuild } from 'slidev-addon-talk-site/slidev-internals'
import { unnestMenuButton } from 'slidev-addon-talk-site/vite/menu-button'
import { describe, expect, it } from 'vitest'
import { buildCommandFile } from '../node/slidev-build'

const require = createRequire(import.meta.url)
const client = dirname(require.resolve('@slidev/client/package.json'))
const cli = dirname(require.resolve(buildCommand.cli))
const source = (file: string): string => readFileSync(join(client, file), 'utf8')
const cliSource = (): string => readFileSync(join(cli, (readFileSync(require.resolve(buildCommand.cli), 'utf8').match(/from "\.\/(serve-[\w-]+\.mjs)"/) ?? [])[1] ?? 'missing'), 'utf8')

describe('slidev internals the addon relies on', () => {
  it('menuButton: the navigation bar\'s menu button still nests its trigger, which the addon unnests', () => {
    const original = readFileSync(require.resolve(menuButton.file), 'utf8')
    const fixed = unnestMenuButton(original)
    expect(fixed.match(/<button/g)).toBeNull()
    expect(fixed).toContain('<div :class="{ disabled }" @click="value = !value">')
    expect(() => unnestMenuButton('<template><div /></template>')).toThrow('no longer has the nested trigger button')
  })

  it('printView: a build keeps /print only with the flag, and prints one container per page with id <slide>-<clicks>', () => {
    expect(source('setup/routes.ts')).toContain(`if (${printView.flag})`)
    expect(cliSource()).toContain(`${printView.flag}:`)
    const container = source('internals/PrintSlideClick.vue')
    expect(container).toContain(`:id="id" ref="slide-element" class="${printView.page.slice(1)}"`)
    expect(container).toMatch(/`\$\{route\.value\.no[^`]*\}-\$\{[^`]*\}`/)
    expect(printView.slideOf('012-03')).toBe(12)
  })

  it('slideDom: slides still render in the canvas with the classes the checks and pictures use', () => {
    expect(source('internals/SlideContainer.vue')).toContain(`:id="isMain ? '${slideDom.canvas.slice(1)}' : undefined"`)
    expect(source('utils.ts')).toContain('classes.push(`slidev-page-$' + '{no}`)')
    expect(slideDom.slide(3)).toBe(`${slideDom.canvas} .slidev-page-3`)
    expect(source('internals/SlideLoading.vue')).toContain(slideDom.loading.slice(1))
    expect(source('layouts/default.vue')).toContain(slideDom.layout.slice(1))
    expect(cliSource()).toContain(`addClassToHast(pre, "${slideDom.code.slice(1)}")`)
    expect(source('builtin/Mermaid.vue')).toContain(slideDom.diagram.slice(1))
    expect(source('builtin/Mermaid.vue')).toContain('ShadowRoot')
  })

  it('appLayout: the app is mounted on #app, sized by var(--vh) and as wide as #app, so reader mode can narrow it', () => {
    expect(source('index.html')).toContain(`<div id="${appLayout.root.slice(1)}">`)
    const rule = source('styles/index.css').match(/#app,\s*#page-root\s*\{[^}]*\}/)?.[0] ?? ''
    expect(rule).toContain('width: 100%')
    expect(rule).toContain(`calc(var(${appLayout.heightVar}, 1vh) * 100)`)
    expect(source('pages/play.vue')).toContain('const persistNav = computed(() => isScreenVertical.value')
  })

  it('slidevLook: the navigation buttons\' class and the panel colour shortcuts the addon\'s parts share', () => {
    expect(source('internals/IconButton.vue')).toContain(`class="${slidevLook.navButton}"`)
    expect(source('styles/index.css')).toContain(`.${slidevLook.navButton} {`)
    const shortcuts = source('uno.config.ts')
    for (const shortcut of slidevLook.panel.split(' '))
      expect(shortcuts).toContain(`'${shortcut}':`)
  })

  it('compileTimeFlags: Slidev still defines every constant its client source uses that the deck\'s types declare', () => {
    const serve = cliSource()
    for (const flag of compileTimeFlags)
      expect(serve).toContain(`${flag}:`)
    const declared = readFileSync('packages/talk-site/client/env.d.ts', 'utf8')
    for (const flag of compileTimeFlags)
      expect(declared).toContain(`declare const ${flag}: boolean`)
  })

  it('buildCommand: Slidev\'s build command can still be found and called as build(options, viteConfig, args)', async () => {
    const { build } = await import(buildCommandFile()) as { build?: (...args: unknown[]) => unknown }
    expect(typeof build).toBe('function')
    expect(String(build)).toMatch(/^async function build\(options, viteConfig(?: = \{\})?, args\)/)
  })

  it('preparserSetup: the CLI, not the build, still loads setup/preparser.ts of the deck and its addons', () => {
    expect(readFileSync(require.resolve(preparserSetup.cli), 'utf8')).toMatch(preparserSetup.injected)
    expect(cliSource()).not.toContain('injectPreparserExtensionLoader')
  })

  it('devIndexHtml and jsonEncodedMeta: the dev server answers its page itself, and meta values are still JSON-encoded', () => {
    const serve = cliSource()
    expect(serve).toContain(`req.url === "${devIndexHtml}"`)
    expect(serve).toContain('JSON.stringify(escapeHtml(')
  })

  it('twoslashClient: every page still imports TwoSlash\'s popups and styles, which the addon leaves out of decks without TwoSlash', () => {
    const [main, styles] = twoslashClient.importers.map(file => readFileSync(require.resolve(file), 'utf8'))
    expect(main).toContain(`from '${twoslashClient.module}'`)
    expect(styles).toContain(`import '${twoslashClient.style}'`)
  })

  it('vueBuild: Slidev still aliases vue to its full build, whose runtime the addon builds with instead', () => {
    expect(cliSource()).toContain(`resolveImportPath("${vueBuild.full}"`)
    expect(() => require.resolve(vueBuild.runtime)).not.toThrow()
  })

  it('deckLang: the headmatter, lang: included, still reaches the client\'s configs', () => {
    const core = readFileSync(join(dirname(require.resolve('@slidev/parser/package.json')), 'dist/core.mjs'), 'utf8')
    expect(core).toMatch(/\.\.\.headmatter,/)
    expect(cliSource()).toContain('...data.config,')
  })
})
