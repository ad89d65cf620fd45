import type { CncfStatus, Text } from '../../data/types'
import { describe, expect, it } from 'vitest'
import { chapters } from '../../data/chapters'
import { claims } from '../../data/claims'
import { etcd2014, kroahHartman, marineauTags } from '../../data/commits'
import { acquisition, adviser, customers, founders, successors } from '../../data/company'
import { channels } from '../../data/container-linux'
import { corrections } from '../../data/corrections'
import { fundingRounds, totalRaisedMusd } from '../../data/funding'
import { formatMusd } from '../../data/money'
import { projects } from '../../data/projects'
import { citations } from '../../data/references'
import { sources } from '../../data/sources'
import { timeline } from '../../data/timeline'
import { chapterIds, locales } from '../../data/types'
import { loadDeck } from '../../packages/talk-site/node/deck'
import { han } from '../../packages/talk-site/text'
import { deckFiles, editionList, expectNone, lineOf, readProjectFile, shownData, slideAt, stringsIn, textsIn } from './support'

/** One fact of the data, flattened so every check below can name it. */
interface Fact {
  name: string
  dates: string[]
  texts: Record<string, Text>
  sources: readonly string[]
}

const facts: Fact[] = [
  ...timeline.map(m => ({
    name: `timeline ${m.date} “${m.label['zh-CN']}”`,
    dates: [m.date],
    texts: { label: m.label },
    sources: m.sources,
  })),
  ...projects.map(p => ({
    name: `project ${p.id}`,
    dates: [
      p.started.date,
      ...(p.cncf.since
        ? [p.cncf.since]
        : []),
    ],
    texts: { what: p.what, today: p.today },
    sources: p.sources,
  })),
  ...fundingRounds.map(r => ({
    name: `funding round ${r.date} ($${r.amountMusd}M)`,
    dates: [r.date],
    texts: { note: r.note },
    sources: r.sources,
  })),
  ...successors.map(s => ({
    name: `successor ${s.name}`,
    dates: [],
    texts: { by: s.by, story: s.story },
    sources: s.sources,
  })),
  ...[...founders, adviser].map(p => ({
    name: `person ${p.name}`,
    dates: [],
    texts: { role: p.role, background: p.background },
    sources: p.sources,
  })),
  ...claims.map(c => ({
    name: `claim “${c.about}”`,
    dates: [],
    texts: {},
    sources: c.sources,
  })),
  {
    name: 'acquisition',
    dates: [acquisition.date],
    texts: {},
    sources: acquisition.sources,
  },
  {
    name: 'customers',
    dates: [],
    texts: {},
    sources: customers.sources,
  },
  {
    name: 'release channels',
    dates: [channels.cadenceAsOf, channels.firstStable.date],
    texts: Object.fromEntries(channels.list.flatMap(c => [
      [`${c.name} cadence`, c.cadence],
      [`${c.name} role`, c.role],
    ])),
    sources: channels.sources,
  },
  {
    name: 'etcd commits in 2014',
    dates: [],
    texts: {},
    sources: etcd2014.sources,
  },
  {
    name: 'Kroah-Hartman’s commits',
    dates: [kroahHartman.first, kroahHartman.last],
    texts: {},
    sources: kroahHartman.sources,
  },
  {
    name: 'Marineau’s release tags',
    dates: [],
    texts: {},
    sources: marineauTags.sources,
  },
  ...corrections.map(c => ({
    name: `correction ${c.id}`,
    dates: [],
    texts: { claim: c.claim, sourcesSay: c.sourcesSay },
    sources: c.sources,
  })),
]

const isoDate = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/

/** True for `2013`, `2014-08`, `2013-06-06` when that month and day exist. */
function isCalendarDate(date: string): boolean {
  if (!isoDate.test(date))
    return false
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number)
  if (month < 1 || month > 12)
    return false
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return day >= 1 && day <= daysInMonth
}

const knownStatuses: CncfStatus[] = [
  'graduated',
  'incubating',
  'sandbox',
  'archived',
  'none',
]

