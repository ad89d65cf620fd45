import type { Text } from './types'

/**
 * The talk's occasion: the one place a speaker edits before giving it.
 * The cover, the closing QR code and the site's links read from here.
 */
export const talk = {
  speaker: { 'zh-CN': 'CoreOS Story 讲者', 'en': 'CoreOS Story speaker' } satisfies Text,
  event: { 'zh-CN': '云原生技术 Meetup · 2026', 'en': 'Cloud Native Meetup · 2026' } satisfies Text,
  /** Where the site is published: the Chinese edition at this address, every other edition under it. */
  url: 'https://coreos-story.github.io/coreos-story/',
}
