import type { SourceId } from './sources'
import type { IsoDate } from './types'

/** Counts read off public git histories; each says how it was counted, so anyone can run it again. */
export interface CommitCount {
  name: string
  commits: number
}

/** etcd commits by author date in 2014, merges included (`git log --format='%ad|%an' --date=format:%Y`). */
export const etcd2014 = {
  year: 2014,
  authors: [
    { name: 'Xiang Li', commits: 869 },
    { name: 'Yicheng Qin', commits: 692 },
    { name: 'Jonathan Boulle', commits: 314 },
    { name: 'Brandon Philips', commits: 292 },
    { name: 'Brian Waldon', commits: 239 },
  ] satisfies CommitCount[],
  sources: ['etcd-git'] satisfies SourceId[],
}

/** Greg Kroah-Hartman's commits to coreos/coreos-overlay, the OS's package tree. */
export const kroahHartman = {
  commits: 209,
  /** Of which not merges. */
  nonMerge: 135,
  first: '2013-05-08' satisfies IsoDate,
  last: '2014-12-02' satisfies IsoDate,
  sources: ['coreos-overlay-git'] satisfies SourceId[],
}

/** Annotated release tags in coreos/manifest, and how many Michael Marineau made (the tagger is recorded; lightweight tags are not counted). */
export const marineauTags = {
  years: [
    { year: 2013, byHim: 60, all: 63 },
    { year: 2014, byHim: 160, all: 188 },
  ],
  sources: ['coreos-manifest'] satisfies SourceId[],
}
