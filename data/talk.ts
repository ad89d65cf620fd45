import type { Text } from './types'

/**
 * The talk's occasion: the one place a speaker edits before giving it (and
 * site.config.ts, for where the site is published). The cover and the
 * closing card read from here.
 */
export const talk = {
  speaker: { 'zh-CN': 'CoreOS Story 讲者', 'en': 'CoreOS Story speaker' } satisfies Text,
  event: { 'zh-CN': '云原生技术 Meetup · 2026', 'en': 'Cloud Native Meetup · 2026' } satisfies Text,
}
