import type { ResolvedSlidevOptions } from '@slidev/types'
import type { Plugin } from 'vite'
import { twoslashClient } from '../slidev-internals.ts'

const emptyModule = '\0talk-site:no-twoslash'
const emptyStyle = '\0talk-site:no-twoslash.css'

/** Whether Slidev renders TwoSlash popups in this deck and mode (its `twoslash:` headmatter). */
export function usesTwoslash(options: Pick<ResolvedSlidevOptions, 'mode' | 'data'>): boolean {
  const { twoslash } = options.data.config
  return twoslash === true || twoslash === options.mode
}

/**
 * Slidev's client installs TwoSlash's popups (floating-vue, about 40 KB) and
 * their styles on every page, also in a deck that turns TwoSlash off. In the
 * build of such a deck they are left out: nothing on its slides can open one.
 */
export function withoutTwoslash(options: Pick<ResolvedSlidevOptions, 'mode' | 'data'>): Plugin {
  return {
    name: 'talk-site:without-twoslash',
    apply: 'build',
    enforce: 'pre',
    resolveId: id => usesTwoslash(options)
      ? undefined
      : id === twoslashClient.module
        ? emptyModule
        : id === twoslashClient.style
          ? emptyStyle
          : undefined,
    load: id => id === emptyModule
      ? 'export default { install() {} }'
      : id === emptyStyle
        ? ''
        : undefined,
  }
}
