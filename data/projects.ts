import type { SourceId } from './sources'
import type { CncfStatus, IsoDate, Text } from './types'

/** What a project's first date records: its first commit, its public announcement, its launch, or the rewrite today's repository starts from. */
export type StartKind = 'first-commit' | 'announced' | 'launched' | 'rewritten'

export interface Project {
  id: string
  name: string
  /** An Iconify icon available offline through UnoCSS (`i-logos-…`, `i-simple-icons-…`, `i-carbon-…`). */
  icon: string
  /** When it started, and what that date records. */
  started: { date: IsoDate, kind: StartKind }
  what: Text
  /** Its state today, one short line. */
  today: Text
  cncf: { status: CncfStatus, since?: IsoDate }
  sources: SourceId[]
}

export const projects: Project[] = [
  {
    id: 'container-linux',
    name: 'Container Linux',
    icon: 'i-logos-coreos-icon',
    started: { date: '2013-02-04', kind: 'first-commit' },
    what: { 'zh-CN': '只为运行容器而生的 Linux，没有包管理器，自动更新', 'en': 'A Linux just for containers: no package manager, automatic updates' },
    today: { 'zh-CN': '2020-05-26 停止维护，由 Flatcar 与 Fedora CoreOS 接棒', 'en': 'End of life 2020-05-26; Flatcar and Fedora CoreOS carry on' },
    cncf: { status: 'none' },
    sources: ['coreos-overlay-git', 'coreos-manifest', 'register-eol'],
  },
  {
    id: 'etcd',
    name: 'etcd',
    icon: 'i-logos-etcd',
    started: { date: '2013-06-06', kind: 'first-commit' },
    what: { 'zh-CN': '分布式键值存储：“/etc” 加上 distributed 的 “d”', 'en': 'Distributed key-value store: “/etc” plus “d” for distributed' },
    today: { 'zh-CN': 'Kubernetes 默认把集群状态存在这里', 'en': 'Kubernetes’s default store for cluster state' },
    cncf: { status: 'graduated', since: '2020-11-24' },
    sources: [
      'etcd-git',
      'etcd-why',
      'k8s-etcd-doc',
      'cncf-landscape',
    ],
  },
  {
    id: 'fleet',
    name: 'fleet',
    icon: 'i-carbon-flow',
    started: { date: '2013-10-11', kind: 'first-commit' },
    what: { 'zh-CN': '分布式 init 系统，按它自己的说法并非编排器', 'en': 'A distributed init system; by its own account, not an orchestrator' },
    today: { 'zh-CN': '2018-02-01 起不再随 Container Linux 发布，改推 Kubernetes', 'en': 'Not shipped in Container Linux after 2018-02-01; Kubernetes recommended instead' },
    cncf: { status: 'none' },
    sources: ['fleet-git'],
  },
  {
    id: 'flannel',
    name: 'flannel',
    icon: 'i-logos-flannel',
    started: { date: '2014-07-10', kind: 'first-commit' },
    what: { 'zh-CN': '为 Kubernetes 设计的 L3（三层）覆盖网络', 'en': 'Layer 3 overlay network designed for Kubernetes' },
    today: { 'zh-CN': '不是 CNCF 项目，仓库现归 flannel-io 组织', 'en': 'Not a CNCF project; the repo now lives in the flannel-io org' },
    cncf: { status: 'none' },
    sources: ['flannel-git', 'cncf-landscape'],
  },
  {
    id: 'quay',
    name: 'Quay.io',
    icon: 'i-logos-quay',
    started: { date: '2013-10-02', kind: 'launched' },
    what: { 'zh-CN': '容器镜像托管服务，2013 年 10 月上线，2014 年 8 月加入 CoreOS', 'en': 'Container image hosting; launched October 2013, joined CoreOS August 2014' },
    today: { 'zh-CN': 'Red Hat Quay，2019-11-12 开源为 Project Quay', 'en': 'Now Red Hat Quay; open-sourced as Project Quay on 2019-11-12' },
    cncf: { status: 'none' },
    sources: ['quay-about', 'quay-git'],
  },
  {
    id: 'rkt',
    name: 'rkt',
    icon: 'i-logos-rkt',
    started: { date: '2014-12-01', kind: 'announced' },
    what: { 'zh-CN': '作为 Docker 替代品发布的容器运行时', 'en': 'Container runtime launched as an alternative to Docker' },
    today: { 'zh-CN': '2017 年进入 CNCF，2020 年项目终止', 'en': 'Joined CNCF in 2017; project ended in 2020' },
    cncf: { status: 'archived', since: '2019-08-16' },
    sources: [
      'rkt-launch',
      'rkt-git',
      'cncf-landscape',
      'cncf-toc',
    ],
  },
  {
    id: 'cni',
    name: 'CNI',
    icon: 'i-carbon-network-3',
    started: { date: '2015-04-04', kind: 'first-commit' },
    what: { 'zh-CN': '容器网络接口规范，源自 rkt 的网络代码', 'en': 'Container Network Interface spec, grown from rkt’s networking code' },
    today: { 'zh-CN': '仍是 CNCF 孵化项目，至今没有毕业', 'en': 'Still a CNCF incubating project; it has not graduated' },
    cncf: { status: 'incubating', since: '2017-05-23' },
    sources: ['cni-git', 'cncf-landscape', 'cncf-toc'],
  },
  {
    id: 'clair',
    name: 'Clair',
    icon: 'i-carbon-security',
    started: { date: '2015-11-13', kind: 'first-commit' },
    what: { 'zh-CN': '为 Quay 打造的容器镜像漏洞静态分析工具', 'en': 'Static vulnerability analysis of container images, built for Quay' },
    today: { 'zh-CN': '不是 CNCF 项目，仓库现归 quay 组织', 'en': 'Not a CNCF project; the repo now lives in the quay org' },
    cncf: { status: 'none' },
    sources: ['clair-git', 'cncf-landscape'],
  },
  {
    id: 'dex',
    name: 'Dex',
    icon: 'i-simple-icons-openid',
    started: { date: '2016-07-25', kind: 'rewritten' },
    what: { 'zh-CN': '支持联合登录的 OIDC 身份服务；现在的仓库始于 2016 年的重写', 'en': 'A federated OpenID Connect identity service; today’s repo is a 2016 rewrite' },
    today: { 'zh-CN': 'CoreOS 被收购后一度无人照管，2020 年进入 CNCF 沙箱', 'en': 'Orphaned for a while after Red Hat bought CoreOS; CNCF sandbox since 2020' },
    cncf: { status: 'sandbox', since: '2020-06-25' },
    sources: ['dex-git', 'dex-sandbox', 'cncf-landscape'],
  },
  {
    id: 'operators',
    name: 'Operator Framework',
    icon: 'i-carbon-bot',
    started: { date: '2018-05', kind: 'announced' },
    what: { 'zh-CN': '帮人编写 Operator 的工具集（SDK、生命周期管理、计量），收购之后发布', 'en': 'A toolkit for writing Operators (SDK, lifecycle manager, metering), announced after the acquisition' },
    today: { 'zh-CN': '捐给了 CNCF，今天仍在孵化', 'en': 'Donated to the CNCF; still incubating today' },
    cncf: { status: 'incubating', since: '2020-07-09' },
    sources: ['operators-intro', 'operator-framework-2018', 'cncf-landscape'],
  },
]

export function projectById(id: string): Project {
  const project = projects.find(p => p.id === id)
  if (!project)
    throw new Error(`Unknown project "${id}". Known: ${projects.map(p => p.id).join(', ')}`)
  return project
}
