import { ref } from 'vue'
import { siteVersionMeta } from '../paths.ts'

/** True while the service worker saves the deck for offline reading on a first visit. */
export const saving = ref(false)

/** True when a newer version of the site is waiting and this page is older: the deck offers a reload. */
export const updateReady = ref(false)

let registered = false
let update: (() => Promise<void>) | undefined

/** How often an open deck asks whether the site was published again. */
const checkEvery = 60 * 60 * 1000

/**
 * Whether this page is the version the waiting worker caches: the worker's
 * script names the page's version (see vite/service-worker.ts). Then the
 * page already is the new version: it came from the network.
 */
async function isCurrent(waiting: ServiceWorker): Promise<boolean> {
  const version = document.querySelector<HTMLMetaElement>(`meta[name="${siteVersionMeta}"]`)?.content
  if (!version)
    return false
  try {
    const worker = await (await fetch(waiting.scriptURL, { cache: 'no-cache' })).text()
    return worker.includes(version)
  }
  catch {
    return false
  }
}

/**
 * Registers the deck's service worker once the page has loaded. The first
 * time, the worker installs by caching the deck; `saving` is true until it is
 * done (or has failed). A newer version never takes over on its own: if this
 * page is older than it, `updateReady` offers a reload (`reloadIntoUpdate`);
 * if this page already is that version, the new worker takes over quietly.
 */
export async function registerServiceWorker(): Promise<void> {
  if (registered || typeof navigator === 'undefined' || !('serviceWorker' in navigator))
    return
  registered = true
  const { registerSW } = await import('virtual:pwa-register')
  update = registerSW({
    onRegisteredSW: (_url, registered) => {
      const worker = registered?.installing
      if (registered) {
        setInterval(() => void registered.update().catch(() => undefined), checkEvery)
        document.addEventListener('visibilitychange', () => {
          if (document.visibilityState === 'visible')
            void registered.update().catch(() => undefined)
        })
      }
      if (!worker || navigator.serviceWorker.controller)
        return
      saving.value = true
      worker.addEventListener('statechange', () => {
        if (worker.state !== 'installing')
          saving.value = false
      })
    },
    onNeedRefresh: async () => {
      const waiting = (await navigator.serviceWorker.getRegistration())?.waiting
      if (waiting && await isCurrent(waiting))
        await update?.()
      else
        updateReady.value = true
    },
    // The new version taking over never reloads the page by itself (see reloadIntoUpdate).
    onNeedReload: () => {},
    onOfflineReady: () => {
      saving.value = false
    },
  })
}

/**
 * Reloads the page into the waiting version, at the same slide. Pages come
 * from the network first, so the reload is the new version; being current, it
 * then lets the new worker take over quietly (see `onNeedRefresh`).
 */
export function reloadIntoUpdate(): void {
  updateReady.value = false
  window.location.reload()
}
