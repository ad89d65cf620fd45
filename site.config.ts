import { chapters } from './data/chapters.ts'
import { talk } from './data/talk.ts'
import { defineSite } from './packages/talk-site/index.ts'

/**
 * The talk as a website: where it is published, its editions, and what
 * `npm run build` publishes beside the slides. The cover, the closing QR
 * code, the link previews and the language switch read from here.
 */
export default defineSite({
  url: 'https://coreos-story.github.io/coreos-story/',
  editions: [
    {
      locale: 'zh-CN',
      entry: 'slides.md',
      path: '',
      name: '中文',
    },
    {
      locale: 'en',
      entry: 'slides.en.md',
      path: 'en/',
      name: 'English',
    },
  ],
  downloads: ['slides', 'handout'],
  notes: true,
  chapters: Object.fromEntries(chapters.map(chapter => [chapter.id, chapter.title])),
  author: talk.speaker,
  event: talk.event,
})
