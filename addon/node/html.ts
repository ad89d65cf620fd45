/** Text or an attribute value as HTML writes it. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"]/g, c => ({
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
  })[c]!)
}
