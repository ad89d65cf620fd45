import type { SourceId } from './sources'
import type { Text } from './types'

/**
 * A step of a product chain as a customer climbed it, OS → registry →
 * orchestration: what it gave them, and what of it was free and what was paid.
 * The product-chain diagram shows these words; the unit tests hold it to them.
 */
export interface ChainStep {
  id: string
  name: string
  gave?: Text
  /** What cost nothing and what was sold; none where the talk says nothing about price. */
  price?: Text
  sources: SourceId[]
}

/** CoreOS's chain. */
export const coreosChain: ChainStep[] = [
  {
    id: 'container-linux',
    name: 'Container Linux',
    gave: { 'zh-CN': '自己升级的系统', 'en': 'self-updating OS' },
    price: { 'zh-CN': '免费；付费支持、CoreUpdate', 'en': 'free; paid support, CoreUpdate' },
    sources: ['lemagit-2014', 'coreos-updates-page'],
  },
  {
    id: 'quay',
    name: 'Quay',
    gave: { 'zh-CN': '私有镜像、漏洞扫描', 'en': 'private images, scans' },
    price: { 'zh-CN': '付费：托管 Quay.io、企业版', 'en': 'paid: hosted Quay.io, Enterprise' },
    sources: ['hostadvice-2017', 'quay-about', 'clair-git'],
  },
  {
    id: 'tectonic',
    name: 'Tectonic',
    gave: { 'zh-CN': '企业版 Kubernetes', 'en': 'Kubernetes platform' },
    price: { 'zh-CN': '付费；2016 年起 10 节点内免费', 'en': 'paid; from 2016 free up to 10 nodes' },
    sources: ['nextplatform-tectonic', 'containerjournal-selfdriving', 'hostadvice-2017'],
  },
]

/** Red Hat's chain beside it, layer for layer: its registry came with the acquisition. */
export const redhatChain: ChainStep[] = [
  {
    id: 'rhel',
    name: 'RHEL · Atomic Host',
    sources: ['atomic-announce', 'linuxtoday-atomic-host'],
  },
  {
    id: 'rhquay',
    name: 'Red Hat Quay',
    gave: { 'zh-CN': '2018 年起', 'en': 'from 2018' },
    sources: ['zdnet-summit'],
  },
  {
    id: 'openshift',
    name: 'OpenShift',
    sources: ['eweek-acquisition'],
  },
]
