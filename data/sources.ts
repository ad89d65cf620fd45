import type { Locale, Text } from './types'

/**
 * Every source the deck relies on. Facts point here by id, so the references
 * slides are generated from what the facts actually cite.
 * `title`: a real headline stays in its own language (a string); a description
 * of a page, a repository or a profile is written in each language (a `Text`).
 * `primary`: a project's own git history or files, a CNCF file, an SEC filing,
 * a company's own page, or a person's own words.
 */
export interface Source {
  title: string | Text
  url: string
  primary: boolean
}

export const sources = {
  // Opening
  'api-evangelist': {
    title: { 'zh-CN': 'API Evangelist 的 CoreOS 档案（2026）：coreos.com 跳转到 Red Hat', 'en': 'API Evangelist profile of CoreOS (2026): coreos.com redirects to Red Hat' },
    url: 'https://github.com/api-evangelist/coreos/blob/main/apis.yml',
    primary: false,
  },
  'tectonic-forum-317': {
    title: { 'zh-CN': 'coreos/tectonic-forum#317：account.coreos.com 跳转到 Red Hat（2019）', 'en': 'coreos/tectonic-forum#317: account.coreos.com redirects to Red Hat (2019)' },
    url: 'https://github.com/coreos/tectonic-forum/issues/317',
    primary: false,
  },
  'netmaker-542': {
    title: { 'zh-CN': 'gravitl/netmaker#542：CoreOS 的介绍已挪到 Red Hat 网站（2021）', 'en': 'gravitl/netmaker#542: the CoreOS pages now live on Red Hat’s site (2021)' },
    url: 'https://github.com/gravitl/netmaker/issues/542',
    primary: false,
  },
  'archive-coreos': {
    title: { 'zh-CN': '互联网档案馆：coreos.com（2017-09-20 快照）', 'en': 'Internet Archive: coreos.com (snapshot of 2017-09-20)' },
    url: 'https://web.archive.org/web/20170920080743/https://coreos.com/',
    primary: true,
  },

  // The garage
  'wired-2013': { title: 'Wired: Linux Hackers Rebuild Internet From Silicon Valley Garage (2013-08-21)', url: 'https://www.wired.com/2013/08/coreos-the-new-linux/', primary: false },
  'itpro-2018': { title: 'ITPro Today: Why Red Hat Came to Love CoreOS: Team and Technology (2018)', url: 'https://www.itprotoday.com/open-source/why-red-hat-came-love-coreos-team-and-technology', primary: false },
  'newstack-philips': { title: 'The New Stack: Brandon Philips, the man behind CoreOS (2017-06-30)', url: 'https://thenewstack.io/brandon-philips-man-behind-coreos/', primary: false },
  'github-philips': {
    title: { 'zh-CN': 'Brandon Philips 的 GitHub 主页', 'en': 'Brandon Philips’s GitHub profile' },
    url: 'https://github.com/philips',
    primary: true,
  },
  'ifup-portfolio': {
    title: { 'zh-CN': 'ifup.org：Brandon Philips 的个人履历', 'en': 'ifup.org: Brandon Philips’s portfolio' },
    url: 'https://ifup.org/portfolio',
    primary: true,
  },
  'terra-2006': { title: 'Terra (Oregon State University): Open source, hot and cool (2006-04)', url: 'https://terra.oregonstate.edu/2006/04/open-source-hot-and-cool/', primary: false },
  'newstack-polvi': { title: 'Alex Polvi, CoreOS: The New Stack Interview, Part One (reposted by InApps)', url: 'https://www.inapps.net/alex-polvi-and-what-comes-with-high-availability-and-portability-inapps-2022/', primary: false },
  'heavybit-polvi': { title: 'EnterpriseReady podcast, ep. 4: Open Source with CoreOS’s Alex Polvi (2018)', url: 'https://www.heavybit.com/library/podcasts/enterpriseready/ep-4-open-source-with-coreoss-alex-polvi', primary: true },
  'ctlio-interview': {
    title: { 'zh-CN': 'CenturyLink（ctl.io）：采访 CEO Alex Polvi 与 CTO Brandon Philips（2014）', 'en': 'CenturyLink (ctl.io): interview with CEO Alex Polvi and CTO Brandon Philips (2014)' },
    url: 'https://www.ctl.io/developers/blog/post/simple-introduction-to-coreos-with-ceo-alex-polvi-and-cto-brandon-philips',
    primary: false,
  },
  'wired-notes': {
    title: { 'zh-CN': '对 2013 年 Wired 报道的笔记：人物与顾问', 'en': 'Notes on the 2013 Wired article: people and advisers' },
    url: 'https://note-to-self.baker.com/tags/cloudkick/',
    primary: false,
  },
  'dewiki-coreos': {
    title: { 'zh-CN': '德文维基百科：CoreOS', 'en': 'German Wikipedia: CoreOS' },
    url: 'https://de.wikipedia.org/wiki/CoreOS',
    primary: false,
  },
  'coreos-overlay-git': {
    title: { 'zh-CN': 'coreos/coreos-overlay：系统软件包仓库的 git 历史', 'en': 'coreos/coreos-overlay: git history of the OS package tree' },
    url: 'https://github.com/coreos/coreos-overlay',
    primary: true,
  },
  'philips-thread': {
    title: { 'zh-CN': 'Brandon Philips 的回顾推文串《Starting 7 years ago…》（2020-04，转存页）', 'en': 'Brandon Philips’s thread “Starting 7 years ago…” (2020-04, unrolled copy)' },
    url: 'https://twtext.com/article/1253375516180017153',
    primary: false,
  },
  'k8s-blog-coreosfest-2016': { title: 'Kubernetes blog: CoreOS Fest 2016 and the Kubernetes community (2016-05)', url: 'https://github.com/kubernetes/website/blob/main/content/en/blog/_posts/2016-05-00-Coreosfest2016-Kubernetes-Community.md', primary: true },

  // Container Linux
  'wikipedia-container-linux': {
    title: { 'zh-CN': '英文维基百科：Container Linux', 'en': 'Wikipedia: Container Linux' },
    url: 'https://en.wikipedia.org/wiki/Container_Linux',
    primary: false,
  },
  'nextplatform-os': { title: 'The Next Platform: CoreOS hyperscales Linux by making it invisible (2015-02-25)', url: 'https://www.nextplatform.com/2015/02/25/coreos-hyperscales-linux-by-making-it-invisible/', primary: false },
  'coreos-manifest': {
    title: { 'zh-CN': 'coreos/manifest：CoreOS / Container Linux 的版本标签', 'en': 'coreos/manifest: release tags of CoreOS / Container Linux' },
    url: 'https://github.com/coreos/manifest',
    primary: true,
  },
  'coreos-docs': {
    title: { 'zh-CN': 'coreos/docs：分区、更新通道、Omaha 协议与 CoreUpdate 文档', 'en': 'coreos/docs: partitions, release channels, the Omaha protocol, CoreUpdate' },
    url: 'https://github.com/coreos/docs',
    primary: true,
  },
  'update-engine-git': {
    title: { 'zh-CN': 'coreos/update_engine：来自 Chromium OS 的更新程序', 'en': 'coreos/update_engine: the updater from Chromium OS' },
    url: 'https://github.com/coreos/update_engine',
    primary: true,
  },
  'locksmith-git': {
    title: { 'zh-CN': 'coreos/locksmith：README 与 git 历史', 'en': 'coreos/locksmith: README and git history' },
    url: 'https://github.com/coreos/locksmith',
    primary: true,
  },
  'coreos-updates-page': {
    title: { 'zh-CN': 'coreos.com：系统更新与 CoreUpdate（存档）', 'en': 'coreos.com: updates and CoreUpdate (archived)' },
    url: 'https://web.archive.org/web/2015/https://coreos.com/using-coreos/updates/',
    primary: true,
  },
  'rocket-in-alpha': { title: 'CoreOS blog: rkt Now Available in CoreOS Alpha Channel (2015, archived)', url: 'https://web.archive.org/web/2015/https://coreos.com/blog/rocket-in-alpha.html', primary: true },
  'eweek-stable': { title: 'eWEEK: CoreOS stabilizes cloud container Linux operating system (2014-07)', url: 'https://www.eweek.com/enterprise-apps/coreos-stabilizes-cloud-container-linux-operating-system', primary: false },
  'infoq-stable': {
    title: { 'zh-CN': 'InfoQ：CoreOS 发布首个稳定版（2014-08）', 'en': 'InfoQ: CoreOS ships its first stable release (2014-08)' },
    url: 'https://www.infoq.com/news/2014/08/coreos-first-stable-release',
    primary: false,
  },
  'cloudinit-git': {
    title: { 'zh-CN': 'coreos/coreos-cloudinit：README 与 git 历史', 'en': 'coreos/coreos-cloudinit: README and git history' },
    url: 'https://github.com/coreos/coreos-cloudinit',
    primary: true,
  },
  'ignition-git': {
    title: { 'zh-CN': 'coreos/ignition：版本标签与文档', 'en': 'coreos/ignition: release tags and docs' },
    url: 'https://github.com/coreos/ignition',
    primary: true,
  },

  // Open source
  'etcd-why': {
    title: { 'zh-CN': 'etcd 文档：名字的由来', 'en': 'etcd docs: where the name comes from' },
    url: 'https://github.com/etcd-io/etcd/blob/v3.2.2/Documentation/learning/why.md',
    primary: true,
  },
  'etcd-git': {
    title: { 'zh-CN': 'etcd-io/etcd：git 历史与版本标签', 'en': 'etcd-io/etcd: git history and release tags' },
    url: 'https://github.com/etcd-io/etcd',
    primary: true,
  },
  'k8s-etcd-doc': {
    title: { 'zh-CN': 'Kubernetes 1.0 文档：etcd 是保存状态的地方', 'en': 'Kubernetes 1.0 docs: etcd is where Kubernetes keeps state' },
    url: 'https://github.com/kubernetes/kubernetes/blob/release-1.0/docs/admin/etcd.md',
    primary: true,
  },
  'cncf-landscape': {
    title: { 'zh-CN': 'CNCF landscape.yml：项目成熟度与日期（2026-08）', 'en': 'CNCF landscape.yml: project maturity and dates (2026-08)' },
    url: 'https://github.com/cncf/landscape/blob/master/landscape.yml',
    primary: true,
  },
  'cncf-toc': {
    title: { 'zh-CN': 'cncf/toc：项目提案与 TOC 决定', 'en': 'cncf/toc: project proposals and TOC decisions' },
    url: 'https://github.com/cncf/toc',
    primary: true,
  },
  'fleet-git': {
    title: { 'zh-CN': 'coreos/fleet：README 与 git 历史', 'en': 'coreos/fleet: README and git history' },
    url: 'https://github.com/coreos/fleet',
    primary: true,
  },
  'flannel-git': {
    title: { 'zh-CN': 'flannel-io/flannel：README 与 git 历史', 'en': 'flannel-io/flannel: README and git history' },
    url: 'https://github.com/flannel-io/flannel',
    primary: true,
  },
  'coreos-fleet-kubernetes': { title: 'CoreOS blog: Container orchestration: Moving from fleet to Kubernetes (Josh Wood, 2017-02-07, archived)', url: 'https://web.archive.org/web/2017/https://coreos.com/blog/migrating-from-fleet-to-kubernetes.html', primary: true },
  'linuxtoday-atomic-host': { title: 'Linux Today: Red Hat Docker-Centric Atomic Host Linux Distro Debuts (2015)', url: 'https://www.linuxtoday.com/infrastructure/red-hat-docker-centric-atomic-host-linux-distro-debuts/', primary: false },
  'k8s-journey': {
    title: { 'zh-CN': 'CoreOS 博客：我们和 Kubernetes 社区一路走来（2017-03-17，存档）', 'en': 'CoreOS blog: our journey with the Kubernetes community (2017-03-17, archived)' },
    url: 'https://web.archive.org/web/2017/https://coreos.com/blog/journey-with-the-kubernetes-community.html',
    primary: true,
  },
  'cni-git': {
    title: { 'zh-CN': 'containernetworking/cni：git 历史（2015-04）', 'en': 'containernetworking/cni: git history (2015-04)' },
    url: 'https://github.com/containernetworking/cni',
    primary: true,
  },
  'operators-intro': { title: 'Introducing Operators: Putting Operational Knowledge into Software (CoreOS blog, 2016-11-03; Red Hat copy)', url: 'https://www.redhat.com/en/blog/introducing-operators-putting-operational-knowledge-into-software', primary: true },
  'operators-press': {
    title: { 'zh-CN': 'CoreOS 新闻稿：推出 Operator（2016-11-03，存档）', 'en': 'CoreOS press release: CoreOS introduces Operators (2016-11-03, archived)' },
    url: 'https://web.archive.org/web/2016/https://coreos.com/press/coreos-introduces-operators.html',
    primary: true,
  },
  'operator-framework-2018': { title: 'Introducing the Operator Framework: Building Apps on Kubernetes (2018-05; Red Hat copy)', url: 'https://www.redhat.com/en/blog/introducing-operator-framework-building-apps-kubernetes', primary: true },
  'quay-about': {
    title: { 'zh-CN': 'Quay 的“关于”页面：“CoreOS — August, 2014”', 'en': 'Quay’s About page: “CoreOS — August, 2014”' },
    url: 'https://github.com/quay/quay/blob/9c0dd3b72/static/partials/about.html',
    primary: true,
  },
  'quay-git': {
    title: { 'zh-CN': 'quay/quay：Project Quay，2019-11-12 开源', 'en': 'quay/quay: Project Quay, open-sourced 2019-11-12' },
    url: 'https://github.com/quay/quay',
    primary: true,
  },
  'clair-git': {
    title: { 'zh-CN': 'quay/clair：README 与 git 历史', 'en': 'quay/clair: README and git history' },
    url: 'https://github.com/quay/clair',
    primary: true,
  },
  'dex-git': { title: 'dexidp/dex: “A federated OpenID Connect provider”', url: 'https://github.com/dexidp/dex', primary: true },
  'dex-sandbox': {
    title: { 'zh-CN': 'cncf/toc：Dex 进入沙箱的提案', 'en': 'cncf/toc: the Dex sandbox proposal' },
    url: 'https://github.com/cncf/toc/blob/main/projects/dex/dex-sandbox-proposal.md',
    primary: true,
  },
  'cncf-founding': { title: 'CNCF: New Cloud Native Computing Foundation to drive alignment among container technologies (2015-07-21)', url: 'https://www.cncf.io/announcements/2015/06/21/new-cloud-native-computing-foundation-to-drive-alignment-among-container-technologies/', primary: true },

  // Docker
  'rkt-launch': {
    title: { 'zh-CN': 'CoreOS 博客：发布 Rocket（2014-12-01，存档）', 'en': 'CoreOS blog: the Rocket announcement (2014-12-01, archived)' },
    url: 'https://web.archive.org/web/2014/https://coreos.com/blog/rocket/',
    primary: true,
  },
  'techcrunch-rocket': { title: 'TechCrunch: CoreOS calls Docker fundamentally flawed, launches its own container runtime (2014-12-01)', url: 'https://techcrunch.com/2014/12/01/coreos-calls-docker-fundamentally-flawed-launches-its-own-container-runtime/', primary: false },
  'docker-rocket-reply': { title: 'Docker blog: Initial thoughts on the Rocket announcement (2014-12)', url: 'https://blog.docker.com/2014/12/initial-thoughts-on-the-rocket-announcement/', primary: true },
  'docker-ocp-copy': {
    title: { 'zh-CN': 'Docker 博客关于开放容器项目的文章（转载）：Docker“2013 年 3 月问世”（2015-06）', 'en': 'Docker’s blog post on the Open Container Project (reposted): Docker “launched in March of 2013” (2015-06)' },
    url: 'https://robynleatherman.com/index-830.html',
    primary: false,
  },
  'redmonk-rocket': { title: 'RedMonk: Docker, Rocket, and bulls in a china shop (2014-12-04)', url: 'https://redmonk.com/dberkholz/2014/12/04/docker-rocket-and-bulls-in-a-china-shop/', primary: false },
  'rkt-git': {
    title: { 'zh-CN': 'rkt/rkt：README（“End of project”）与 git 历史', 'en': 'rkt/rkt: README (“End of project”) and git history' },
    url: 'https://github.com/rkt/rkt',
    primary: true,
  },
  'appc-spec': {
    title: { 'zh-CN': 'appc/spec：App Container 规范与停止开发的说明', 'en': 'appc/spec: the App Container spec and its end-of-development note' },
    url: 'https://github.com/appc/spec',
    primary: true,
  },
  'infoq-ocp': {
    title: { 'zh-CN': 'InfoQ：Docker、CoreOS 等成立开放容器项目（2015-06）', 'en': 'InfoQ: Docker, CoreOS and others launch the Open Container Project (2015-06)' },
    url: 'https://www.infoq.com/news/2015/06/open-container-project/',
    primary: false,
  },
  'oci-runtime-spec': {
    title: { 'zh-CN': 'opencontainers/runtime-spec：改名 OCI 与 v1.0.0', 'en': 'opencontainers/runtime-spec: the OCI rename and v1.0.0' },
    url: 'https://github.com/opencontainers/runtime-spec',
    primary: true,
  },
  'oci-tob': {
    title: { 'zh-CN': 'opencontainers/tob：OCI 技术监督委员会名单', 'en': 'opencontainers/tob: the OCI Technical Oversight Board' },
    url: 'https://github.com/opencontainers/tob',
    primary: true,
  },

  // The business
  'lemagit-2014': {
    title: { 'zh-CN': 'LeMagIT：CoreOS 融资 800 万美元并推出 Managed Linux（2014）', 'en': 'LeMagIT: CoreOS raises $8M and launches Managed Linux (2014)' },
    url: 'https://www.lemagit.fr/actualites/2240223886/CoreOS-leve-8M-et-devoile-sa-distribution-linux-pour-le-cloud',
    primary: false,
  },
  'nextplatform-tectonic': { title: 'The Next Platform: Tectonic set to shake up Google-style containers (2015-04-06)', url: 'https://www.nextplatform.com/2015/04/06/tectonic-set-to-shake-up-google-style-containers/', primary: false },
  'cio-2015': { title: 'CIO: CoreOS moves Tectonic plates, Docker may feel earthquakes (2015-04-08)', url: 'https://www.cio.com/article/246649/coreos-moves-tectonic-plates-docker-may-feel-earthquakes.html', primary: false },
  'containerjournal-selfdriving': { title: 'Container Journal: CoreOS unveils self-driving Kubernetes (2016-12-12)', url: 'https://containerjournal.com/2016/12/12/coreos-unveils-self-driving-kubernetes/', primary: false },
  'hostadvice-2017': {
    title: { 'zh-CN': 'HostAdvice：CoreOS 的产品一览——Tectonic、Container Linux、Quay.io、rkt、etcd（2017-07-28）', 'en': 'HostAdvice: CoreOS’s products — Tectonic, Container Linux, Quay.io, rkt, etcd (2017-07-28)' },
    url: 'https://hostadvice.com/blog/coreos-tectonic-container-linux-quay-io-rkt-etcd/',
    primary: false,
  },
  'coreos-fest-2017': { title: 'CoreOS Fest 2017 overview (Medium)', url: 'https://medium.com/@jfvanrooyen/coreos-fest-2017-overview-2bea65faa41c', primary: false },
  'atomic-announce': { title: 'Project Atomic: Announcing Project Atomic (2014-04)', url: 'https://projectatomic.io/blog/2014/04/announcing-project-atomic/', primary: true },
  'eweek-atomic': { title: 'eWEEK: Red Hat unleashes Project Atomic as part of Linux container effort (2014-04-15)', url: 'https://www.eweek.com/cloud/red-hat-unleashes-project-atomic-as-part-of-linux-container-effort', primary: false },
  'infoq-atomic': {
    title: { 'zh-CN': 'InfoQ（法文版）：Red Hat Atomic，对 CoreOS 热潮的回应（2014-08）', 'en': 'InfoQ (French edition): Red Hat Atomic, an answer to CoreOS (2014-08)' },
    url: 'https://www.infoq.com/fr/news/2014/08/redhat-atomic',
    primary: false,
  },

  // The acquisition
  'redhat-press-2018': { title: 'Red Hat: Red Hat to Acquire CoreOS, Expanding its Kubernetes and Containers Leadership (2018-01-30)', url: 'https://www.redhat.com/en/about/press-releases/red-hat-acquire-coreos-expanding-its-kubernetes-and-containers-leadership', primary: true },
  'redhat-faq-2018': {
    title: { 'zh-CN': 'Red Hat 博客：关于收购 CoreOS 的问答（2018-01）', 'en': 'Red Hat blog: FAQ on the CoreOS acquisition (2018-01)' },
    url: 'https://www.redhat.com/en/blog/faq-red-hat-acquire-coreos',
    primary: true,
  },
  'sec-10q': {
    title: { 'zh-CN': 'Red Hat 提交 SEC 的 10-Q 季报：以 2.387 亿美元现金收购 CoreOS', 'en': 'Red Hat 10-Q (SEC): CoreOS acquired for $238.7M in cash' },
    url: 'https://www.sec.gov/Archives/edgar/data/1087423/000108742318000020/R23.htm',
    primary: true,
  },
  'eweek-acquisition': {
    title: { 'zh-CN': 'eWEEK（silicon.co.uk 转载）：Red Hat 收购 CoreOS（2018-01）', 'en': 'eWEEK (silicon.co.uk reprint): Red Hat acquires CoreOS (2018-01)' },
    url: 'https://www.silicon.co.uk/cloud/red-hat-coreos-227785',
    primary: false,
  },
  'containerjournal-deal': { title: 'Container Journal: Red Hat acquires CoreOS to drive Kubernetes adoption (2018-01)', url: 'https://containerjournal.com/topics/container-ecosystems/red-hat-acquires-coreos-to-drive-kubernetes-adoption/', primary: false },
  'containerjournal-reasons': {
    title: { 'zh-CN': 'Container Journal：Red Hat 收购 CoreOS 的四个理由（2018）', 'en': 'Container Journal: four reasons behind the CoreOS acquisition (2018)' },
    url: 'https://containerjournal.com/topics/container-ecosystems/red-hat-acquisition-coreos-4-reasons/',
    primary: false,
  },
  'hostadvice-2018': {
    title: { 'zh-CN': 'HostAdvice：Red Hat 收购 CoreOS（2018）', 'en': 'HostAdvice: Red Hat acquires CoreOS (2018)' },
    url: 'https://hostadvice.com/news/red-hat-acquires-coreos-to-expand-new-kubernetes-linux-container-solutions/',
    primary: false,
  },
  'zdnet-summit': { title: 'ZDNet: Here’s what happens to CoreOS now that Red Hat owns it (2018-05)', url: 'https://www.zdnet.com/article/heres-what-happens-to-coreos-now-that-red-hat-owns-it/', primary: false },
  'coreos-fcos-blog': { title: 'CoreOS blog: Fedora CoreOS, Red Hat CoreOS, and the future of Container Linux (2018, archived)', url: 'https://web.archive.org/web/2019/https://coreos.com/blog/fedora-coreos-red-hat-coreos-and-future-container-linux', primary: true },
  'openshift-os-faq': {
    title: { 'zh-CN': 'openshift/os 常见问题：OpenShift 4 里的 RHEL CoreOS', 'en': 'openshift/os FAQ: RHEL CoreOS in OpenShift 4' },
    url: 'https://github.com/openshift/os/blob/master/docs/faq.md',
    primary: true,
  },

  // Afterwards
  'coreos-eol': {
    title: { 'zh-CN': 'CoreOS：Container Linux 停止维护公告（存档）', 'en': 'CoreOS: the Container Linux end-of-life notice (archived)' },
    url: 'https://web.archive.org/web/2020/https://coreos.com/os/eol/',
    primary: true,
  },
  'cloudstack-4198': {
    title: { 'zh-CN': 'apache/cloudstack#4198：引用停止维护公告原文（2020-07）', 'en': 'apache/cloudstack#4198: the end-of-life notice quoted (2020-07)' },
    url: 'https://github.com/apache/cloudstack/issues/4198',
    primary: false,
  },
  'coreos-init-git': {
    title: { 'zh-CN': 'coreos/init：登录提示的最后两次修改（2020）', 'en': 'coreos/init: the last two changes to the login banner (2020)' },
    url: 'https://github.com/coreos/init',
    primary: true,
  },
  'flatcar-eol': { title: 'Flatcar blog: Flatcar Container Linux enters new era after CoreOS end-of-life announcement (2020-02)', url: 'https://www.flatcar.org/blog/2020/02/flatcar-container-linux-enters-new-era-after-coreos-end-of-life-announcement/', primary: false },
  'legion-737': {
    title: { 'zh-CN': 'StanfordLegion/legion#737：转述 Container Linux 停止维护通知（2020-02）', 'en': 'StanfordLegion/legion#737: the Container Linux EOL notice passed on (2020-02)' },
    url: 'https://github.com/StanfordLegion/legion/issues/737',
    primary: false,
  },
  'typhoon-839': {
    title: { 'zh-CN': 'poseidon/typhoon#839：Container Linux 的 AMI 已被删除（2020-09-25）', 'en': 'poseidon/typhoon#839: the Container Linux AMIs are gone (2020-09-25)' },
    url: 'https://github.com/poseidon/typhoon/issues/839',
    primary: false,
  },
  'register-eol': { title: 'The Register: end of life for CoreOS Container Linux (2020-02-18)', url: 'https://www.theregister.com/2020/02/18/end_of_life_coreos_container_linux/', primary: false },
  'flatcar-announce': { title: 'Flatcar blog: Announcing the Flatcar Linux project (2018-03)', url: 'https://www.flatcar.org/blog/2018/03/announcing-the-flatcar-linux-project/', primary: true },
  'linuxcom-flatcar': { title: 'Linux.com: Flatcar Linux, the CoreOS operating system lives beyond Red Hat (2018-04-30)', url: 'https://www.linux.com/news/flatcar-linux-coreos-operating-system-lives-beyond-red-hat/', primary: false },
  'zdnet-kinvolk': { title: 'ZDNet: Microsoft buys Flatcar Container Linux creator Kinvolk (2021-04-29)', url: 'https://www.zdnet.com/article/microsoft-buys-flatcar-container-linux-creator-kinvolk/', primary: false },
  'fedora-magazine-fcos': { title: 'Fedora Magazine: Introducing Fedora CoreOS (2019-07)', url: 'https://fedoramagazine.org/introducing-fedora-coreos/', primary: true },
} as const satisfies Record<string, Source>

export type SourceId = keyof typeof sources

/** A source's title in one language: a real headline as it is, a description in that language. */
export function titleOf(source: Source, locale: Locale): string {
  return typeof source.title === 'string'
    ? source.title
    : source.title[locale]
}
