import type { SourceId } from './sources'
import type { IsoDate, Name, Text } from './types'

/** A funding round that a source confirms. Amounts in millions of US dollars. */
export interface FundingRound {
  date: IsoDate
  amountMusd: number
  investors: Name[]
  note: Text
  sources: SourceId[]
}

export const fundingRounds: FundingRound[] = [
  {
    date: '2014',
    amountMusd: 8,
    investors: [
      { 'zh-CN': '凯鹏华盈（Kleiner Perkins）', 'en': 'Kleiner Perkins' },
      { 'zh-CN': '红杉资本（Sequoia）', 'en': 'Sequoia Capital' },
      'Fuel Capital',
    ],
    note: { 'zh-CN': '与 CoreOS Managed Linux 一同宣布', 'en': 'Announced with CoreOS Managed Linux' },
    sources: ['lemagit-2014'],
  },
  {
    date: '2015-04',
    amountMusd: 12,
    investors: [
      { 'zh-CN': 'GV（谷歌风投）', 'en': 'GV' },
    ],
    note: { 'zh-CN': 'GV 领投，与 Tectonic 一同宣布', 'en': 'Led by GV, announced with Tectonic' },
    sources: ['cio-2015', 'nextplatform-tectonic'],
  },
  {
    date: '2016-05',
    amountMusd: 28,
    investors: [],
    note: { 'zh-CN': '领投方没有可靠来源', 'en': 'No reliable source for the lead investor' },
    sources: ['eweek-acquisition'],
  },
]

/** $48M, the total eWEEK reports, is the sum of the confirmed rounds. */
export const totalRaisedMusd = fundingRounds.reduce((sum, round) => sum + round.amountMusd, 0)
