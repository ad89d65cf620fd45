import { useLocalStorage } from '@vueuse/core'

/**
 * Whether the reader's notes panel is open. It stays as the visitor left it,
 * across slides and visits, so a self-paced reader opens it once.
 */
export const readerOpen = useLocalStorage('talk-site:reader', false)

export function toggleReader(): void {
  readerOpen.value = !readerOpen.value
}
