// Types for what the deck's client code sees but no package declares.

/** The site config, served by the addon's Vite plugin (vite/site-module.ts). */
declare module 'virtual:talk-site' {
  const site: import('../index').ClientSite
  export default site
}

// Slidev's client ships as TypeScript source, so type checking a deck that
// uses its public API reads it too. It uses compile-time constants that
// Slidev's CLI defines (compileTimeFlags in ../slidev-internals.ts, checked
// by a test), and one package without types.
declare const __DEV__: boolean
declare const __SLIDEV_FEATURE_EDITOR__: boolean
declare const __SLIDEV_FEATURE_DRAWINGS_PERSIST__: boolean
declare const __SLIDEV_HAS_SERVER__: boolean
declare const __SLIDEV_HASH_ROUTE__: boolean

declare module 'file-saver'
