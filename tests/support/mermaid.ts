/** A diagram's accessible title and description (`accTitle: …`, `accDescr: …`), which Mermaid writes into the SVG. */
export function accessibleText(code: string): { title?: string, description?: string } {
  return {
    title: /^\s*accTitle\s*:\s*(\S.*)$/m.exec(code)?.[1]?.trim(),
    description: /^\s*accDescr\s*:\s*(\S.*)$/m.exec(code)?.[1]?.trim(),
  }
}

/** Words only Mermaid's code and Slidev's Mermaid module contain: a script that has them is the Mermaid runtime. */
export const mermaidCode = /\bmermaidAPI\b|\bstartOnLoad\b/
