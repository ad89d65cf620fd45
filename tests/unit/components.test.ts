// @vitest-environment happy-dom
import type { ChapterId } from '../../data/types'
import { config, mount } from '@vue/test-utils'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import AcquisitionFacts from '../../components/AcquisitionFacts.vue'
import AdviserCommits from '../../components/AdviserCommits.vue'
import Agenda from '../../components/Agenda.vue'
import ClaimsChecked from '../../components/ClaimsChecked.vue'
import ClosingCard from '../../components/ClosingCard.vue'
import CncfBadge from '../../components/CncfBadge.vue'
import EtcdAuthors from '../../components/EtcdAuthors.vue'
import FundingChart from '../../components/FundingChart.vue'
import GarageIllustration from '../../components/GarageIllustration.vue'
import InfoCard from '../../components/InfoCard.vue'
import KeyDates from '../../components/KeyDates.vue'
import LeftBehind from '../../components/LeftBehind.vue'
import { localeFromLang, localeKey } from '../../components/locale'
import PersonCard from '../../components/PersonCard.vue'
import ProjectCard from '../../components/ProjectCard.vue'
import QrCode from '../../components/QrCode.vue'
import References from '../../components/References.vue'
import ReleaseChannels from '../../components/ReleaseChannels.vue'
import SuccessorCard from '../../components/SuccessorCard.vue'
import TimelineStrip from '../../components/TimelineStrip.vue'
import WebsiteThenNow from '../../components/WebsiteThenNow.vue'
import { chapters, storyChapters } from '../../data/chapters'
import { etcd2014, kroahHartman } from '../../data/commits'
import { acquisition, adviser, founders, successors } from '../../data/company'
import { channels } from '../../data/container-linux'
import { corrections } from '../../data/corrections'
import { fundingRounds } from '../../data/funding'
import { formatMusd } from '../../data/money'
import { projects } from '../../data/projects'
import { citations } from '../../data/references'
import { sources, titleOf } from '../../data/sources'
import { talk } from '../../data/talk'
import { timeline } from '../../data/timeline'
import { chapterIds, locales } from '../../data/types'
import { ui } from '../../data/ui'
import ChapterLayout from '../../layouts/chapter.vue'
import { editionUrl, labels, site } from '../../packages/talk-site/client/site'
import PacingLine from '../../packages/talk-site/components/PacingLine.vue'
import { format } from '../../packages/talk-site/labels'
import { loadDeck } from '../../packages/talk-site/node/deck'
import { plannedSeconds } from '../../packages/talk-site/pacing'
import SlideBottom from '../../slide-bottom.vue'
import { stubNav } from './stubs/slidev-client'
import { editionList, expectNone } from './support'

