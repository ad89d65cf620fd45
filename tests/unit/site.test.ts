import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { joinWrappedLines } from '../../data/locale'
import { talk } from '../../data/talk'
import { normalizeBase } from '../../scripts/lib/serve'
import { dropWoffFallback, fixSlidevMeta, ogImage, shareTags } from '../../scripts/lib/share'
import { unnestMenuButton } from '../../scripts/lib/slidev-fixes'

describe('base paths', () => {
  it.each([
    ['/', '/'],
    ['', '/'],
    ['coreos-story', '/coreos-story/'],
    ['/coreos-story', '/coreos-story/'],
    ['/talks/coreos-story/', '/talks/coreos-story/'],
  ])('%j is served as %j', (given, base) => {
    expect(normalizeBase(given)).toBe(base)
  })

  it.each([
    'https://example.org/deck/',
    './deck',
    '/deck?x=1',
    '/my deck/',
  ])('%j is refused with a message naming it', (given) => {
    expect(() => normalizeBase(given)).toThrow(`"${given}" is not a base path`)
  })
})

describe('link previews', () => {
  const tags = shareTags(talk.url)
  const attrs = (key: string): Record<string, string> | undefined =>
    tags.find(tag => tag.attrs?.property === key || tag.attrs?.name === key || tag.attrs?.rel === key)?.attrs as Record<string, string> | undefined

  it('point at the configured public address, with slide 1 as the picture', () => {
    expect(attrs('canonical')?.href).toBe(talk.url)
    expect(attrs('og:url')?.content).toBe(talk.url)
    expect(attrs('og:image')?.content).toBe(`${talk.url}${ogImage.file}`)
    expect(attrs('twitter:card')?.content).toBe('summary_large_image')
  })

  it('add the missing slash of a public address', () => {
    expect(shareTags('https://example.org/deck').find(tag => tag.attrs?.rel === 'canonical')?.attrs?.href).toBe('https://example.org/deck/')
  })

  it('unwrap the JSON-encoded values Slidev writes, joining Chinese lines without a space', () => {
    const html = '<meta name="description" content="&quot;CoreOS 的故事，\\n被 Red Hat 收购。\\n&quot;"><meta name="author" content="&quot;A B&quot;">'
    expect(fixSlidevMeta(html)).toBe('<meta name="description" content="CoreOS 的故事，被 Red Hat 收购。"><meta name="author" content="A B">')
  })
})

describe('wrapped lines', () => {
  it('join without a space next to Chinese and with one between Latin words', () => {
    expect(joinWrappedLines('第一句。\n第二句')).toBe('第一句。第二句')
    expect(joinWrappedLines('<p>rkt\n被归档</p>')).toBe('<p>rkt被归档</p>')
    expect(joinWrappedLines('first line\nsecond line')).toBe('first line second line')
  })
})

describe('build-time fixes', () => {
  it('keep only the WOFF2 source of a @font-face', () => {
    const css = `src: url(./files/a-400-normal.woff2) format('woff2'), url(./files/a-400-normal.woff) format('woff');`
    expect(dropWoffFallback(css)).toBe(`src: url(./files/a-400-normal.woff2) format('woff2');`)
    const fontsource = readFileSync(resolve('node_modules/@fontsource/noto-sans-sc/400.css'), 'utf8')
    expect(dropWoffFallback(fontsource)).not.toMatch(/\.woff\)/)
    expect(dropWoffFallback(fontsource)).toMatch(/\.woff2\)/)
  })

  it('the menu button of Slidev loses its nested button, and a changed Slidev is reported', () => {
    const source = readFileSync(resolve('node_modules/@slidev/client/internals/MenuButton.vue'), 'utf8')
    const fixed = unnestMenuButton(source)
    expect(fixed.match(/<button/g)).toBeNull()
    expect(fixed).toContain('<div :class="{ disabled }" @click="value = !value">')
    expect(() => unnestMenuButton('<template><div /></template>')).toThrow('no longer has the nested trigger button')
  })
})
