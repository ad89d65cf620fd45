import type { CncfStatus, Text } from './types'

/** Words the components print around the data. */
export const ui = {
  cncf: {
    graduated: { 'zh-CN': 'CNCF 毕业', 'en': 'CNCF graduated' },
    incubating: { 'zh-CN': 'CNCF 孵化', 'en': 'CNCF incubating' },
    sandbox: { 'zh-CN': 'CNCF 沙箱', 'en': 'CNCF sandbox' },
    archived: { 'zh-CN': 'CNCF 已归档', 'en': 'CNCF archived' },
    none: { 'zh-CN': '非 CNCF 项目', 'en': 'Not a CNCF project' },
  } satisfies Record<CncfStatus, Text>,
  started: { 'zh-CN': '起始', 'en': 'Started' },
  today: { 'zh-CN': '今天', 'en': 'Today' },
  total: { 'zh-CN': '合计', 'en': 'Total' },
  /** Between the items of a short list, such as a round's investors. */
  listSeparator: { 'zh-CN': '、', 'en': ', ' },
  leadUnknown: { 'zh-CN': '投资方未证实', 'en': 'Investors unconfirmed' },
  speaker: { 'zh-CN': '讲者', 'en': 'Speaker' },
  event: { 'zh-CN': '活动', 'en': 'Event' },
  scanToOpen: { 'zh-CN': '扫码打开本幻灯片', 'en': 'Scan to open these slides' },
  primary: { 'zh-CN': '一手来源', 'en': 'Primary source' },
  acquisition: {
    announced: { 'zh-CN': '宣布的交易价格', 'en': 'Announced price' },
    cash: { 'zh-CN': 'SEC 季报：现金对价', 'en': 'Cash paid, per SEC 10-Q' },
    employees: { 'zh-CN': '员工（约）', 'en': 'Employees (approx.)' },
  },
  notes: { 'zh-CN': '讲稿', 'en': 'Speaker notes' },
  download: {
    slides: { 'zh-CN': '下载幻灯片 PDF', 'en': 'Download the slides (PDF)' },
    handout: { 'zh-CN': '下载讲义 PDF（含讲稿）', 'en': 'Download the handout with notes (PDF)' },
  },
  reader: {
    toggle: { 'zh-CN': '显示或隐藏讲稿（N 键）', 'en': 'Show or hide the speaker notes (N)' },
    close: { 'zh-CN': '关闭讲稿', 'en': 'Close the notes' },
    empty: { 'zh-CN': '这一页没有讲稿。', 'en': 'This slide has no notes.' },
    slide: { 'zh-CN': '第 {no} / {total} 页', 'en': 'Slide {no} of {total}' },
  },
  /** The language switch in every slide's footer. */
  languages: { 'zh-CN': '语言', 'en': 'Language' },
  otherEdition: { 'zh-CN': '打开英文版的同一页', 'en': 'Open this slide in the Chinese edition' },
} satisfies Record<string, Text | Record<string, Text>>
