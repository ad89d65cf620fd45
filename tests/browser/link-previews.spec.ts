import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { expect, test } from '@playwright/test'
import sharp from 'sharp'
import { editionUrl } from '../../packages/talk-site/index.ts'
import { ogImage } from '../../packages/talk-site/vite/link-tags'
import { loadTalk, served, testSites } from '../support/sites'

const { site: talk, decks: talkDecks } = await loadTalk()

/** The link-preview tags every page of an edition must carry, for its public address. */
function expectTags(html: string, locale: string): void {
  const url = editionUrl(talk, locale)
  expect(html).toContain(`<html lang="${locale}"`)
  expect(html).toContain(`<link rel="canonical" href="${url}">`)
  for (const other of talk.editions)
    expect(html).toContain(`<link rel="alternate" hreflang="${other.locale}" href="${editionUrl(talk, other.locale)}">`)
  expect(html).toContain(`<meta property="og:url" content="${url}">`)
  expect(html).toContain(`<meta property="og:image" content="${new URL(ogImage.file, url).href}">`)
  expect(html).toMatch(/<meta name="description" content="[^"&\\]+">/)
}

for (const deck of talkDecks) {
  test(`the ${deck.locale} edition's link previews show its slide 1 and point at its public address`, async ({ request }) => {
    const { url } = served(testSites().talk, deck)
    const html = await (await request.get(`${url}/`)).text()
    expectTags(html, deck.locale)
    expect(html).toContain(`<meta property="og:title" content="${deck.info.title}">`)
    expect(readFileSync(join(testSites().talk.dir, deck.path, 'index.html'), 'utf8')).toBe(html)
    const picture = await request.get(`${url}/${ogImage.file}`)
    expect(picture.headers()['content-type']).toBe('image/jpeg')
    const { width, height } = await sharp(await picture.body()).metadata()
    expect([width, height]).toEqual([ogImage.width, ogImage.height])
  })
}

test.describe('a plain slidev on the English deck', () => {
  let server: ChildProcess | undefined
  test.afterEach(() => {
    server?.kill()
  })

  test('gets the English link tags, with no environment set up', async ({ request }) => {
    test.setTimeout(60_000)
    const port = 30_000 + Math.floor(Math.random() * 20_000)
    server = spawn(resolve('node_modules/.bin/slidev'), [
      'slides.en.md',
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
    ], { stdio: 'ignore' })
    await expect.poll(async () => (await request.get(`http://127.0.0.1:${port}/`).catch(() => undefined))?.status(), { timeout: 45_000 }).toBe(200)
    expectTags(await (await request.get(`http://127.0.0.1:${port}/`)).text(), 'en')
  })
})
