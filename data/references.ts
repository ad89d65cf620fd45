import type { Source, SourceId } from './sources'
import type { ChapterId } from './types'
import { claims } from './claims'
import { etcd2014, kroahHartman, marineauTags } from './commits'
import { acquisition, adviser, customers, founders, successors } from './company'
import { channels } from './container-linux'
import { corrections } from './corrections'
import { fundingRounds } from './funding'
import { coreosChain, redhatChain } from './products'
import { projects } from './projects'
import { sources } from './sources'
import { timeline } from './timeline'
import { chapterIds } from './types'

/** Every fact in the data, as the chapter that tells it and the sources behind it. */
export function citations(): { chapter: ChapterId, sources: SourceId[] }[] {
  return [
    ...timeline,
    ...claims,
    ...founders.map(person => ({ chapter: 'founding' as const, sources: person.sources })),
    { chapter: 'founding', sources: adviser.sources },
    { chapter: 'founding', sources: kroahHartman.sources },
    { chapter: 'founding', sources: marineauTags.sources },
    { chapter: 'container-linux', sources: channels.sources },
    ...projects.map(project => ({ chapter: 'open-source' as const, sources: project.sources })),
    { chapter: 'open-source', sources: etcd2014.sources },
    ...[
      ...coreosChain,
      ...redhatChain,
    ].map(step => ({ chapter: 'business' as const, sources: step.sources })),
    ...fundingRounds.map(round => ({ chapter: 'business' as const, sources: round.sources })),
    { chapter: 'business', sources: customers.sources },
    { chapter: 'acquisition', sources: acquisition.sources },
    ...successors.map(successor => ({ chapter: 'afterwards' as const, sources: successor.sources })),
    ...corrections.map(correction => ({ chapter: 'appendix' as const, sources: correction.sources })),
  ]
}

export interface Reference extends Source {
  id: SourceId
}

/** Each cited source once, under the first chapter (in talk order) that cites it. */
export function referencesByChapter(): Map<ChapterId, Reference[]> {
  const byChapter = new Map<ChapterId, Reference[]>(chapterIds.map(id => [id, []]))
  const seen = new Set<SourceId>()
  const all = citations()
  for (const chapter of chapterIds) {
    for (const citation of all.filter(c => c.chapter === chapter)) {
      for (const id of citation.sources) {
        if (seen.has(id))
          continue
        seen.add(id)
        byChapter.get(chapter)!.push({ id, ...sources[id] })
      }
    }
  }
  return byChapter
}
