import type { Plugin } from 'vite'
import { vueBuild } from '../slidev-internals.ts'

/**
 * Slidev points `vue` at Vue's full build, which carries the template
 * compiler (about 55 KB) to every page, though every template of a deck is
 * compiled when it is built. The build gets Vue's runtime instead.
 */
export function vueRuntimeOnly(): Plugin {
  return {
    name: 'talk-site:vue-runtime',
    apply: 'build',
    enforce: 'pre',
    resolveId: id => id.endsWith(vueBuild.full)
      ? `${id.slice(0, -vueBuild.full.length)}${vueBuild.runtime}`
      : undefined,
  }
}