const rejectedWordings = [
  '2015 年收购 Quay',
  'CNI – CNCF 毕业',
  'CNI 毕业',
  '两位核心作者都是中国人',
  '第二大贡献者',
  '合并进 Red Hat Enterprise Linux',
  '2000+',
  '2000 多家',
  '第四大',
  '三轮融资（种子轮',
  'A16Z',
  'Andreessen',
  'fork 了 Chromium OS',
  'Go 实现库',
  'etcd 1.0',
  'Accel 投资',
  '2.5 亿美元现金',
  '全面下线',
  '工作了 4 年',
  'acquired Quay in 2015',
  'CNI graduated',
  'second-largest contributor',
  'second largest contributor',
  'merged into Red Hat Enterprise Linux',
  'more than 2,000',
  '2,000+',
  'fork of Chromium OS',
  'forked Chromium OS',
  '$250M in cash',
  '$250 million in cash',
  // Wordings the first review of the talk found stronger than the sources.
  'exactly five years',
  '正好五年',
  'only place left',
  '只能去互联网档案馆',
  'from scratch',
  '从零发行',
  'no public source',
  '没有公开来源',
  'fewer patches',
  '少打补丁',
  'all of its state',
  '全部状态',
  'in every cluster',
  '每个集群里',
  'BMW',
  'Wired visited',
  '来采访了',
  'unpatched for years',
  '常年不打补丁',
  // Section D of the second fact sheet.
  'Hykes called',
  'Hykes 称',
  'founded as the Open Container Initiative',
  'Open Container Initiative was founded',
  'dropped Docker',
  '放弃了 Docker',
  'Ignition arrived in 2016',
  'replaced cloud-config in 2015',
  'rkt was started in January 2014',
  'rkt started in January 2014',
  'Polvi, CTO',
  'CTO Alex Polvi',
  'CTO Polvi',
  'Polvi 任 CTO',
  'always free up to 10 nodes',
  '一直免费',
  'coined by',
  'Kelsey Hightower',
  'Cloudkick was founded in 2009',
  'December 2010',
  'cornerstone of hybrid cloud',
  '混合云的基石',
  'CoreOS Fest 2015 in San Francisco',
]

describe('the date checker itself', () => {
  it('accepts the three precisions and rejects impossible dates', () => {
    expect([
      '2013',
      '2014-08',
      '2013-06-06',
      '2020-02-29',
    ].filter(isCalendarDate)).toHaveLength(4)
    expect([
      '2013-13',
      '2013-02-30',
      '2019-02-29',
      '2013-6-6',
      '13-06-06',
      '2013/06/06',
      '',
    ].filter(isCalendarDate)).toEqual([])
  })
})

describe('every fact', () => {
  it.each(facts.map(fact => [fact.name, fact] as const))('%s has ISO 8601 calendar dates', (name, fact) => {
    for (const date of fact.dates)
      expect(isCalendarDate(date), `${name}: “${date}” is not a real YYYY, YYYY-MM or YYYY-MM-DD date`).toBe(true)
  })

  it.each(facts.map(fact => [fact.name, fact] as const))('%s has text in every locale', (name, fact) => {
    for (const [field, text] of Object.entries(fact.texts)) {
      for (const locale of locales)
        expect(text[locale]?.trim() ?? '', `${name}: ${field}.${locale} is empty`).not.toBe('')
    }
  })

  it.each(facts.map(fact => [fact.name, fact] as const))('%s cites https sources that exist', (name, fact) => {
    expect(fact.sources.length, `${name} cites no source`).toBeGreaterThan(0)
    for (const id of fact.sources) {
      const source = (sources as Record<string, { url: string } | undefined>)[id]
      expect(source, `${name} cites “${id}”, which is not in data/sources.ts`).toBeDefined()
      expect(new URL(source!.url).protocol, `${name}: source “${id}” is not an https:// URL: ${source!.url}`).toBe('https:')
    }
  })
})

describe('text shown on slides', () => {
  const texts = Object.entries(shownData).flatMap(([name, value]) => textsIn(value, name))

  it('finds the Text fields to check', () => {
    expect(texts.length).toBeGreaterThan(100)
  })

  it('every Text field has a non-empty string for every locale', () => {
    const empty = texts.flatMap(({ path, text }) =>
      locales.filter(locale => typeof text[locale] !== 'string' || (text[locale] as string).trim() === '')
        .map(locale => `${path}.${locale}`),
    )
    expectNone(empty, 'Text fields without text')
  })

  it('every story chapter asks its question in every language; the opening, the closing and the appendix have no divider', () => {
    expect(chapters.map(c => c.id)).toEqual([...chapterIds])
    for (const chapter of chapters) {
      const story = !['opening', 'closing', 'appendix'].includes(chapter.id)
      expect(chapter.question !== undefined, `chapter ${chapter.id}: question`).toBe(story)
    }
  })
})

