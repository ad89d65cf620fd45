import type { CncfStatus, Text } from './types'

/** Words the components print around the data. */
export const ui = {
  cncf: {
    graduated: { 'zh-CN': 'CNCF 毕业' },
    incubating: { 'zh-CN': 'CNCF 孵化' },
    sandbox: { 'zh-CN': 'CNCF 沙箱' },
    archived: { 'zh-CN': 'CNCF 已归档' },
    none: { 'zh-CN': '非 CNCF 项目' },
  } satisfies Record<CncfStatus, Text>,
  started: { 'zh-CN': '起始' },
  today: { 'zh-CN': '今天' },
  total: { 'zh-CN': '合计' },
  leadUnknown: { 'zh-CN': '投资方未证实' },
  speaker: { 'zh-CN': '讲者' },
  event: { 'zh-CN': '活动' },
  scanToOpen: { 'zh-CN': '扫码打开本幻灯片' },
  primary: { 'zh-CN': '一手来源' },
  acquisition: {
    announced: { 'zh-CN': '宣布的交易价格' },
    cash: { 'zh-CN': 'SEC 季报：现金对价' },
    employees: { 'zh-CN': '员工（约）' },
  },
  notes: { 'zh-CN': '讲稿' },
  download: {
    slides: { 'zh-CN': '下载幻灯片 PDF' },
    handout: { 'zh-CN': '下载讲义 PDF（含讲稿）' },
  },
  reader: {
    toggle: { 'zh-CN': '显示或隐藏讲稿（N 键）' },
    close: { 'zh-CN': '关闭讲稿' },
    empty: { 'zh-CN': '这一页没有讲稿。' },
    slide: { 'zh-CN': '第 {no} / {total} 页' },
  },
} satisfies Record<string, Text | Record<string, Text>>
