import type { StartKind } from './projects'
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
  /** What a project's first date records (data/projects.ts `started.kind`). */
  started: {
    'first-commit': { 'zh-CN': '首次提交', 'en': 'First commit' },
    'announced': { 'zh-CN': '发布', 'en': 'Announced' },
    'launched': { 'zh-CN': '上线', 'en': 'Launched' },
    'rewritten': { 'zh-CN': '重写', 'en': 'Rewritten' },
  } satisfies Record<StartKind, Text>,
  today: { 'zh-CN': '现状', 'en': 'Today' },
  leftBehind: { 'zh-CN': '它留下的，还在用', 'en': 'What it left, still in use' },
  /** The agenda's last line, from the talk's plan: how long the talk takes and what is left of the slot for questions. */
  agendaLength: { 'zh-CN': '正式内容约 {talk} 分钟，之后留 {questions} 分钟提问', 'en': 'About {talk} minutes of talk, then {questions} minutes for your questions' },
  total: { 'zh-CN': '合计', 'en': 'Total' },
  /** Between the items of a short list, such as a round's investors. */
  listSeparator: { 'zh-CN': '、', 'en': ', ' },
  leadUnknown: { 'zh-CN': '投资方未证实', 'en': 'Investors unconfirmed' },
  speaker: { 'zh-CN': '讲者', 'en': 'Speaker' },
  event: { 'zh-CN': '活动', 'en': 'Event' },
  scanToOpen: { 'zh-CN': '扫码打开本幻灯片', 'en': 'Scan to open these slides' },
  primary: { 'zh-CN': '一手来源', 'en': 'Primary source' },
  acquisition: {
    cash: { 'zh-CN': 'SEC 季报：现金对价', 'en': 'Cash paid, per the SEC 10-Q' },
    employees: { 'zh-CN': '员工（约）', 'en': 'Employees (approx.)' },
    closed: { 'zh-CN': '宣布并完成', 'en': 'Announced and closed' },
  },
  channels: {
    firstStable: { 'zh-CN': '首个 Stable 版本', 'en': 'First Stable release' },
    cadenceAsOf: { 'zh-CN': '发布节奏：2015 年初 CoreOS 的说法', 'en': 'Cadence as CoreOS described it in early 2015' },
  },
  etcdAuthors: { 'zh-CN': '2014 年 etcd 提交数（git 记录）', 'en': 'etcd commits in 2014 (git history)' },
  adviser: {
    unit: { 'zh-CN': '次提交', 'en': 'commits' },
    where: { 'zh-CN': 'CoreOS 系统仓库（coreos-overlay），', 'en': 'to the CoreOS OS repository (coreos-overlay),' },
  },
  claims: {
    claim: { 'zh-CN': '流传的说法', 'en': 'The claim' },
    sourcesSay: { 'zh-CN': '来源怎么说', 'en': 'What the sources say' },
    source: { 'zh-CN': '出处', 'en': 'Source' },
  },
  garage: {
    alt: { 'zh-CN': '示意图：车库里，三个人坐在一张长桌后面对着笔记本电脑，身后是写着 CoreOS 和 etcd 的白板，旁边有一台机架服务器', 'en': 'Illustration: three people at one long table with laptops in a garage, a whiteboard reading CoreOS and etcd behind them, a server rack beside them' },
  },
  website: {
    then: { 'zh-CN': '2017 年的 coreos.com（示意图，按互联网档案馆的快照重画，省去了文字）', 'en': 'coreos.com in 2017: our sketch of the archived page, words left out' },
    thenAlt: { 'zh-CN': '示意图：2017 年的 coreos.com 首页，深蓝色导航栏上是 CoreOS 标志和 Container Linux、Quay、Tectonic 三个产品', 'en': 'Sketch of the coreos.com home page in 2017: a dark blue bar with the CoreOS logo and its three products, Container Linux, Quay and Tectonic' },
    now: { 'zh-CN': '今天：同一个地址把你带到 Red Hat', 'en': 'Today: the same address takes you to Red Hat' },
    nowAlt: { 'zh-CN': '示意图：在地址栏输入 coreos.com，打开的是 Red Hat 的页面', 'en': 'Sketch: typing coreos.com opens a Red Hat page' },
  },
} satisfies Record<string, Text | Record<string, Text>>
