import { ref, watch } from 'vue'

const storageKey = 'coreos-story:reader'

/**
 * Whether the reader's notes panel is open. It stays as the visitor left it,
 * across slides and visits, so a self-paced reader opens it once.
 */
export const readerOpen = ref(globalThis.localStorage?.getItem(storageKey) === 'open')

watch(readerOpen, open => globalThis.localStorage?.setItem(storageKey, open ? 'open' : 'closed'))

export function toggleReader(): void {
  readerOpen.value = !readerOpen.value
}
