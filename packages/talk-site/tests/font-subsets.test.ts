// The built site's fonts: the deck's characters in parts, and each part cut
// from the Fontsource files that cover it.
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { characterParts, cutSubsets, fontFaces, sourceText } from '../node/font-subset'
import { bySubset, findFontsource, inUnicodeRange, unicodeRange } from '../node/fontsource'

const cache = mkdtempSync(join(tmpdir(), 'talk-fonts-'))
afterAll(() => rmSync(cache, { recursive: true, force: true }))

describe('the deck\'s characters in parts', () => {
  const slides = [
    { text: '从车库开始', note: '讲者说的话' },
    { text: '车库里的三个人', note: '' },
    { text: '一二三四五六七八九十', note: '' },
  ]
  const parts = characterParts(slides, '数据里的词', { size: 5 })

  it('puts what slide 1 shows, with printable ASCII, alone in the first part', () => {
    expect(parts[0]).toEqual([
      ...Array.from({ length: 95 }, (_, i) => String.fromCodePoint(0x20 + i)),
      ...'从车库开始',
    ])
  })
  it('then the slides in order, each character once, a part closed once it is full, then the notes and the rest', () => {
    expect(parts.slice(1)).toEqual([
      [...'里的三个人'],
      [...'一二四五六七八九十'],
      [...'讲者说话数据词'],
    ])
    expect(new Set(parts.flat()).size).toBe(parts.flat().length)
  })
  it('puts the words around the slides that slide 1 shows in its part, each character once', () => {
    const [first, ...others] = characterParts(slides, '数据里的词', { size: 5, first: '讲稿·车库' })
    expect(first!.slice(95)).toEqual([...'讲稿·车库从开始'])
    expect(others.flat()).not.toContain('讲')
  })
})

describe('unicode ranges', () => {
  it('are written for exactly the characters given, consecutive ones joined', () => {
    expect(unicodeRange('CBA中')).toBe('U+41-43,U+4E2D')
    expect(inUnicodeRange('U+41-43,U+4E2D', 0x42)).toBe(true)
    expect(inUnicodeRange('U+41-43,U+4E2D', 0x44)).toBe(false)
  })
  it('share characters out to the first named subset of a font that covers them, the one without a range last', () => {
    const sc = findFontsource('Noto Sans SC', resolve('.'))!
    expect(Object.fromEntries(bySubset(sc, 'Aé中'))).toEqual({
      'latin': ['A', 'é'],
      'chinese-simplified': ['中'],
    })
  })
})

describe('fonts cut to the deck', () => {
  it('cuts a file per part and subset with just its characters, declared for them, and reuses it next time', async () => {
    const mono = findFontsource('JetBrains Mono', resolve('.'))!
    const parts = [
      ['A', 'B'],
      ['C', 'ā'],
    ]
    const faces = await cutSubsets(mono, 400, 'normal', parts, cache)
    expect(faces.map(face => [
      face.range,
      face.file.replace(cache, ''),
    ])).toEqual([
      [
        'U+41-42',
        expect.stringMatching(/^\/jetbrains-mono-latin-400-normal-1-\w+\.woff2$/),
      ],
      [
        'U+43',
        expect.stringMatching(/^\/jetbrains-mono-latin-400-normal-2-\w+\.woff2$/),
      ],
      [
        'U+101',
        expect.stringMatching(/^\/jetbrains-mono-latin-ext-400-normal-2-\w+\.woff2$/),
      ],
    ])
    expect(statSync(faces[0]!.file).size).toBeLessThan(statSync(join(mono.dir, 'files/jetbrains-mono-latin-400-normal.woff2')).size / 4)
    const written = faces.map(face => statSync(face.file).mtimeMs)
    const again = await cutSubsets(mono, 400, 'normal', parts, cache)
    expect(again.map(face => statSync(face.file).mtimeMs)).toEqual(written)
    expect(fontFaces(again.slice(0, 1), file => `./${file.split('/').pop()}`)).toContain(`src: url(./${faces[0]!.file.split('/').pop()}) format('woff2');\n  unicode-range: U+41-42;`)
  })
  it('only from the named subset a stylesheet asks for (latin-400.css)', async () => {
    const faces = await cutSubsets(findFontsource('Noto Sans', resolve('.'))!, 700, 'normal', [
      ['A', 'ā', 'Ж'],
    ], cache, 'latin')
    expect(faces.map(face => face.range)).toEqual(['U+41'])
  })
})

describe('the deck\'s own code, whose words the fonts must hold too', () => {
  it('reaches the data a component shows through the files it imports', () => {
    const text = sourceText([
      resolve('.'),
    ], [])
    // data/talk.ts, shown on the cover by components/TalkMeta.vue.
    expect(text).toContain('云原生技术 Meetup')
    // packages/talk-site/labels.ts, the words of the addon's own components.
    expect(text).toContain('显示或隐藏讲稿')
    expect(text).not.toContain('"lockfileVersion"')
  })
})