describe('sources', () => {
  it.each(Object.entries(sources))('source %s has a title and an https URL', (id, source) => {
    const titles = typeof source.title === 'string'
      ? [source.title]
      : locales.map(locale => (source.title as Record<string, string>)[locale]!)
    for (const title of titles)
      expect(title.trim(), `source ${id} has no title`).not.toBe('')
    expect(new URL(source.url).protocol, `source ${id}: ${source.url}`).toBe('https:')
  })

  it('a description written for the deck is in each language; a real headline stays as it is', () => {
    const wrong = Object.entries(sources).flatMap(([id, source]) => {
      if (typeof source.title === 'string')
        return []
      const title = source.title as Record<string, string>
      return [
        ...(han.test(title['zh-CN']!)
          ? []
          : [`${id}: the zh-CN title has no Chinese: “${title['zh-CN']}”`]),
        ...(han.test(title.en!)
          ? [`${id}: the en title has Chinese: “${title.en}”`]
          : []),
      ]
    })
    expectNone(wrong, 'source titles in the wrong language')
  })

  it('every source in data/sources.ts is cited by a fact, so the references slides list exactly what is used', () => {
    const cited = new Set<string>(citations().flatMap(c => c.sources))
    const unused = Object.keys(sources).filter(id => !cited.has(id))
    expectNone(unused, 'sources that no fact cites')
  })

  it('every citation belongs to a known chapter', () => {
    const unknown = citations().filter(c => !(chapterIds as readonly string[]).includes(c.chapter))
    expectNone(unknown.map(c => `${c.chapter}: ${c.sources.join(', ')}`), 'citations with an unknown chapter')
  })

  it('no two sources share a URL', () => {
    const urls = Object.entries(sources).map(([id, s]) => [id, s.url] as const)
    const duplicates = urls.filter(([, url], i) => urls.findIndex(([, other]) => other === url) !== i).map(([id]) => id)
    expectNone(duplicates, 'sources with a URL that another source already has')
  })
})

describe('timeline', () => {
  it('is sorted ascending by date', () => {
    const outOfOrder = timeline.slice(1)
      .map((m, i) => [timeline[i]!, m] as const)
      .filter(([before, after]) => before.date > after.date)
      .map(([before, after]) => `${before.date} “${before.label['zh-CN']}” comes before ${after.date} “${after.label['zh-CN']}”`)
    expectNone(outOfOrder, 'timeline entries out of date order')
  })

  it('has unique dates', () => {
    const dates = timeline.map(m => m.date)
    const repeated = dates.filter((date, i) => dates.indexOf(date) !== i)
    expectNone(repeated, 'dates used by more than one timeline entry')
  })

  it('has the acquisition on its date', () => {
    expect(timeline.find(m => m.date === acquisition.date)?.chapter).toBe('acquisition')
  })
})

describe('projects', () => {
  it('have unique ids', () => {
    const ids = projects.map(p => p.id)
    expectNone(ids.filter((id, i) => ids.indexOf(id) !== i), 'project ids used twice')
  })

  it.each(projects.map(p => [p.id, p] as const))('%s has a known CNCF status, dated unless it is not a CNCF project', (id, project) => {
    expect(knownStatuses, `project ${id}: unknown CNCF status “${project.cncf.status}”`).toContain(project.cncf.status)
    if (project.cncf.status === 'none')
      expect(project.cncf.since, `project ${id} is not in the CNCF but has a since date`).toBeUndefined()
    else
      expect(project.cncf.since, `project ${id} is CNCF ${project.cncf.status} but has no since date`).toBeDefined()
  })
})

describe('money and the acquisition', () => {
  it('the confirmed rounds add up to the $48M the fact sheet gives', () => {
    expect(totalRaisedMusd).toBe(48)
  })

  it('funding rounds are in date order', () => {
    const dates = fundingRounds.map(r => r.date)
    expect(dates).toEqual([...dates].sort())
  })

  it('writes amounts the way each language says them', () => {
    expect([8, 12, 48, 238.7, 250].map(m => formatMusd(m, 'zh-CN'))).toEqual([
      '800 万美元',
      '1200 万美元',
      '4800 万美元',
      '2.387 亿美元',
      '2.5 亿美元',
    ])
    expect([8, 48, 238.7, 250].map(m => formatMusd(m, 'en'))).toEqual(['$8M', '$48M', '$238.7M', '$250M'])
  })
})

const decks = await Promise.all(editionList.map(edition => loadDeck(edition.entry)))

describe('rejected claims', () => {
  const files = decks.flatMap(deck => deckFiles(deck).map(file => ({ deck, file })))
  // The claims-checked slide is the one place a rejected claim is shown, struck through, beside what the sources say.
  const checkedClaim = /^corrections\[\d+\]\.claim\./
  const dataStrings = Object.entries(shownData)
    .flatMap(([name, value]) => stringsIn(value, name))
    .filter(({ path }) => !checkedClaim.test(path))

  it.each(rejectedWordings)('“%s” appears nowhere on a slide, in the notes or in the data', (wording) => {
    const needle = wording.toLowerCase()
    const found: string[] = []
    for (const { deck, file } of files) {
      const text = readProjectFile(file)
      const lower = text.toLowerCase()
      for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, at + 1)) {
        const line = lineOf(text, at)
        found.push(`${slideAt(deck, file, line)}: “${text.split('\n')[line - 1]!.trim()}”`)
      }
    }
    for (const { path, value } of dataStrings) {
      if (value.toLowerCase().includes(needle))
        found.push(`data ${path}: “${value}”`)
    }
    expectNone(found, `rejected wording “${wording}” found`)
  })
})
