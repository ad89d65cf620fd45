// The parts of Slidev's runtime the deck's own code reads, typed here so that
// type checking stays on this project's files.

declare module '#slidev/configs' {
  const configs: { htmlAttrs?: Record<string, string> }
  export default configs
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
