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
} satisfies Record<string, Text | Record<string, Text>>
