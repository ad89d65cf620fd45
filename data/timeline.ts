import type { SourceId } from './sources'
import type { ChapterId, IsoDate, Text } from './types'

/** A dated event of the story. `label` is short enough for a timeline diagram. */
export interface Milestone {
  date: IsoDate
  chapter: ChapterId
  label: Text
  sources: SourceId[]
}

/** Sorted by date; the unit tests keep it that way. */
export const timeline: Milestone[] = [
  {
    date: '2013',
    chapter: 'founding',
    label: { 'zh-CN': '车库里诞生 CoreOS', 'en': 'CoreOS born in a garage' },
    sources: ['wired-2013', 'newstack-philips'],
  },
  {
    date: '2013-02-04',
    chapter: 'founding',
    label: { 'zh-CN': '系统仓库第一次提交', 'en': 'First commit to the OS repository' },
    sources: ['coreos-overlay-git'],
  },
  {
    date: '2013-04-03',
    chapter: 'docker',
    label: { 'zh-CN': 'Docker 成为系统默认组件', 'en': 'Docker becomes a default component' },
    sources: ['coreos-overlay-git'],
  },
  {
    date: '2013-05-08',
    chapter: 'founding',
    label: { 'zh-CN': 'Kroah-Hartman 第一次提交', 'en': 'Kroah-Hartman’s first commit' },
    sources: ['coreos-overlay-git'],
  },
  {
    date: '2013-06-06',
    chapter: 'open-source',
    label: { 'zh-CN': 'etcd 第一次提交', 'en': 'etcd’s first commit' },
    sources: ['etcd-git'],
  },
  {
    date: '2013-07-30',
    chapter: 'container-linux',
    label: { 'zh-CN': '文档给出第一批 EC2 测试镜像', 'en': 'First EC2 test images documented' },
    sources: ['coreos-docs'],
  },
  {
    date: '2013-08-11',
    chapter: 'open-source',
    label: { 'zh-CN': 'etcd 0.1.0', 'en': 'etcd 0.1.0' },
    sources: ['etcd-git'],
  },
  {
    date: '2013-08-21',
    chapter: 'founding',
    label: { 'zh-CN': 'Wired 报道车库里的 CoreOS', 'en': 'Wired covers CoreOS in the garage' },
    sources: ['wired-2013'],
  },
  {
    date: '2013-10-02',
    chapter: 'container-linux',
    label: { 'zh-CN': 'v94.0.0：维基百科记作首个版本', 'en': 'v94.0.0, counted by Wikipedia as the first release' },
    sources: ['coreos-manifest', 'wikipedia-container-linux'],
  },
  {
    date: '2013-10-11',
    chapter: 'open-source',
    label: { 'zh-CN': 'fleet 第一次提交', 'en': 'fleet’s first commit' },
    sources: ['fleet-git'],
  },
  {
    date: '2014-03-04',
    chapter: 'container-linux',
    label: { 'zh-CN': 'cloud-config 工具首次导入', 'en': 'cloud-config tool first imported' },
    sources: ['cloudinit-git'],
  },
  {
    date: '2014-04-15',
    chapter: 'business',
    label: { 'zh-CN': 'Red Hat 发布 Project Atomic', 'en': 'Red Hat announces Project Atomic' },
    sources: ['atomic-announce', 'eweek-atomic'],
  },
  {
    date: '2014-05-09',
    chapter: 'container-linux',
    label: { 'zh-CN': '首个 Beta 通道版本', 'en': 'First Beta channel release' },
    sources: ['eweek-stable', 'coreos-docs'],
  },
  {
    date: '2014-07-10',
    chapter: 'open-source',
    label: { 'zh-CN': 'flannel 第一次提交', 'en': 'flannel’s first commit' },
    sources: ['flannel-git'],
  },
  {
    date: '2014-07-25',
    chapter: 'container-linux',
    label: { 'zh-CN': '首个 Stable 版本 367.1.0', 'en': 'First Stable release, 367.1.0' },
    sources: ['coreos-manifest', 'coreos-docs', 'infoq-stable'],
  },
  {
    date: '2014-08',
    chapter: 'business',
    label: { 'zh-CN': 'Quay.io 加入 CoreOS', 'en': 'Quay.io joins CoreOS' },
    sources: ['quay-about'],
  },
  {
    date: '2014-12-01',
    chapter: 'docker',
    label: { 'zh-CN': '发布 Rocket 与 appc', 'en': 'Rocket and appc announced' },
    sources: ['rkt-launch', 'rkt-git', 'appc-spec'],
  },
  {
    date: '2015-01-27',
    chapter: 'open-source',
    label: { 'zh-CN': 'etcd 2.0（没有 1.0）', 'en': 'etcd 2.0 (there was no 1.0)' },
    sources: ['etcd-git'],
  },
  {
    date: '2015-04-04',
    chapter: 'open-source',
    label: { 'zh-CN': 'CNI 仓库创建', 'en': 'CNI repository created' },
    sources: ['cni-git'],
  },
  {
    date: '2015-04-06',
    chapter: 'business',
    label: { 'zh-CN': 'Tectonic 公测，GV 领投 1200 万美元', 'en': 'Tectonic beta, GV leads a $12M round' },
    sources: ['nextplatform-tectonic', 'cio-2015'],
  },
  {
    date: '2015-06-22',
    chapter: 'docker',
    label: { 'zh-CN': '开放容器项目成立', 'en': 'Open Container Project launched' },
    sources: ['infoq-ocp'],
  },
  {
    date: '2015-07-14',
    chapter: 'container-linux',
    label: { 'zh-CN': 'Ignition 0.1.0', 'en': 'Ignition 0.1.0' },
    sources: ['ignition-git'],
  },
  {
    date: '2015-07-21',
    chapter: 'open-source',
    label: { 'zh-CN': 'CoreOS 成为 CNCF 创始成员', 'en': 'CoreOS a founding member of the CNCF' },
    sources: ['cncf-founding'],
  },
  {
    date: '2015-07-26',
    chapter: 'docker',
    label: { 'zh-CN': '开放容器项目改名 OCI', 'en': 'Open Container Project renamed OCI' },
    sources: ['oci-runtime-spec'],
  },
  {
    date: '2015-11-13',
    chapter: 'business',
    label: { 'zh-CN': 'Clair 第一次提交', 'en': 'Clair’s first commit' },
    sources: ['clair-git'],
  },
  {
    date: '2016-02-23',
    chapter: 'docker',
    label: { 'zh-CN': 'Philips 出任 OCI 技术监督委员会主席', 'en': 'Philips chairs the OCI’s technical board' },
    sources: ['oci-tob'],
  },
  {
    date: '2016-03-10',
    chapter: 'open-source',
    label: { 'zh-CN': 'Kubernetes 进入 CNCF', 'en': 'Kubernetes joins the CNCF' },
    sources: ['cncf-landscape'],
  },
  {
    date: '2016-06-30',
    chapter: 'open-source',
    label: { 'zh-CN': 'etcd 3.0', 'en': 'etcd 3.0' },
    sources: ['etcd-git'],
  },
  {
    date: '2016-11-03',
    chapter: 'open-source',
    label: { 'zh-CN': '提出 Operator 模式', 'en': 'Operators introduced' },
    sources: ['operators-press', 'operators-intro'],
  },
  {
    date: '2016-11-16',
    chapter: 'container-linux',
    label: { 'zh-CN': 'cloud-config 停止开发，由 Ignition 接替', 'en': 'cloud-config retired in favour of Ignition' },
    sources: ['cloudinit-git'],
  },
  {
    date: '2016-11-21',
    chapter: 'docker',
    label: { 'zh-CN': 'appc 停止开发，交给 OCI', 'en': 'appc hands over to the OCI' },
    sources: ['appc-spec'],
  },
  {
    date: '2016-12',
    chapter: 'business',
    label: { 'zh-CN': 'Tectonic 改称“自动驾驶”，系统更名 Container Linux', 'en': '“Self-driving” Tectonic; the OS becomes Container Linux' },
    sources: ['containerjournal-selfdriving', 'eweek-acquisition'],
  },
  {
    date: '2017-02-07',
    chapter: 'open-source',
    label: { 'zh-CN': 'CoreOS 宣布 fleet 一年后退出系统', 'en': 'CoreOS announces fleet will leave the OS in a year' },
    sources: ['coreos-fleet-kubernetes'],
  },
  {
    date: '2017-03-29',
    chapter: 'docker',
    label: { 'zh-CN': 'rkt 与 containerd 进入 CNCF', 'en': 'rkt and containerd join the CNCF' },
    sources: ['cncf-landscape', 'cncf-toc'],
  },
  {
    date: '2017-05-23',
    chapter: 'open-source',
    label: { 'zh-CN': 'CNI 进入 CNCF 孵化', 'en': 'CNI joins the CNCF' },
    sources: ['cncf-landscape'],
  },
  {
    date: '2017-07-19',
    chapter: 'docker',
    label: { 'zh-CN': 'OCI 运行时规范 1.0', 'en': 'OCI runtime spec 1.0' },
    sources: ['oci-runtime-spec'],
  },
  {
    date: '2018-01-30',
    chapter: 'acquisition',
    label: { 'zh-CN': 'Red Hat 收购 CoreOS', 'en': 'Red Hat acquires CoreOS' },
    sources: ['sec-10q', 'redhat-press-2018', 'containerjournal-deal'],
  },
  {
    date: '2018-02-01',
    chapter: 'open-source',
    label: { 'zh-CN': 'fleet 不再随系统发布', 'en': 'fleet dropped from Container Linux' },
    sources: ['fleet-git'],
  },
  {
    date: '2018-03',
    chapter: 'afterwards',
    label: { 'zh-CN': 'Kinvolk 宣布 Flatcar Linux', 'en': 'Kinvolk announces Flatcar Linux' },
    sources: ['flatcar-announce'],
  },
  {
    date: '2018-03-06',
    chapter: 'open-source',
    label: { 'zh-CN': 'Kubernetes 从 CNCF 毕业', 'en': 'Kubernetes graduates from the CNCF' },
    sources: ['cncf-landscape'],
  },
  {
    date: '2018-05',
    chapter: 'acquisition',
    label: { 'zh-CN': '发布 Operator Framework', 'en': 'Operator Framework announced' },
    sources: ['operator-framework-2018'],
  },
  {
    date: '2018-12-11',
    chapter: 'open-source',
    label: { 'zh-CN': 'etcd 进入 CNCF 孵化', 'en': 'etcd enters CNCF incubation' },
    sources: ['cncf-landscape'],
  },
  {
    date: '2019-07',
    chapter: 'afterwards',
    label: { 'zh-CN': 'Fedora CoreOS 首个预览版', 'en': 'First Fedora CoreOS preview' },
    sources: ['fedora-magazine-fcos'],
  },
  {
    date: '2019-08-16',
    chapter: 'docker',
    label: { 'zh-CN': 'rkt 被 CNCF 归档', 'en': 'rkt archived by the CNCF' },
    sources: ['cncf-landscape', 'cncf-toc'],
  },
  {
    date: '2019-11-12',
    chapter: 'acquisition',
    label: { 'zh-CN': 'Project Quay 开源', 'en': 'Project Quay open-sourced' },
    sources: ['quay-git'],
  },
  {
    date: '2020-02-06',
    chapter: 'afterwards',
    label: { 'zh-CN': '宣布 Container Linux 停止维护日期', 'en': 'Container Linux EOL date announced' },
    sources: ['coreos-eol', 'legion-737', 'flatcar-eol'],
  },
  {
    date: '2020-02-24',
    chapter: 'docker',
    label: { 'zh-CN': 'rkt 仓库最后一次提交：项目终止', 'en': 'Last rkt commit: end of project' },
    sources: ['rkt-git'],
  },
  {
    date: '2020-05-22',
    chapter: 'afterwards',
    label: { 'zh-CN': 'Container Linux 最后的版本', 'en': 'Final Container Linux releases' },
    sources: ['coreos-manifest', 'coreos-init-git'],
  },
  {
    date: '2020-05-26',
    chapter: 'afterwards',
    label: { 'zh-CN': 'Container Linux 停止维护', 'en': 'Container Linux end of life' },
    sources: ['coreos-eol', 'register-eol', 'cloudstack-4198'],
  },
  {
    date: '2020-09-01',
    chapter: 'afterwards',
    label: { 'zh-CN': '下载与云镜像开始下架', 'en': 'Downloads and cloud images pulled' },
    sources: ['flatcar-eol', 'typhoon-839'],
  },
  {
    date: '2020-11-24',
    chapter: 'open-source',
    label: { 'zh-CN': 'etcd 从 CNCF 毕业', 'en': 'etcd graduates from the CNCF' },
    sources: ['cncf-landscape'],
  },
  {
    date: '2021-04-29',
    chapter: 'afterwards',
    label: { 'zh-CN': '微软收购 Kinvolk', 'en': 'Microsoft acquires Kinvolk' },
    sources: ['zdnet-kinvolk'],
  },
]

/** The year of an ISO date, for grouping. */
export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4))
}

/** The milestone on a date; dates are unique, the unit tests keep them so. */
export function milestoneOn(date: IsoDate): Milestone {
  const milestone = timeline.find(m => m.date === date)
  if (!milestone)
    throw new Error(`No milestone on ${date} in data/timeline.ts`)
  return milestone
}
