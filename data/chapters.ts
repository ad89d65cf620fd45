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
    title: { 'zh-CN': '开场' },
    summary: { 'zh-CN': '一个转去别处的网站' },
  },
  {
    id: 'founding',
    title: { 'zh-CN': '车库创业' },
    summary: { 'zh-CN': '2013：两个赌注' },
  },
  {
    id: 'open-source',
    title: { 'zh-CN': '开源项目' },
    summary: { 'zh-CN': 'etcd、flannel、rkt、CNI、Operator…' },
  },
  {
    id: 'business',
    title: { 'zh-CN': '商业化' },
    summary: { 'zh-CN': '操作系统 → 镜像仓库 → 编排' },
  },
  {
    id: 'acquisition',
    title: { 'zh-CN': '被收购' },
    summary: { 'zh-CN': '2018：Red Hat 出手' },
  },
  {
    id: 'afterwards',
    title: { 'zh-CN': '之后' },
    summary: { 'zh-CN': '停止维护与接班人' },
  },
  {
    id: 'closing',
    title: { 'zh-CN': '参考与问答' },
    summary: { 'zh-CN': '全部来源，以及你的问题' },
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
