import type { SourceId } from './sources'
import type { ChapterId } from './types'

/**
 * Statements the slides and notes make in prose, beyond what the other data modules hold.
 * Listing them here puts their sources on the references slides.
 */
export interface Claim {
  chapter: ChapterId
  about: string
  sources: SourceId[]
}

export const claims: Claim[] = [
  // Opening
  {
    chapter: 'opening',
    about: 'coreos.com leads to Red Hat (a 2026 profile); account.coreos.com did by 2019; the CoreOS pages were on Red Hat’s site by 2021',
    sources: ['api-evangelist', 'tectonic-forum-317', 'netmaker-542'],
  },
  {
    chapter: 'opening',
    about: 'the 2017 home page survives in the Internet Archive; the sketch follows its snapshot',
    sources: ['archive-coreos'],
  },
  // The garage
  {
    chapter: 'founding',
    about: 'the three met at the OSU Linux Users Group and worked at the OSU Open Source Lab',
    sources: ['newstack-philips', 'terra-2006'],
  },
  {
    chapter: 'founding',
    about: 'Polvi: he and Philips were the first two students hired at the Open Source Lab',
    sources: ['newstack-polvi'],
  },
  {
    chapter: 'founding',
    about: 'Polvi ran Mozilla’s servers at the Open Source Lab',
    sources: ['terra-2006'],
  },
  {
    chapter: 'founding',
    about: 'Polvi’s words in Wired: “Google’s infrastructure for everyone else”; by 2016 GIFEE was how CoreOS pitched Kubernetes (who first used the acronym is not known)',
    sources: ['wired-2013', 'k8s-blog-coreosfest-2016'],
  },
  {
    chapter: 'founding',
    about: 'the Open Source Lab hosted Apache, Mozilla and the Linux kernel',
    sources: ['heavybit-polvi'],
  },
  {
    chapter: 'founding',
    about: 'in 2013 few people were using containers to deploy applications',
    sources: ['itpro-2018'],
  },
  // Container Linux
  {
    chapter: 'container-linux',
    about: 'no package manager: applications run in containers',
    sources: ['wikipedia-container-linux', 'ctlio-interview'],
  },
  {
    chapter: 'container-linux',
    about: 'servers as easy to update as browsers, narrowing the window for vulnerabilities',
    sources: ['wired-2013'],
  },
  {
    chapter: 'container-linux',
    about: 'two /usr partitions, active and passive; the update goes to the passive one and the machine reboots into it',
    sources: ['coreos-docs', 'coreos-updates-page'],
  },
  {
    chapter: 'container-linux',
    about: 'update_engine is the Chromium OS updater, its history starting with Google’s 2009 commits, and speaks the Omaha protocol',
    sources: ['update-engine-git', 'coreos-docs'],
  },
  {
    chapter: 'container-linux',
    about: 'locksmith takes a reboot lock in etcd so that only a few machines reboot at a time',
    sources: ['locksmith-git'],
  },
  {
    chapter: 'container-linux',
    about: 'CoreUpdate: a paid dashboard for custom channels and rollout speed',
    sources: ['coreos-updates-page', 'coreos-docs'],
  },
  {
    chapter: 'container-linux',
    about: 'from 2015 Ignition configures a new machine, once, on its first boot',
    sources: ['coreos-docs', 'ignition-git'],
  },
  {
    chapter: 'container-linux',
    about: 'FastPatch: the whole OS updates as one unit; update I/O limited with cgroups',
    sources: ['coreos-updates-page', 'infoq-stable'],
  },
  {
    chapter: 'container-linux',
    about: 'bit-for-bit promotion from channel to channel',
    sources: ['coreos-docs', 'eweek-stable', 'infoq-stable'],
  },
  {
    chapter: 'container-linux',
    about: 'locksmith’s code starts in 2014',
    sources: ['locksmith-git'],
  },
  // Open source
  {
    chapter: 'open-source',
    about: 'etcd: first commit by Xiang Li; Xiang Li and Yicheng Qin first and second by commits in 2014',
    sources: ['etcd-git'],
  },
  {
    chapter: 'open-source',
    about: 'CoreOS announced fleet’s removal on 2017-02-07: Kubernetes the best tool “for numerous technical and market reasons”',
    sources: ['coreos-fleet-kubernetes'],
  },
  {
    chapter: 'open-source',
    about: 'Operators announced with the etcd and Prometheus Operators',
    sources: ['operators-press', 'operators-intro'],
  },
  {
    chapter: 'open-source',
    about: 'CNI by Jonathan Boulle and Eugene Yakubovich; used by Kubernetes, Mesos and Cloud Foundry when proposed to the CNCF',
    sources: ['cni-git', 'cncf-toc'],
  },
  // Docker
  {
    chapter: 'docker',
    about: 'Polvi’s critique of Docker’s central daemon and of a platform that is no longer a simple building block',
    sources: ['rkt-launch', 'techcrunch-rocket'],
  },
  {
    chapter: 'docker',
    about: 'Ben Golub’s reply within two hours: different views of how open source projects should develop; “questionable rhetoric and timing”',
    sources: ['docker-rocket-reply', 'redmonk-rocket'],
  },
  {
    chapter: 'docker',
    about: 'RedMonk on Docker’s reply: rushed, with defensiveness and aggression; “bulls in a china shop”',
    sources: ['redmonk-rocket'],
  },
  {
    chapter: 'docker',
    about: 'Docker donated runC to the Open Container Project; Hykes thanked Polvi and Philips for joining; appc’s core concepts to form an important part of it',
    sources: ['infoq-ocp'],
  },
  {
    chapter: 'docker',
    about: 'Rocket was renamed rkt',
    sources: ['coreos-overlay-git', 'rkt-git'],
  },
  {
    chapter: 'docker',
    about: 'Docker launched in March 2013',
    sources: ['docker-ocp-copy'],
  },
  {
    chapter: 'docker',
    about: 'Rocket was announced days before DockerCon Europe',
    sources: ['techcrunch-rocket', 'redmonk-rocket'],
  },
  // The business
  {
    chapter: 'business',
    about: 'Managed Linux with paid support (2014); Quay hosted and enterprise; Tectonic enterprise Kubernetes',
    sources: ['lemagit-2014', 'hostadvice-2017'],
  },
  {
    chapter: 'business',
    about: 'Quay joined CoreOS in August 2014',
    sources: ['quay-about'],
  },
  {
    chapter: 'business',
    about: '“self-driving” Tectonic updates itself like Container Linux; free up to 10 nodes, announced at Tectonic Summit, New York, December 2016',
    sources: ['containerjournal-selfdriving'],
  },
  {
    chapter: 'business',
    about: 'Project Atomic, built for containers, before CoreOS’s first Stable release; OpenShift and Tectonic competed directly; Red Hat a public company',
    sources: ['infoq-atomic', 'eweek-acquisition', 'sec-10q'],
  },
  {
    chapter: 'business',
    about: 'Quay built by Jake Moshenko and Joseph Schorr',
    sources: ['quay-about'],
  },
  // The acquisition
  {
    chapter: 'acquisition',
    about: 'Red Hat’s FAQ: CoreOS to extend its leadership and influence in the Kubernetes upstream community',
    sources: ['redhat-faq-2018', 'eweek-acquisition'],
  },
  {
    chapter: 'acquisition',
    about: 'Brian Gracely: Kubernetes talent is very hard to find',
    sources: ['containerjournal-reasons'],
  },
  {
    chapter: 'acquisition',
    about: 'Container Linux + Atomic became Fedora CoreOS and RHEL CoreOS; Tectonic went into OpenShift 4; Quay became Red Hat Quay',
    sources: [
      'zdnet-summit',
      'coreos-fcos-blog',
      'openshift-os-faq',
      'quay-git',
    ],
  },
  {
    chapter: 'acquisition',
    about: 'Joe Fernandes: CoreOS’s commitment to Linux, Kubernetes and containers mirrored Red Hat’s own',
    sources: ['hostadvice-2018'],
  },
  {
    chapter: 'acquisition',
    about: 'Red Hat Summit, May 2018: Container Linux and Atomic Host into Red Hat CoreOS, Tectonic into OpenShift, Quay into Red Hat’s portfolio, rkt left to the community',
    sources: ['zdnet-summit'],
  },
  {
    chapter: 'acquisition',
    about: 'on the day, Polvi said the two would combine their open source contributions, rkt included; no CoreOS statement found gives a reason for the sale',
    sources: ['containerjournal-deal'],
  },
  // Afterwards
  {
    chapter: 'afterwards',
    about: 'the last builds print “no longer maintained or updated” at every login, added 2020-05-19 to the last three releases',
    sources: ['coreos-init-git', 'coreos-manifest'],
  },
  {
    chapter: 'afterwards',
    about: 'after 2020-09-01 downloads removed, CoreUpdate shut down, cloud images deleted',
    sources: ['flatcar-eol', 'cloudstack-4198', 'typhoon-839'],
  },
]
