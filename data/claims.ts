import type { SourceId } from './sources'
import type { ChapterId } from './types'

/**
 * Statements the slides make in prose, beyond what the other data modules hold.
 * Listing them here puts their sources on the references slides.
 */
export interface Claim {
  chapter: ChapterId
  about: string
  sources: SourceId[]
}

export const claims: Claim[] = [
  {
    chapter: 'opening',
    about: 'coreos.com now redirects to Red Hat',
    sources: ['api-evangelist', 'tectonic-forum-317'],
  },
  {
    chapter: 'opening',
    about: 'the old site survives in the Internet Archive',
    sources: ['archive-coreos'],
  },
  {
    chapter: 'founding',
    about: 'no package manager: applications run in containers',
    sources: ['wikimili-container-linux'],
  },
  {
    chapter: 'founding',
    about: 'servers updated like browsers, narrowing the window for vulnerabilities',
    sources: ['wired-2013'],
  },
  {
    chapter: 'founding',
    about: 'built with the Chromium OS SDK (Gentoo-based), not a fork of Chromium OS',
    sources: ['nextplatform-os', 'wikimili-container-linux'],
  },
  {
    chapter: 'founding',
    about: 'CoreOS names both the company and the product',
    sources: ['cio-2015'],
  },
  {
    chapter: 'founding',
    about: 'CoreOS Linux and etcd launched in the summer of 2013',
    sources: ['philips-thread'],
  },
  {
    chapter: 'open-source',
    about: 'etcd: first commit by Xiang Li; Brandon Philips second by commits up to v0.1.0',
    sources: ['etcd-git'],
  },
  {
    chapter: 'open-source',
    about: 'CoreOS called itself one of the more influential Kubernetes contributors',
    sources: ['k8s-journey'],
  },
  {
    chapter: 'open-source',
    about: 'Quay launched 2013-10 at a Docker NYC meetup, founded by Jake Moshenko and Joseph Schorr',
    sources: ['quay-about'],
  },
  {
    chapter: 'open-source',
    about: 'Operators announced with the etcd and Prometheus Operators',
    sources: ['register-operators'],
  },
  {
    chapter: 'business',
    about: 'Tectonic free up to 10 nodes; Quay hosted and enterprise',
    sources: ['hostadvice-2017'],
  },
  {
    chapter: 'business',
    about: 'Project Atomic seen as Red Hat’s answer to CoreOS',
    sources: ['infoq-atomic'],
  },
  {
    chapter: 'business',
    about: 'OpenShift and Tectonic competed directly',
    sources: ['eweek-acquisition', 'containerjournal-deal'],
  },
  {
    chapter: 'acquisition',
    about: 'announced and completed the same day; CoreOS had raised $48M',
    sources: ['sec-10q', 'eweek-acquisition'],
  },
  {
    chapter: 'acquisition',
    about: 'Container Linux + Atomic became Fedora CoreOS and RHEL CoreOS; Tectonic went into OpenShift 4',
    sources: ['zdnet-summit', 'coreos-fcos-blog', 'openshift-os-faq'],
  },
  {
    chapter: 'acquisition',
    about: 'Quay.io became Red Hat Quay, open-sourced as Project Quay',
    sources: ['quay-git'],
  },
  {
    chapter: 'afterwards',
    about: 'after 2020-09-01 downloads removed, CoreUpdate shut down, cloud images deleted',
    sources: ['flatcar-eol', 'typhoon-839'],
  },
]
