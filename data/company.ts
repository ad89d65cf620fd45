import type { SourceId } from './sources'
import type { IsoDate, Name, Text } from './types'

export interface Person {
  name: string
  role: Text
  background: Text
  sources: SourceId[]
}

/** The three people Wired found in the garage; all from Oregon State University's Linux Users Group and Open Source Lab. */
export const founders: Person[] = [
  {
    name: 'Alex Polvi',
    role: { 'zh-CN': '联合创始人、CEO', 'en': 'Co-founder, CEO' },
    background: { 'zh-CN': '在俄勒冈州立大学开源实验室替 Mozilla 管服务器；第一家公司 Cloudkick 2010 年卖给了 Rackspace', 'en': 'Ran Mozilla’s servers at Oregon State’s Open Source Lab; sold his first startup, Cloudkick, to Rackspace in 2010' },
    sources: [
      'wired-2013',
      'terra-2006',
      'heavybit-polvi',
      'ctlio-interview',
    ],
  },
  {
    name: 'Brandon Philips',
    role: { 'zh-CN': '联合创始人、CTO', 'en': 'Co-founder, CTO' },
    background: { 'zh-CN': 'SUSE Labs 的内核开发者，之后在 Rackspace 做云监控', 'en': 'Kernel developer at SUSE Labs, then Cloud Monitoring at Rackspace' },
    sources: [
      'github-philips',
      'ifup-portfolio',
      'newstack-philips',
      'ctlio-interview',
    ],
  },
  {
    name: 'Michael Marineau',
    role: { 'zh-CN': '创始成员', 'en': 'Founding member' },
    background: { 'zh-CN': '此前在 Google；系统的主力工程师，2013 年 63 个版本里有 60 个由他打标签发布', 'en': 'Ex-Google; the OS workhorse, who tagged 60 of the 63 releases of 2013' },
    sources: [
      'wired-2013',
      'hostadvice-2017',
      'coreos-manifest',
      'philips-thread',
    ],
  },
]

/** Greg Kroah-Hartman: more than an adviser's name on a list, he committed code in the first year. */
export const adviser: Person = {
  name: 'Greg Kroah-Hartman',
  role: { 'zh-CN': '顾问', 'en': 'Adviser' },
  background: { 'zh-CN': 'Linux 内核资深维护者；据德文维基百科，当年正是他在 SUSE 招进了 Philips', 'en': 'Senior Linux kernel maintainer; German Wikipedia says he hired Philips at SUSE' },
  sources: ['wired-notes', 'dewiki-coreos', 'coreos-overlay-git'],
}

/** Red Hat's purchase of CoreOS. */
export const acquisition = {
  date: '2018-01-30' satisfies IsoDate,
  announcedMusd: 250,
  cashMusd: 238.7,
  employees: 130,
  sources: [
    'redhat-press-2018',
    'sec-10q',
    'containerjournal-deal',
    'containerjournal-reasons',
    'hostadvice-2018',
  ] satisfies SourceId[],
}

/** Customers that secondary sources name. No source supports a customer count. */
export const customers = {
  names: [
    'Verizon',
    'eBay',
    'Salesforce',
    'Veritas',
    'Ticketmaster',
    { 'zh-CN': '星巴克（Starbucks）', 'en': 'Starbucks' },
    'Concur',
  ] satisfies Name[],
  sources: ['hostadvice-2018', 'coreos-fest-2017'] satisfies SourceId[],
}

/** What carried Container Linux's idea on after its end of life. */
export interface Successor {
  name: string
  icon: string
  by: Text
  story: Text
  sources: SourceId[]
}

export const successors: Successor[] = [
  {
    name: 'Flatcar Container Linux',
    icon: 'i-carbon-cube',
    by: { 'zh-CN': 'Kinvolk（柏林）', 'en': 'Kinvolk (Berlin)' },
    story: { 'zh-CN': '2018 年 3 月宣布的“友好分支”；2021-04-29 微软收购 Kinvolk；2024-08-02 进入 CNCF 孵化', 'en': 'A “friendly fork” announced in March 2018; Microsoft bought Kinvolk 2021-04-29; CNCF incubating since 2024-08-02' },
    sources: [
      'flatcar-announce',
      'linuxcom-flatcar',
      'zdnet-kinvolk',
      'cncf-landscape',
    ],
  },
  {
    name: 'Fedora CoreOS',
    icon: 'i-logos-fedora',
    by: { 'zh-CN': 'Fedora 社区，Red Hat 支持', 'en': 'Fedora community, backed by Red Hat' },
    story: { 'zh-CN': 'Atomic Host 与 Container Linux 的共同继承者；2019 年 7 月首个预览版', 'en': 'Successor to both Atomic Host and Container Linux; first preview July 2019' },
    sources: ['fedora-magazine-fcos', 'coreos-fcos-blog'],
  },
  {
    name: 'RHEL CoreOS',
    icon: 'i-logos-redhat-icon',
    by: { 'zh-CN': 'Red Hat', 'en': 'Red Hat' },
    story: { 'zh-CN': 'OpenShift 4 底下的不可变系统，只作为 OpenShift 的一部分提供支持', 'en': 'The immutable OS under OpenShift 4, supported only as part of OpenShift' },
    sources: ['openshift-os-faq', 'register-eol', 'zdnet-summit'],
  },
]
