import { ref } from 'vue'

/** True while the service worker saves the deck for offline reading on a first visit. */
export const saving = ref(false)

let registered = false

/**
 * Registers the deck's service worker once the page has loaded. The first
 * time, the worker installs by caching the deck; `saving` is true until it is
 * done (or has failed). Later visits and updates say nothing.
 */
export async function registerServiceWorker(): Promise<void> {
  if (registered || typeof navigator === 'undefined' || !('serviceWorker' in navigator))
    return
  registered = true
  const { registerSW } = await import('virtual:pwa-register')
  registerSW({
    onRegisteredSW: (_url, registration) => {
      const worker = registration?.installing
      if (!worker || navigator.serviceWorker.controller)
        return
      saving.value = true
      worker.addEventListener('statechange', () => {
        if (worker.state !== 'installing')
          saving.value = false
      })
    },
    onOfflineReady: () => {
      saving.value = false
    },
  })
}
