/**
 * Every source the deck relies on. Facts point here by id, so the references
 * slide is generated from what the facts actually cite.
 * `primary`: a project's own git history or files, a CNCF file, an SEC filing, a company page.
 */
export interface Source {
  title: string
  url: string
  primary: boolean
}

export const sources = {
  'wired-2013': { title: 'Wired: Linux Hackers Rebuild Internet From Silicon Valley Garage (2013-08-21)', url: 'https://www.wired.com/2013/08/coreos-the-new-linux/', primary: false },
  'newstack-philips': { title: 'The New Stack: Brandon Philips, the man behind CoreOS (2017-06-30)', url: 'https://thenewstack.io/brandon-philips-man-behind-coreos/', primary: false },
  'github-philips': { title: 'GitHub profile of Brandon Philips', url: 'https://github.com/philips', primary: true },
  'ifup-portfolio': { title: 'ifup.org: Brandon Philips, portfolio', url: 'https://ifup.org/portfolio', primary: true },
  'wired-notes': { title: 'Notes on the Wired article: people and advisers (2013)', url: 'https://note-to-self.baker.com/tags/cloudkick/', primary: false },
  'kampuspedia-de': { title: 'Kampuspedia (German Wikipedia mirror): Core OS', url: 'https://kampuspedia.com/de/Core_OS', primary: false },
  'wikimili-container-linux': { title: 'WikiMili (Wikipedia mirror): Container Linux', url: 'https://wikimili.com/en/Container_Linux', primary: false },
  'nextplatform-os': { title: 'The Next Platform: CoreOS hyperscales Linux by making it invisible (2015-02-25)', url: 'https://www.nextplatform.com/2015/02/25/coreos-hyperscales-linux-by-making-it-invisible/', primary: false },
  'nextplatform-tectonic': { title: 'The Next Platform: Tectonic set to shake up Google-style containers (2015-04-06)', url: 'https://www.nextplatform.com/2015/04/06/tectonic-set-to-shake-up-google-style-containers/', primary: false },
  'eweek-acquisition': { title: 'eWEEK (silicon.co.uk): Red Hat acquires CoreOS (2018-01)', url: 'https://www.silicon.co.uk/cloud/red-hat-coreos-227785', primary: false },
  'archive-coreos': { title: 'Internet Archive: coreos.com (2017-09-20)', url: 'https://web.archive.org/web/20170920080743/https://coreos.com/', primary: true },
  'api-evangelist': { title: 'API Evangelist profile of CoreOS: coreos.com redirects to Red Hat', url: 'https://github.com/api-evangelist/coreos/blob/main/apis.yml', primary: false },
  'tectonic-forum-317': { title: 'coreos/tectonic-forum#317: account.coreos.com redirects to Red Hat (2019)', url: 'https://github.com/coreos/tectonic-forum/issues/317', primary: false },
  'flatcar-eol': { title: 'Flatcar blog: a new era after the CoreOS end-of-life announcement (2020-02)', url: 'https://www.flatcar.org/blog/2020/02/flatcar-container-linux-enters-new-era-after-coreos-end-of-life-announcement/', primary: false },
  'legion-737': { title: 'StanfordLegion/legion#737: Container Linux EOL notice (2020-02)', url: 'https://github.com/StanfordLegion/legion/issues/737', primary: false },
  'typhoon-839': { title: 'poseidon/typhoon#839: Container Linux AMIs deleted (2020-09-25)', url: 'https://github.com/poseidon/typhoon/issues/839', primary: false },
  'coreos-manifest': { title: 'coreos/manifest: release tags of CoreOS / Container Linux', url: 'https://github.com/coreos/manifest', primary: true },
  'register-eol': { title: 'The Register: end of life for CoreOS Container Linux (2020-02-18)', url: 'https://www.theregister.com/2020/02/18/end_of_life_coreos_container_linux/', primary: false },
  'etcd-why': { title: 'etcd docs: Why etcd (the name)', url: 'https://github.com/etcd-io/etcd/blob/v3.2.2/Documentation/learning/why.md', primary: true },
  'etcd-git': { title: 'etcd-io/etcd: git history and release tags', url: 'https://github.com/etcd-io/etcd', primary: true },
  'k8s-etcd-doc': { title: 'Kubernetes 1.0 docs: etcd, the only place Kubernetes keeps state', url: 'https://github.com/kubernetes/kubernetes/blob/release-1.0/docs/admin/etcd.md', primary: true },
  'cncf-landscape': { title: 'CNCF landscape.yml: project maturity and dates (2026-08)', url: 'https://github.com/cncf/landscape/blob/master/landscape.yml', primary: true },
  'cncf-toc': { title: 'cncf/toc: project proposals and TOC decisions', url: 'https://github.com/cncf/toc', primary: true },
  'fleet-git': { title: 'coreos/fleet: README and git history', url: 'https://github.com/coreos/fleet', primary: true },
  'flannel-git': { title: 'flannel-io/flannel: README and git history', url: 'https://github.com/flannel-io/flannel', primary: true },
  'k8s-journey': { title: 'CoreOS blog: our journey with the Kubernetes community (2017-03-17)', url: 'https://web.archive.org/web/2017/https://coreos.com/blog/journey-with-the-kubernetes-community.html', primary: true },
  'quay-about': { title: 'Quay About page: "CoreOS — August, 2014"', url: 'https://github.com/quay/quay/blob/9c0dd3b72/static/partials/about.html', primary: true },
  'quay-git': { title: 'quay/quay: Project Quay, open-sourced 2019-11-12', url: 'https://github.com/quay/quay', primary: true },
  'clair-git': { title: 'quay/clair: README and git history', url: 'https://github.com/quay/clair', primary: true },
  'register-operators': { title: 'The Register: CoreOS introduces Operators (2016-11-03)', url: 'https://www.theregister.co.uk/2016/11/03/hello_operator_automate_my_kubernetes/', primary: false },
  'operator-framework-2018': { title: 'CoreOS blog (repost): introducing the Operator Framework (2018-05)', url: 'https://aaaminds.com/20180503/coreos-introduces-the-operator-framework-building-apps-on-kubernetes/', primary: false },
  'rkt-git': { title: 'rkt/rkt: README ("End of project") and git history', url: 'https://github.com/rkt/rkt', primary: true },
  'rkt-launch': { title: 'Converge Digest: CoreOS launches Rocket as a Docker alternative (2014-12-01)', url: 'https://convergedigest.blogspot.com/2014/12/coreos-launches-rocket-container-as.html', primary: false },
  'cni-git': { title: 'containernetworking/cni: git history (2015-04)', url: 'https://github.com/containernetworking/cni', primary: true },
  'dex-git': { title: 'dexidp/dex: "A federated OpenID Connect provider"', url: 'https://github.com/dexidp/dex', primary: true },
  'dex-sandbox': { title: 'cncf/toc: Dex sandbox proposal', url: 'https://github.com/cncf/toc/blob/main/projects/dex/dex-sandbox-proposal.md', primary: true },
  'cncf-founding': { title: 'CNCF announcement: founding organizations (2015-07-21)', url: 'https://www.cncf.io/announcements/2015/06/21/new-cloud-native-computing-foundation-to-drive-alignment-among-container-technologies/', primary: true },
  'lemagit-2014': { title: 'LeMagIT: CoreOS raises $8M, launches Managed Linux (2014)', url: 'https://www.lemagit.fr/actualites/2240223886/', primary: false },
  'cio-2015': { title: 'CIO: CoreOS gets $12M from Google Ventures, announces Tectonic (2015-04-08)', url: 'https://www.cio.com/article/246649/', primary: false },
  'hostadvice-2017': { title: 'HostAdvice: CoreOS, Tectonic, Container Linux, Quay.io, rkt, etcd (2017-07-28)', url: 'https://hostadvice.com/blog/coreos-tectonic-container-linux-quay-io-rkt-etcd/', primary: false },
  'hostadvice-2018': { title: 'HostAdvice: Red Hat acquires CoreOS (2018)', url: 'https://hostadvice.com/news/red-hat-acquires-coreos-to-expand-new-kubernetes-linux-container-solutions/', primary: false },
  'coreos-fest-2017': { title: 'CoreOS Fest 2017 overview: customer panel (Medium)', url: 'https://medium.com/@jfvanrooyen/coreos-fest-2017-overview', primary: false },
  'atomic-announce': { title: 'Project Atomic: announcing Project Atomic (2014-04)', url: 'https://projectatomic.io/blog/2014/04/announcing-project-atomic/', primary: true },
  'eweek-atomic': { title: 'eWEEK: Red Hat unleashes Project Atomic (2014-04-15)', url: 'https://www.eweek.com/cloud/red-hat-unleashes-project-atomic-as-part-of-linux-container-effort', primary: false },
  'infoq-atomic': { title: 'InfoQ: Red Hat Atomic, an answer to CoreOS (2014-08)', url: 'https://www.infoq.com/fr/news/2014/08/redhat-atomic', primary: false },
  'containerjournal-deal': { title: 'Container Journal: Red Hat acquires CoreOS for $250M (2018-01)', url: 'https://containerjournal.com/topics/container-ecosystems/red-hat-acquires-coreos-to-drive-kubernetes-adoption/', primary: false },
  'containerjournal-reasons': { title: 'Container Journal: four reasons behind the CoreOS acquisition (2018)', url: 'https://containerjournal.com/topics/container-ecosystems/red-hat-acquisition-coreos-4-reasons/', primary: false },
  'sec-10q': { title: 'Red Hat 10-Q (SEC): CoreOS acquired for $238.7M in cash', url: 'https://www.sec.gov/Archives/edgar/data/1087423/000108742318000020/R23.htm', primary: true },
  'zdnet-summit': { title: 'ZDNet: what happens to CoreOS now that Red Hat owns it (2018-05)', url: 'https://www.zdnet.com/article/heres-what-happens-to-coreos-now-that-red-hat-owns-it/', primary: false },
  'coreos-fcos-blog': { title: 'CoreOS blog: Fedora CoreOS, Red Hat CoreOS and the future of Container Linux', url: 'https://web.archive.org/web/2019/https://coreos.com/blog/fedora-coreos-red-hat-coreos-and-future-container-linux', primary: true },
  'openshift-os-faq': { title: 'openshift/os FAQ: RHEL CoreOS in OpenShift 4', url: 'https://github.com/openshift/os/blob/master/docs/faq.md', primary: true },
  'flatcar-announce': { title: 'Flatcar blog: announcing the Flatcar Linux project (2018-03)', url: 'https://www.flatcar.org/blog/2018/03/announcing-the-flatcar-linux-project/', primary: true },
  'linuxcom-flatcar': { title: 'Linux.com: Flatcar Linux released publicly (2018-04-30)', url: 'https://www.linux.com/news/flatcar-linux-coreos-operating-system-lives-beyond-red-hat/', primary: false },
  'zdnet-kinvolk': { title: 'ZDNet: Microsoft buys Flatcar creator Kinvolk (2021-04-29)', url: 'https://www.zdnet.com/article/microsoft-buys-flatcar-container-linux-creator-kinvolk/', primary: false },
  'fedora-magazine-fcos': { title: 'Fedora Magazine: introducing Fedora CoreOS (2019-07)', url: 'https://fedoramagazine.org/introducing-fedora-coreos/', primary: true },
  'steering-56': { title: 'kubernetes/steering#56: Brandon Philips moves from CoreOS to Red Hat (2018-07)', url: 'https://github.com/kubernetes/steering/pull/56', primary: true },
  'philips-thread': { title: 'Brandon Philips: "Starting 7 years ago…" thread (2020-04)', url: 'https://twtext.com/article/1253375516180017153', primary: true },
} as const satisfies Record<string, Source>

export type SourceId = keyof typeof sources
