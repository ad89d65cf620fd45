// Diagrams drawn at build time: the cache key, the cache, the code-block
// transformer's fallbacks, and the Mermaid setup run outside the browser.
import type { ResolvedSlidevOptions } from '@slidev/types'
import type { DiagramSettings } from '../node/diagram-settings'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { resolveOptions } from '@slidev/cli'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { diagramKey, diagramSettings, mermaidSetups } from '../node/diagram-settings'
import { cachedDiagram, diagramCache, drawnMermaid } from '../node/diagrams'

const root = mkdtempSync(join(tmpdir(), 'talk-diagrams-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

const settings: DiagramSettings = {
  root,
  mermaid: { version: '12.3.0', script: '' },
  config: {
    light: { theme: 'base', fontFamily: 'Noto Sans SC' },
    dark: { theme: 'dark', fontFamily: 'Noto Sans SC' },
  },
  fonts: [
    {
      family: 'Noto Sans SC',
      weight: 400,
      file: 'noto.woff2',
      hash: 'aaa',
    },
  ],
}
const source = 'flowchart LR\n  accTitle: Two boxes\n  accDescr: A leads to B.\n  a["A"] --> b["B"]'

/** Puts a drawing of `code` with `with` into the cache, in both schemes. */
function draw(code: string, with_ = settings): void {
  mkdirSync(diagramCache(root), { recursive: true })
  for (const scheme of ['light', 'dark'] as const)
    writeFileSync(join(diagramCache(root), `${diagramKey(with_, code, scheme)}.svg`), `<svg id="${scheme}"><title>"A" & <B></title></svg>`)
}

describe('the cache key of a drawn diagram', () => {
  const key = diagramKey(settings, source, 'light')
  it('is the same for the same Mermaid, configuration, fonts, source and scheme, whatever whitespace surrounds the source', () => {
    expect(diagramKey(structuredClone(settings), `\n${source}\n\n`, 'light')).toBe(key)
  })
  it('changes with the source, the scheme, the configuration, the fonts and Mermaid\'s version', () => {
    const changed = [
      diagramKey(settings, source.replace('A leads', 'A points'), 'light'),
      diagramKey(settings, source, 'dark'),
      diagramKey({
        ...settings,
        config: {
          ...settings.config,
          light: { ...settings.config.light, fontFamily: 'Noto Sans' },
        },
      }, source, 'light'),
      diagramKey({
        ...settings,
        fonts: [
          { ...settings.fonts[0]!, hash: 'bbb' },
        ],
      }, source, 'light'),
      diagramKey({
        ...settings,
        mermaid: { ...settings.mermaid, version: '12.4.0' },
      }, source, 'light'),
    ]
    expect(new Set([key, ...changed]).size).toBe(changed.length + 1)
  })
})

describe('the cache of drawn diagrams', () => {
  it('gives both schemes of a diagram drawn with the same settings (a hit)', async () => {
    draw(source)
    expect(await cachedDiagram(settings, source)).toEqual({
      light: '<svg id="light"><title>"A" & <B></title></svg>',
      dark: '<svg id="dark"><title>"A" & <B></title></svg>',
    })
  })
  it('gives nothing for a diagram whose source, configuration, fonts or Mermaid changed since (a miss)', async () => {
    draw(source)
    expect(await cachedDiagram(settings, `${source}\n  b --> c`)).toBeUndefined()
    expect(await cachedDiagram({
      ...settings,
      config: {
        ...settings.config,
        dark: { theme: 'forest' },
      },
    }, source)).toBeUndefined()
    expect(await cachedDiagram({ ...settings, fonts: [] }, source)).toBeUndefined()
    expect(await cachedDiagram({
      ...settings,
      mermaid: { ...settings.mermaid, version: '13.0.0' },
    }, source)).toBeUndefined()
  })
})

describe('the code-block transformer that puts drawn diagrams on the slides', () => {
  const transform = drawnMermaid(async () => settings)
  const options = (mode: 'dev' | 'build'): ResolvedSlidevOptions => ({ mode }) as ResolvedSlidevOptions
  const block = (info: string, code = source, mode: 'dev' | 'build' = 'build'): ReturnType<typeof transform> =>
    transform({
      info,
      code,
      fence: 3,
      slide: null,
      options: options(mode),
      renderHighlighted: () => '',
    })

  it('gives a drawn diagram both SVGs, escaped for an attribute, and the block\'s scale', async () => {
    draw(source)
    const escaped = (scheme: string): string => `&lt;svg id=&quot;${scheme}&quot;&gt;&lt;title&gt;&quot;A&quot; &amp; &lt;B&gt;&lt;/title&gt;&lt;/svg&gt;`
    expect(await block('mermaid')).toBe(`<DrawnDiagram light="${escaped('light')}" dark="${escaped('dark')}" />`)
    expect(await block('mermaid {scale: 1.3}')).toMatch(/^<DrawnDiagram :scale="1\.3" light="/)
  })
  it('leaves the block to Slidev, which draws it live, under slidev (dev)', async () => {
    draw(source)
    expect(await block('mermaid', source, 'dev')).toBeUndefined()
  })
  it('leaves a diagram missing from the cache to Slidev, and says so', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    expect(await block('mermaid', 'flowchart LR\n  x --> y')).toBeUndefined()
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('a Mermaid diagram was not drawn ahead'))
    warn.mockRestore()
  })
  it('leaves blocks with options it cannot honour, and other languages, to Slidev', async () => {
    draw(source)
    expect(await block('mermaid {theme: \'forest\'}')).toBeUndefined()
    expect(await block('ts')).toBeUndefined()
  })
})

describe('the deck\'s Mermaid setup, run at build time', () => {
  it('gives each colour scheme its own values, as setup/mermaid.ts does in the browser', async () => {
    const options = await resolveOptions({
      entry: resolve('slides.md'),
    }, 'build')
    // As under npm run build, where nothing sets NODE_ENV: the build that follows must still be one for production.
    const nodeEnv = process.env.NODE_ENV
    delete process.env.NODE_ENV
    const { light, dark } = await mermaidSetups(options).finally(() => {
      expect(process.env.NODE_ENV).toBeUndefined()
      process.env.NODE_ENV = nodeEnv
    })
    expect(light.at(-1)?.themeVariables?.lineColor).toBe('#4a5568')
    expect(dark.at(-1)?.themeVariables?.lineColor).toBe('#b4bfcc')
    const drawn = await diagramSettings(options)
    expect(drawn.config.dark.theme).toBe('dark')
    expect(drawn.config.light.theme).toBe('base')
    expect(drawn.fonts.map(font => font.family)).toContain('Noto Sans SC')
  }, 30_000)
})
