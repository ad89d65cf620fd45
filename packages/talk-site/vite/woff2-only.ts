import type { Plugin } from 'vite'

/** `@font-face` sources without their WOFF fallbacks: `url(x.woff2) format('woff2')` stays. */
export function dropWoffFallback(css: string): string {
  return css.replace(/,\s*url\([^)]+\.woff\)\s*format\(['"]woff['"]\)/g, '')
}

/**
 * Fontsource stylesheets name a WOFF copy after each WOFF2 file. Every
 * browser that runs a deck reads WOFF2, so the copies only doubled the
 * download and the offline cache.
 */
export function woff2Only(): Plugin {
  return {
    name: 'talk-site:woff2-only',
    enforce: 'pre',
    transform: (code, id) => /@fontsource(?:-variable)?\/.+\.css$/.test(id)
      ? dropWoffFallback(code)
      : undefined,
  }
}
