import type { SourceId } from './sources'
import type { IsoDate, Text } from './types'

/** A release channel of Container Linux, with the cadence CoreOS gave it in early 2015. */
export interface Channel {
  name: 'Alpha' | 'Beta' | 'Stable'
  cadence: Text
  role: Text
}

export const channels = {
  list: [
    {
      name: 'Alpha',
      cadence: { 'zh-CN': '每周四一版', 'en': 'every Thursday' },
      role: { 'zh-CN': '紧跟主干，尝鲜', 'en': 'tracks master' },
    },
    {
      name: 'Beta',
      cadence: { 'zh-CN': '两周一版', 'en': 'every two weeks' },
      role: { 'zh-CN': '挑最好的 Alpha', 'en': 'the best recent Alpha' },
    },
    {
      name: 'Stable',
      cadence: { 'zh-CN': '四周一版', 'en': 'every four weeks' },
      role: { 'zh-CN': '给生产集群用', 'en': 'for production clusters' },
    },
  ] satisfies Channel[],
  /** How a release moves on: the same bits, promoted unchanged. */
  promotion: { 'zh-CN': '原样晋级', 'en': 'promoted bit for bit' } satisfies Text,
  /** The cadence is the one CoreOS described in early 2015. */
  cadenceAsOf: '2015' satisfies IsoDate,
  firstStable: { version: '367.1.0', date: '2014-07-25' satisfies IsoDate },
  sources: [
    'coreos-docs',
    'rocket-in-alpha',
    'eweek-stable',
    'coreos-manifest',
  ] satisfies SourceId[],
}
