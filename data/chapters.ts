import type { ChapterId, Text } from './types'

export interface Chapter {
  id: ChapterId
  title: Text
  /** One line for the agenda. */
  summary: Text
}

export const chapters: Chapter[] = [
  {
    id: 'opening',
    title: { 'zh-CN': '开场', 'en': 'Opening' },
    summary: { 'zh-CN': '一个转去别处的网站', 'en': 'A website that now redirects elsewhere' },
  },
  {
    id: 'founding',
    title: { 'zh-CN': '车库创业', 'en': 'The garage' },
    summary: { 'zh-CN': '2013：两个赌注', 'en': '2013: two bets' },
  },
  {
    id: 'open-source',
    title: { 'zh-CN': '开源项目', 'en': 'Open source' },
    summary: { 'zh-CN': 'etcd、flannel、rkt、CNI、Operator…', 'en': 'etcd, flannel, rkt, CNI, Operators…' },
  },
  {
    id: 'business',
    title: { 'zh-CN': '商业化', 'en': 'The business' },
    summary: { 'zh-CN': '操作系统 → 镜像仓库 → 编排', 'en': 'OS → registry → orchestration' },
  },
  {
    id: 'acquisition',
    title: { 'zh-CN': '被收购', 'en': 'The acquisition' },
    summary: { 'zh-CN': '2018：Red Hat 出手', 'en': '2018: Red Hat makes its move' },
  },
  {
    id: 'afterwards',
    title: { 'zh-CN': '之后', 'en': 'Afterwards' },
    summary: { 'zh-CN': '停止维护与接班人', 'en': 'End of life and successors' },
  },
  {
    id: 'closing',
    title: { 'zh-CN': '参考与问答', 'en': 'References & Q&A' },
    summary: { 'zh-CN': '全部来源，以及你的问题', 'en': 'Every source, and your questions' },
  },
]

/** The chapters that tell the story, as the agenda lists them. */
export const storyChapters = chapters.filter(c => c.id !== 'opening' && c.id !== 'closing')

export function chapterById(id: ChapterId): Chapter {
  const chapter = chapters.find(c => c.id === id)
  if (!chapter)
    throw new Error(`Unknown chapter "${id}"`)
  return chapter
}
