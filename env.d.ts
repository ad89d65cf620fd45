// The parts of Slidev's runtime the deck's own code reads, typed here so that
// type checking stays on this project's files.

declare module '#slidev/configs' {
  const configs: { htmlAttrs?: Record<string, string>, exportFilename: string, fonts: { sans: string[] } }
  export default configs
}

declare module '#slidev/slides' {
  import type { ShallowRef } from 'vue'

  export const slides: ShallowRef<{
    no: number
    meta: { slide?: { title?: string, noteHTML?: string } }
  }[]>
}

declare global {
  interface ImportMetaEnv {
    /** The PDFs published with the site, as `slides,handout`; set by `npm run build`. */
    readonly VITE_DECK_DOWNLOADS?: string
  }
}

declare module 'vue' {
  interface ComponentCustomProperties {
    /** The slide number, 1-based, also when printing. */
    $page: number
    $nav: { total: number }
    $frontmatter: Record<string, unknown>
  }
}

export {}