/** Slidev registers every component in components/ globally; the tests do the same. */
const global = {
  components: { CncfBadge, InfoCard, QrCode },
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim()
const decks = await Promise.all(editionList.map(async edition => ({ edition, deck: await loadDeck(edition.entry) })))

describe('locale', () => {
  it('reads the deck language and falls back to zh-CN', () => {
    expect(localeFromLang('zh-CN')).toBe('zh-CN')
    expect(localeFromLang('fr')).toBe('zh-CN')
    expect(localeFromLang(undefined)).toBe('zh-CN')
  })
})

describe.each(locales)('in %s', (locale) => {
  // Every component below reads this locale, as Slidev's setup provides it from the deck's language.
  beforeAll(() => {
    config.global.provide = { [localeKey as symbol]: locale }
  })
  afterAll(() => {
    config.global.provide = {}
  })

  describe('projectCard', () => {
    it.each(projects.map(p => [p.id, p] as const))('%s shows its name, what it is and its CNCF badge', (id, project) => {
      const wrapper = mount(ProjectCard, {
        props: { id },
        global,
      })
      const badge = ui.cncf[project.cncf.status][locale]
      expect(badge, `ui.cncf.${project.cncf.status} has no text`).not.toBe('')
      expect(wrapper.find('h3').text(), `ProjectCard ${id}: heading`).toContain(project.name)
      expect(wrapper.text(), `ProjectCard ${id}: what`).toContain(project.what[locale])
      expect(wrapper.text(), `ProjectCard ${id}: today`).toContain(project.today[locale])
      expect(squash(wrapper.find('.project-started').text()), `ProjectCard ${id}: what its date records`).toBe(`${ui.started[project.started.kind][locale]} ${project.started.date}`)
      const badgeElement = wrapper.find('.cncf-badge')
      expect(badgeElement.exists(), `ProjectCard ${id}: no CNCF badge rendered`).toBe(true)
      const badgeText = squash(badgeElement.text())
      expect(badgeText, `ProjectCard ${id}: CNCF badge`).toContain(badge)
      if (project.cncf.since)
        expect(badgeText, `ProjectCard ${id}: CNCF badge date`).toContain(project.cncf.since)
    })

    it('throws for an unknown id, naming it', () => {
      expect(() => mount(ProjectCard, {
        props: { id: 'no-such-project' },
        global,
      })).toThrow(/no-such-project/)
    })
  })

  describe('keyDates', () => {
    it('shows each requested date with its label, in the order given', () => {
      const dates = ['2020-05-26', '2013-06-06', '2018-01-30'] as const
      const wrapper = mount(KeyDates, {
        props: {
          dates: [...dates],
        },
      })
      const items = wrapper.findAll('li')
      expect(items).toHaveLength(dates.length)
      dates.forEach((date, i) => {
        const label = timeline.find(m => m.date === date)!.label[locale]
        expect(items[i]!.find('time').attributes('datetime'), `KeyDates item ${i + 1}`).toBe(date)
        expect(items[i]!.find('time').text(), `KeyDates item ${i + 1}`).toBe(date)
        expect(items[i]!.text(), `KeyDates ${date}`).toContain(label)
      })
    })

    it('throws for a date that is not in the timeline', () => {
      expect(() => mount(KeyDates, {
        props: {
          dates: ['2013-06-06', '1999-12-31'],
        },
      })).toThrow(/1999-12-31/)
    })
  })

  describe('fundingChart', () => {
    it('shows every confirmed round and the total in the edition\'s own money form', () => {
      const wrapper = mount(FundingChart)
      const bars = wrapper.findAll('.funding-bar').map(bar => squash(bar.text()))
      expect(bars).toEqual(fundingRounds.map(round => formatMusd(round.amountMusd, locale)))
      const rows = wrapper.findAll('tbody tr')
      fundingRounds.forEach((round, i) => {
        expect(rows[i]!.find('time').text(), `funding round ${round.date}`).toBe(round.date)
        const who = round.investors.length > 0
          ? round.investors.map(name => typeof name === 'string'
              ? name
              : name[locale])
          : [ui.leadUnknown[locale]]
        for (const name of who)
          expect(rows[i]!.text(), `funding round ${round.date}: investors`).toContain(name)
      })
      expect(wrapper.find('tfoot th').text()).toBe(ui.total[locale])
      expect(wrapper.find('tfoot td').text()).toBe(formatMusd(48, locale))
    })
  })

  describe('acquisitionFacts', () => {
    it('shows the cash paid in the edition\'s money form, the staff and the day', () => {
      const text = squash(mount(AcquisitionFacts).text())
      expect(text).toContain(formatMusd(acquisition.cashMusd, locale))
      expect(text).toContain(String(acquisition.employees))
      expect(text).toContain(acquisition.date)
    })
  })

  describe('references', () => {
    /** The chapter (in talk order) that first cites each source, worked out here independently of References.vue. */
    const firstChapter = new Map<string, ChapterId>()
    for (const chapter of chapterIds) {
      for (const citation of citations().filter(c => c.chapter === chapter)) {
        for (const id of citation.sources) {
          if (!firstChapter.has(id))
            firstChapter.set(id, chapter)
        }
      }
    }
    const linksOf = (section: ReturnType<ReturnType<typeof mount>['findAll']>[number]) =>
      section.findAll('a').map(a => ({
        href: a.attributes('href'),
        title: a.text(),
      }))

    it.each([
      [
        ['opening', 'founding', 'open-source'],
      ],
      [
        [
          'docker',
          'business',
          'acquisition',
          'afterwards',
          'appendix',
        ],
      ],
    ] as ChapterId[][][])('lists every source of %j as a link, under its chapter', (given) => {
      const wrapper = mount(References, {
        props: { chapters: given },
      })
      const sections = wrapper.findAll('section')
      expect(sections.map(s => s.find('h2').text())).toEqual(given.map(id => chapters.find(c => c.id === id)!.title[locale]))
      given.forEach((chapter, i) => {
        const expected = [...firstChapter].filter(([, c]) => c === chapter).map(([id]) => {
          const source = sources[id as keyof typeof sources]
          return {
            href: source.url,
            title: titleOf(source, locale),
          }
        })
        expect(expected.length, `chapter ${chapter} should cite something`).toBeGreaterThan(0)
        expect(linksOf(sections[i]!), `References for chapter ${chapter}`).toEqual(expect.arrayContaining(expected))
        expect(linksOf(sections[i]!), `References for chapter ${chapter}`).toHaveLength(expected.length)
      })
    })

    it('lists no source twice across all chapters, and every cited source once', () => {
      const wrapper = mount(References, {
        props: {
          chapters: [...chapterIds],
        },
      })
      const hrefs = wrapper.findAll('a').map(a => a.attributes('href')!)
      expectNone(hrefs.filter((href, i) => hrefs.indexOf(href) !== i), 'sources listed twice')
      const expected = [
        ...firstChapter.keys(),
      ].map(id => sources[id as keyof typeof sources].url)
      expect([...hrefs].sort()).toEqual([...expected].sort())
    })

    it('marks primary sources', () => {
      const wrapper = mount(References, {
        props: {
          chapters: [...chapterIds],
        },
      })
      const sec = wrapper.findAll('li').find(li => li.find('a').attributes('href') === sources['sec-10q'].url)
      expect(sec?.find('.primary').exists(), 'the SEC 10-Q is a primary source').toBe(true)
    })
  })

  describe('qrCode', () => {
    it('draws an accessible svg', () => {
      const wrapper = mount(QrCode, {
        props: { value: site.url, label: '扫码打开' },
      })
      const svg = wrapper.find('svg')
      expect(svg.attributes('role')).toBe('img')
      expect(svg.attributes('aria-label')).toBe('扫码打开')
      expect(svg.attributes('viewBox')).toMatch(/^0 0 \d+ \d+$/)
      expect(svg.find('path').attributes('d') ?? '').toMatch(/^M\d+ \d+h1v1h-1z/)
    })

    it('draws a different code for a different value', () => {
      const a = mount(QrCode, {
        props: { value: 'https://a.example/', label: 'a' },
      }).find('path').attributes('d')
      const b = mount(QrCode, {
        props: { value: 'https://b.example/', label: 'b' },
      }).find('path').attributes('d')
      expect(a).not.toBe(b)
    })
  })

  describe('closingCard', () => {
    it('shows the edition\'s URL and a QR code that opens it', () => {
      const wrapper = mount(ClosingCard, { global })
      const url = editionUrl(site, locale)
      const link = wrapper.find('a')
      expect(link.attributes('href')).toBe(url)
      expect(link.text()).toBe(url.replace(/^https:\/\//, ''))
      const qr = wrapper.findComponent(QrCode)
      expect(qr.exists(), 'ClosingCard renders a QrCode').toBe(true)
      expect(qr.props('value')).toBe(url)
      expect(wrapper.find('svg').attributes('aria-label')).toBe(ui.scanToOpen[locale])
      expect(wrapper.text()).toContain(talk.speaker[locale])
      expect(wrapper.text()).toContain(talk.event[locale])
    })
  })

  describe('agenda', () => {
    it('lists the 7 story chapters in order', () => {
      const wrapper = mount(Agenda)
      const story = chapters.filter(c => !['opening', 'closing', 'appendix'].includes(c.id))
      const items = wrapper.findAll('li')
      expect(items).toHaveLength(7)
      expect(items.map(li => li.find('.agenda-title').text())).toEqual(story.map(c => c.title[locale]))
      expect(items.map(li => li.find('.agenda-summary').text())).toEqual(story.map(c => c.summary[locale]))
    })

    it.each(decks.map(d => [d.edition.entry, d] as const))('states the length of %s and the time for questions from its plan', (_, { deck }) => {
      stubNav(deck.map(slide => slide.frontmatter))
      const talk = deck.reduce((sum, slide) => sum + plannedSeconds(slide.frontmatter), 0)
      const wrapper = mount(Agenda)
      expect(wrapper.find('.agenda-length').text()).toBe(format(ui.agendaLength[locale], {
        talk: Math.round(talk / 60),
        questions: Math.round((25 * 60 - talk) / 60),
      }))
    })

    it('follows the plan: a longer talk leaves less time for questions', () => {
      stubNav([
        { seconds: 600 },
        { seconds: 660 },
        {},
      ])
      expect(mount(Agenda).find('.agenda-length').text()).toBe(format(ui.agendaLength[locale], { talk: 21, questions: 4 }))
      stubNav([
        { seconds: 1380 },
      ])
      expect(mount(Agenda).find('.agenda-length').text()).toBe(format(ui.agendaLength[locale], { talk: 23, questions: 2 }))
    })
  })

  describe('leftBehind', () => {
    it('names each project with its CNCF status today', () => {
      const ids = ['etcd', 'cni', 'operators']
      const wrapper = mount(LeftBehind, {
        props: { ids },
        global,
      })
      expect(wrapper.find('h3').text()).toBe(ui.leftBehind[locale])
      const items = wrapper.findAll('li')
      expect(items).toHaveLength(3)
      ids.forEach((id, i) => {
        const project = projects.find(p => p.id === id)!
        expect(items[i]!.text()).toContain(project.name)
        expect(items[i]!.find('.cncf-badge').text()).toContain(ui.cncf[project.cncf.status][locale])
      })
    })
  })

  describe('the footer', () => {
    it('names the chapter, and marks the slides after the close as the appendix', () => {
      const footer = (chapter: string) => mount(SlideBottom, {
        global: {
          mocks: {
            $frontmatter: { chapter },
            $page: 40,
            $nav: { total: 42 },
          },
          stubs: { LanguageSwitch: true },
        },
      }).find('.deck-chapter').text()
      expect(footer('business')).toBe(chapters.find(c => c.id === 'business')!.title[locale])
      expect(footer('appendix')).toBe({ 'zh-CN': '附录', 'en': 'Appendix' }[locale])
    })
  })

  describe('the presenter’s pacing line', () => {
    const plan = [
      { seconds: 10 },
      { seconds: 45 },
      { seconds: 20 },
      { chapter: 'appendix' },
    ]

    it('shows a timed slide’s plan in presenter mode', () => {
      stubNav(plan, { current: 2, presenter: true })
      const text = mount(PacingLine).text()
      expect(text).toContain(format(labels.pacingSlide, { time: '0:45' }))
      expect(text).toContain(format(labels.pacingPlan, { time: '0:10' }))
    })

    it('ignores the appendix, and is never on the slides themselves', () => {
      stubNav(plan, { current: 4, presenter: true })
      expect(mount(PacingLine).find('[data-pacing]').exists()).toBe(false)
      stubNav(plan, { current: 2, presenter: false })
      expect(mount(PacingLine).find('[data-pacing]').exists()).toBe(false)
    })
  })

  describe('the chapter divider layout', () => {
    it.each(storyChapters.map((c, i) => [c.id, c, i + 1] as const))('numbers %s and asks its question', (id, chapter, no) => {
      const wrapper = mount(ChapterLayout, {
        props: { chapter: id },
        slots: { default: `<h1>${chapter.title[locale]}</h1>` },
      })
      expect(wrapper.find('.chapter-no').text()).toBe(String(no).padStart(2, '0'))
      expect(wrapper.find('h1').text()).toBe(chapter.title[locale])
      expect(wrapper.find('.chapter-question').text()).toBe(chapter.question![locale])
      expect(wrapper.findAll('.chapter-steps li')).toHaveLength(storyChapters.length)
      expect(wrapper.find('.chapter-steps li.current').element).toBe(wrapper.findAll('.chapter-steps li')[no - 1]!.element)
    })

    it('refuses a chapter that has no divider, naming it', () => {
      expect(() => mount(ChapterLayout, {
        props: { chapter: 'closing' },
      })).toThrow(/closing/)
    })
  })

  describe('claimsChecked', () => {
    it('renders every correction from the data, with links to its sources', () => {
      const wrapper = mount(ClaimsChecked)
      const rows = wrapper.findAll('tbody tr')
      expect(rows).toHaveLength(corrections.length)
      corrections.forEach((correction, i) => {
        const cells = rows[i]!.findAll('td')
        expect(squash(cells[0]!.text()), `claim ${correction.id}`).toBe(correction.claim[locale])
        expect(squash(cells[1]!.text()), `claim ${correction.id}: what the sources say`).toBe(correction.sourcesSay[locale])
        expect(cells[2]!.findAll('a').map(a => a.attributes('href')), `claim ${correction.id}: sources`).toEqual(correction.sources.map(id => sources[id].url))
      })
    })
  })

  describe('releaseChannels', () => {
    it('shows Alpha, Beta and Stable with their cadence, and the first Stable release', () => {
      const wrapper = mount(ReleaseChannels)
      const cards = wrapper.findAll('li.channel')
      expect(cards.map(c => c.find('h3').text())).toEqual(['Alpha', 'Beta', 'Stable'])
      channels.list.forEach((channel, i) => expect(cards[i]!.text()).toContain(channel.cadence[locale]))
      const caption = squash(wrapper.find('figcaption').text())
      expect(caption).toContain(channels.firstStable.version)
      expect(caption).toContain(channels.firstStable.date)
    })
  })

  describe('etcdAuthors', () => {
    it('charts the 2014 commit counts in order, the top two highlighted', () => {
      const wrapper = mount(EtcdAuthors)
      const rows = wrapper.findAll('tbody tr')
      expect(rows.map(r => [
        r.find('th').text(),
        Number(r.find('.bar').text()),
      ])).toEqual(etcd2014.authors.map(a => [a.name, a.commits]))
      expect(rows.filter(r => r.classes('top')).map(r => r.find('th').text())).toEqual(['Xiang Li', 'Yicheng Qin'])
    })
  })

  describe('adviserCommits', () => {
    it('shows Kroah-Hartman\'s commit count and the dates of his first and last', () => {
      const text = squash(mount(AdviserCommits).text())
      expect(text).toContain(String(kroahHartman.commits))
      expect(text).toContain(kroahHartman.first)
      expect(text).toContain(kroahHartman.last)
      expect(text).toContain(adviser.name)
    })
  })

  describe('timelineStrip', () => {
    it('shows the dates left to right with their labels, marking the turning points', () => {
      const dates = ['2014-12-01', '2015-06-22', '2019-08-16'] as const
      const wrapper = mount(TimelineStrip, {
        props: {
          dates: [...dates],
          marked: ['2015-06-22'],
        },
      })
      const items = wrapper.findAll('li')
      expect(items.map(li => li.find('time').text())).toEqual([...dates])
      dates.forEach((date, i) => expect(items[i]!.text()).toContain(timeline.find(m => m.date === date)!.label[locale]))
      expect(items.map(li => li.classes('marked'))).toEqual([false, true, false])
    })
  })

  describe('pictures of our own', () => {
    it('the garage has a text alternative', () => {
      const svg = mount(GarageIllustration).find('svg')
      expect(svg.attributes('role')).toBe('img')
      expect(svg.attributes('aria-label')).toBe(ui.garage.alt[locale])
      expect(svg.find('title').text()).toBe(ui.garage.alt[locale])
    })

    it('the old and the new coreos.com each have a text alternative and a caption', () => {
      const wrapper = mount(WebsiteThenNow)
      expect(wrapper.findAll('[role="img"]').map(el => el.attributes('aria-label'))).toEqual([ui.website.thenAlt[locale], ui.website.nowAlt[locale]])
      expect(wrapper.findAll('figcaption').map(f => f.text())).toEqual([ui.website.then[locale], ui.website.now[locale]])
    })
  })

  describe('personCard', () => {
    it.each([...founders, adviser].map(p => [p.name, p] as const))('shows %s with role and background', (name, person) => {
      const wrapper = mount(PersonCard, {
        props: { person },
      })
      expect(wrapper.find('h3').text(), `PersonCard ${name}`).toBe(name)
      expect(wrapper.text(), `PersonCard ${name}: role`).toContain(person.role[locale])
      expect(wrapper.text(), `PersonCard ${name}: background`).toContain(person.background[locale])
    })
  })

  describe('successorCard', () => {
    it.each(successors.map(s => [s.name, s] as const))('shows %s with who carries it on and its story', (name, successor) => {
      const wrapper = mount(SuccessorCard, {
        props: { successor },
        global,
      })
      expect(wrapper.find('h3').text(), `SuccessorCard ${name}`).toContain(name)
      expect(wrapper.text(), `SuccessorCard ${name}: by`).toContain(successor.by[locale])
      expect(wrapper.text(), `SuccessorCard ${name}: story`).toContain(successor.story[locale])
    })
  })
})
