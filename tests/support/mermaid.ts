/** A diagram's accessible title and description (`accTitle: …`, `accDescr: …`), which Mermaid writes into the SVG. */
export function accessibleText(code: string): { title?: string, description?: string } {
  return {
    title: /^\s*accTitle\s*:\s*(\S.*)$/m.exec(code)?.[1]?.trim(),
    description: /^\s*accDescr\s*:\s*(\S.*)$/m.exec(code)?.[1]?.trim(),
  }
}
