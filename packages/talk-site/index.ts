import type { Labels } from './labels.ts'
import type { DownloadKind } from './paths.ts'
import { z } from 'zod'
import { builtInLabels } from './labels.ts'
import { speakingRates } from './pacing.ts'

// What the deck's own code also needs, without the config's schema: see editions.ts.
export { editionOf, editionUrl, siteBaseOf } from './editions.ts'
export type { Labels } from './labels.ts'

export { format } from './labels.ts'
export type { DownloadKind } from './paths.ts'
/** The PDFs a site can publish beside each edition: the slides, and the handout with the speaker notes. */
export const downloadKinds: readonly DownloadKind[] = ['slides', 'handout']

/** One language's deck, as `site.config.ts` gives it. */
export interface EditionConfig<L extends string = string> {
  /** The deck's language, as its headmatter's `lang:` says: `zh-CN`, `en`. */
  locale: L
  /** The deck's entry file, relative to the site config: `slides.md`. */
  entry: string
  /** Its folder in the site: `''` for the default edition at the site's root, one folder such as `en/` for every other. */
  path: string
  /** The language's own name, as the language switch shows it: `中文`, `English`. */
  name: string
  /** The addon's words in this language; required for a language the addon has no words for (it knows zh-CN, en and de). */
  labels?: Partial<Labels>
  /** How fast the notes are said, in words a minute (Chinese characters for Chinese), for pacing and `talk-site timing`; required for a language the addon has no rate for. */
  speakingRate?: number
}

export interface SiteConfig<L extends string = string> {
  /** Where the site is published: the default edition at this address, every other edition in its folder under it. */
  url: string
  editions: EditionConfig<L>[]
  /** The PDFs `npm run build` publishes beside each edition (default: both). */
  downloads?: DownloadKind[]
  /** Publish the speaker notes: in reader mode and as the handout (default: true). `--without-notes` turns them off for one build. */
  notes?: boolean
  /** Chapter titles for the PDF outline, by the `chapter:` id in the slides' frontmatter, in each language. */
  chapters?: Record<string, Record<L, string>>
  /** Who the PDFs name as their author, in each language (default: the headmatter's `author:`). */
  author?: Record<L, string>
  /** Where the talk is given, in each language, as the annotated page's header names it. */
  event?: Record<L, string>
}

export interface Edition<L extends string = string> extends Required<Omit<EditionConfig<L>, 'labels'>> {
  labels: Labels
}

/** A checked site config, as `defineSite` returns it. */
export interface Site<L extends string = string> {
  /** The public address, ending in `/`. */
  url: string
  /** The default edition first. */
  editions: Edition<L>[]
  downloads: DownloadKind[]
  notes: boolean
  chapters: Record<string, Record<L, string>>
  author?: Record<L, string>
  event?: Record<L, string>
}

const text = (what: string): z.ZodString => z.string({ error: `must be ${what}` }).min(1, { error: `must be ${what}, not empty` })
const perLanguage = (what: string): z.ZodRecord<z.ZodString, z.ZodString> => z.record(z.string(), text(what), { error: `must give ${what} by language, such as { en: '…' }` })

/** What `site.config.ts` may say, field by field, with what each must be. */
const siteSchema = z.strictObject({
  url: text('the address the site is published at, such as "https://example.org/talk/"')
    .regex(/^https?:\/\/[^/]+/, { error: 'must be an http(s) address, such as "https://example.org/talk/"' }),
  editions: z.array(z.strictObject({
    locale: text('the deck\'s language as its headmatter\'s lang: says, such as "en"'),
    entry: text('the deck\'s entry file, relative to site.config.ts, such as "slides.md"'),
    path: z.string({ error: 'must be the edition\'s folder: "" for the one at the root, one folder such as "en/" for each other' })
      .regex(/^(?:[\w-]+\/)?$/, { error: 'must be "" (the root) or one folder such as "en/"' }),
    name: text('the language\'s own name, such as "English"'),
    speakingRate: z.number({ error: 'must be the words said a minute, such as 130' }).positive({ error: 'must be the words said a minute, such as 130' }).optional(),
    labels: z.partialRecord(z.enum(Object.keys(builtInLabels.en!) as [keyof Labels]), text('the words to show'), { error: 'must give the addon\'s words, such as { notes: \'…\' }' }).optional(),
  }, { error: 'must be an edition: { locale, entry, path, name }' }), { error: 'must be a list of editions, such as [{ locale: \'en\', entry: \'slides.md\', path: \'\', name: \'English\' }]' })
    .min(1, { error: 'must list at least one edition' }),
  downloads: z.array(z.enum(downloadKinds as [DownloadKind, ...DownloadKind[]], { error: `must be one of ${downloadKinds.map(kind => `'${kind}'`).join(', ')}` }), { error: 'must be a list of the PDFs to publish, such as [\'slides\', \'handout\']' }).optional(),
  notes: z.boolean({ error: 'must be true or false' }).optional(),
  chapters: z.record(z.string(), perLanguage('the chapter\'s title'), { error: 'must give each chapter\'s title by its id, such as { intro: { en: \'Introduction\' } }' }).optional(),
  author: perLanguage('who gives the talk').optional(),
  event: perLanguage('where the talk is given').optional(),
}, { error: 'its default export must be defineSite({ url, editions, … })' })

