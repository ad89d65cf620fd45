import type { SourceId } from './sources'
import type { Text } from './types'

/** A claim about CoreOS that circulates widely, and what the sources say instead. */
export interface Correction {
  id: string
  claim: Text
  sourcesSay: Text
  sources: SourceId[]
}

/** The claims-checked slide of the appendix, in the order it lists them. */
export const corrections: Correction[] = [
  {
    id: 'k8s-rank',
    claim: { 'zh-CN': 'CoreOS 是仅次于 Google 的 Kubernetes 贡献者', 'en': 'CoreOS was the top Kubernetes contributor after Google' },
    sourcesSay: { 'zh-CN': '没有来源这样排；2015 年 Red Hat 说这个位置是它自己的。CoreOS 自称“较有影响力的贡献者之一”', 'en': 'No source ranks CoreOS there; in 2015 Red Hat claimed that place for itself. CoreOS called itself “one of the more influential contributors”' },
    sources: ['linuxtoday-atomic-host', 'k8s-journey'],
  },
  {
    id: 'customers',
    claim: { 'zh-CN': '全球有两千多家主要客户', 'en': 'It had over two thousand key customers' },
    sourcesSay: { 'zh-CN': '找不到出处；公开点名的客户不到十家', 'en': 'No source gives a count; fewer than ten customers are named' },
    sources: ['hostadvice-2018', 'coreos-fest-2017'],
  },
  {
    id: 'rhel',
    claim: { 'zh-CN': 'Container Linux 并入了 RHEL', 'en': 'Container Linux was folded into RHEL' },
    sourcesSay: { 'zh-CN': '它和 Atomic Host 合成了 RHEL CoreOS 与 Fedora CoreOS', 'en': 'It and Atomic Host became RHEL CoreOS and Fedora CoreOS' },
    sources: ['coreos-fcos-blog', 'openshift-os-faq'],
  },
  {
    id: 'chromium-os',
    claim: { 'zh-CN': 'CoreOS 是 Chromium OS 的分支', 'en': 'CoreOS was a Chromium OS fork' },
    sourcesSay: { 'zh-CN': '用 Chromium OS 的 SDK 构建，借了它的更新方式；来源说法不一', 'en': 'Built with the Chromium OS SDK and its updater; sources differ on the word “fork”' },
    sources: ['nextplatform-os', 'update-engine-git'],
  },
  {
    id: 'fleet-rank',
    claim: { 'zh-CN': 'fleet 是排名第四的编排系统', 'en': 'fleet ranked fourth among orchestrators' },
    sourcesSay: { 'zh-CN': '没有来源这样排名；它自称“分布式 init 系统”，不是编排系统', 'en': 'No source ranks it; it called itself “a distributed init system”, not an orchestrator' },
    sources: ['fleet-git'],
  },
  {
    id: 'investors',
    claim: { 'zh-CN': 'a16z 和 Accel 投过 CoreOS', 'en': 'a16z and Accel backed CoreOS' },
    sourcesSay: { 'zh-CN': '只见于个别二手报道；能证实的是 Kleiner Perkins、Sequoia、Fuel 和 GV', 'en': 'Only in a secondary report or two; confirmed: Kleiner Perkins, Sequoia, Fuel, GV' },
    sources: ['lemagit-2014', 'cio-2015', 'hostadvice-2018'],
  },
]
