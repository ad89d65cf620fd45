import type { ChapterId, Text } from './types'

export interface Chapter {
  id: ChapterId
  title: Text
  /** One line for the agenda. */
  summary: Text
  /** The question the chapter answers, as its divider slide asks it. Empty for the opening, the closing and the appendix. */
  question?: Text
}

export const chapters: Chapter[] = [
  {
    id: 'opening',
    title: { 'zh-CN': '开场', 'en': 'Opening' },
    summary: { 'zh-CN': '官网去哪儿了', 'en': 'Where did the website go?' },
  },
  {
    id: 'founding',
    title: { 'zh-CN': '车库创业', 'en': 'The garage' },
    summary: { 'zh-CN': '2013：三个老同学和一个口号', 'en': '2013: three old friends and a slogan' },
    question: { 'zh-CN': '几个人凭什么觉得能重做服务器操作系统？', 'en': 'What made three friends think they could rebuild the server OS?' },
  },
  {
    id: 'container-linux',
    title: { 'zh-CN': '会自己更新的系统', 'en': 'An OS that updates itself' },
    summary: { 'zh-CN': 'Container Linux 怎么工作', 'en': 'How Container Linux worked' },
    question: { 'zh-CN': '服务器怎样像浏览器一样自己更新？', 'en': 'How can a server update itself like a browser?' },
  },
  {
    id: 'open-source',
    title: { 'zh-CN': '开源项目', 'en': 'Open source' },
    summary: { 'zh-CN': 'etcd、Kubernetes、CNI、Operator', 'en': 'etcd, Kubernetes, CNI, Operators' },
    question: { 'zh-CN': '一家做操作系统的公司，为什么写了这么多集群软件？', 'en': 'Why did an OS company write so much cluster software?' },
  },
  {
    id: 'docker',
    title: { 'zh-CN': '和 Docker 分道扬镳', 'en': 'Parting ways with Docker' },
    summary: { 'zh-CN': '2014–2016：Rocket、appc 与 OCI', 'en': '2014–2016: Rocket, appc and the OCI' },
    question: { 'zh-CN': '最早拥抱 Docker 的公司之一，为什么要另起炉灶？', 'en': 'Why did one of Docker’s earliest fans build a rival?' },
  },
  {
    id: 'business',
    title: { 'zh-CN': '靠什么赚钱', 'en': 'The business' },
    summary: { 'zh-CN': '系统 → 仓库 → 编排', 'en': 'OS → registry → orchestration' },
    question: { 'zh-CN': '开源做得这么好，钱从哪里来？', 'en': 'With open source this good, where did the money come from?' },
  },
  {
    id: 'acquisition',
    title: { 'zh-CN': 'Red Hat 出手', 'en': 'Red Hat makes its move' },
    summary: { 'zh-CN': '2018：一天之内完成的收购', 'en': '2018: a deal closed in a day' },
    question: { 'zh-CN': 'Red Hat 为什么要买，CoreOS 为什么会卖？', 'en': 'Why did Red Hat buy, and why did CoreOS sell?' },
  },
  {
    id: 'afterwards',
    title: { 'zh-CN': '尾声', 'en': 'Afterwards' },
    summary: { 'zh-CN': '停止维护、继任者，和开头那个问题的答案', 'en': 'End of life, successors, and the answer' },
    question: { 'zh-CN': '公司没了，留下了什么？', 'en': 'The company is gone. What is left?' },
  },
  {
    id: 'closing',
    title: { 'zh-CN': '问答', 'en': 'Questions' },
    summary: { 'zh-CN': '谢谢，欢迎提问', 'en': 'Thanks, and your questions' },
  },
  {
    id: 'appendix',
    title: { 'zh-CN': '附录', 'en': 'Appendix' },
    summary: { 'zh-CN': '常见说法核对和全部来源，讲完之后翻看', 'en': 'Claims checked and every source, for after the talk' },
  },
]

/** The chapters that tell the story, as the agenda lists them and their dividers number them. */
export const storyChapters = chapters.filter(c => c.question !== undefined)

export function chapterById(id: ChapterId): Chapter {
  const chapter = chapters.find(c => c.id === id)
  if (!chapter)
    throw new Error(`Unknown chapter "${id}"`)
  return chapter
}

/** A story chapter's number as the agenda and its divider show it: 1 for the first. */
export function chapterNumber(id: ChapterId): number {
  const index = storyChapters.findIndex(c => c.id === id)
  if (index < 0)
    throw new Error(`Chapter "${id}" is not numbered: only story chapters have a divider`)
  return index + 1
}