/** `editions[1].path`, as a problem names a field. */
function fieldName(path: PropertyKey[]): string {
  return path.map((key, i) => typeof key === 'number'
    ? `[${key}]`
    : `${i > 0
      ? '.'
      : ''}${String(key)}`).join('')
}

/** Zod's issues as a site config's problems: `editions[1].path: must be …`. */
function schemaProblems(config: unknown): string[] {
  const checked = siteSchema.safeParse(config)
  return checked.success
    ? []
    : checked.error.issues.map(issue => issue.code === 'unrecognized_keys'
        ? `${issue.keys.map(key => fieldName([...issue.path, key])).join(', ')}: not a field ${issue.path.length > 0
          ? `of ${fieldName(issue.path)}`
          : 'of the site config'}; check its spelling`
        : issue.path.length > 0
          ? `${fieldName(issue.path)}: ${issue.message}`
          : issue.message)
}

/**
 * The typed site config of a talk (`site.config.ts`): where it is published,
 * its editions, and what the site publishes besides the slides. Checks it and
 * throws a message that names each wrong field and what it must be.
 */
export function defineSite<const L extends string>(config: SiteConfig<L>): Site<L> {
  const problems = schemaProblems(config)
  if (problems.length > 0)
    throw new Error(`site.config.ts: ${problems.join('; ')}.`)
  let url = config.url
  if (!url.endsWith('/'))
    url += '/'
  const roots = config.editions.filter(edition => edition.path === '')
  if (roots.length !== 1)
    problems.push(`editions: exactly one edition lives at the site's root (path: ''); ${roots.length} do`)
  config.editions.forEach((edition, i) => {
    if (config.editions.some((other, j) => j < i && (other.locale === edition.locale || other.path === edition.path)))
      problems.push(`editions[${i}]: edition ${edition.locale}: another edition has the same locale or path`)
  })
  const editions = [...config.editions]
    .sort((a, b) => a.path.length - b.path.length)
    .map((edition): Edition<L> => {
      const labels = {
        ...builtInLabels[edition.locale],
        ...edition.labels,
      }
      const missing = Object.keys(builtInLabels.en!).filter(key => typeof labels[key as keyof Labels] !== 'string')
      if (missing.length > 0)
        problems.push(`edition ${edition.locale}: the addon has no words in this language; give labels.${missing.join(', labels.')}`)
      const speakingRate = edition.speakingRate ?? speakingRates[edition.locale]
      if (!speakingRate)
        problems.push(`edition ${edition.locale}: the addon knows no speaking rate in this language; give speakingRate, the words said a minute`)
      return {
        locale: edition.locale,
        entry: edition.entry,
        path: edition.path,
        name: edition.name,
        labels: labels as Labels,
        speakingRate: speakingRate ?? 0,
      }
    })
  if (problems.length > 0)
    throw new Error(`site.config.ts: ${problems.join('; ')}.`)
  return {
    url,
    editions,
    downloads: config.downloads ?? ['slides', 'handout'],
    notes: config.notes ?? true,
    chapters: config.chapters ?? {},
    ...(config.author
      ? { author: config.author }
      : {}),
    ...(config.event
      ? { event: config.event }
      : {}),
  }
}

/** What the deck's components know of the site (the virtual module `virtual:talk-site`). */
export interface ClientSite {
  url: string
  editions: Pick<Edition, 'locale' | 'path' | 'name' | 'labels'>[]
  /** The editions built into the same site as this deck; none under `slidev` or a plain `slidev build`. */
  built: string[]
  /** The PDFs published beside this deck; none under `slidev` or a plain `slidev build`. */
  downloads: DownloadKind[]
  /** Whether the annotated page (`read/`) is published beside this deck; not under `slidev` or a plain `slidev build`. */
  readPage: boolean
}
