import type { Locale } from '../../data/types'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { editions, editionUrl } from '../../data/editions'
import { joinWrappedLines } from '../../data/locale'
import { talk } from '../../data/talk'
import { locales } from '../../data/types'
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
  const tagsOf = (locale: Locale) => shareTags(talk.url, editions[locale], ['zh-CN', 'en'])
  const attrs = (locale: Locale, key: string): Record<string, string> | undefined =>
    tagsOf(locale).find(tag => tag.attrs?.property === key || tag.attrs?.name === key || tag.attrs?.rel === key)?.attrs as Record<string, string> | undefined

  it.each(locales)('of the %s edition point at its public address, with its slide 1 as the picture', (locale) => {
    const url = editionUrl(talk.url, locale)
    expect(attrs(locale, 'canonical')?.href).toBe(url)
    expect(attrs(locale, 'og:url')?.content).toBe(url)
    expect(attrs(locale, 'og:image')?.content).toBe(`${url}${ogImage.file}`)
    expect(attrs(locale, 'twitter:card')?.content).toBe('summary_large_image')
  })

  it('name every edition as an alternate language', () => {
    const alternates = tagsOf('en').filter(tag => tag.attrs?.rel === 'alternate').map(tag => tag.attrs)
    expect(alternates).toEqual([
      { rel: 'alternate', hreflang: 'zh-CN', href: talk.url },
      { rel: 'alternate', hreflang: 'en', href: `${talk.url}en/` },
    ])
    expect(shareTags(talk.url, editions['zh-CN']).some(tag => tag.attrs?.rel === 'alternate'), 'a single deck has no alternates').toBe(false)
  })

  it('add the missing slash of a public address', () => {
    expect(shareTags('https://example.org/deck', editions['zh-CN']).find(tag => tag.attrs?.rel === 'canonical')?.attrs?.href).toBe('https://example.org/deck/')
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
    expect(joinWrappedLines('Container Linux, etcd,\n  the Red Hat acquisition')).toBe('Container Linux, etcd, the Red Hat acquisition')
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
