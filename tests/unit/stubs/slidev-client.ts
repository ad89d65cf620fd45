// What `@slidev/client` gives the components outside Slidev: the public
// `configs` of the Chinese edition, as its headmatter sets them, and a
// navigation whose slides and position a test sets with `stubNav`.
import { ref } from 'vue'

export const configs = {
  lang: 'zh-CN',
  exportFilename: 'coreos-story.zh-CN',
  duration: '25min',
}

interface Route {
  meta: { slide: { frontmatter: Record<string, unknown> } }
}

const slides = ref<Route[]>([])
const currentSlideNo = ref(1)
const isPresenter = ref(false)

/** Slidev's navigation: the deck's slides, the one shown, and whether this is presenter mode. */
export function useNav(): { slides: typeof slides, currentSlideNo: typeof currentSlideNo, isPresenter: typeof isPresenter } {
  return { slides, currentSlideNo, isPresenter }
}

/** The presenter timer's shared state: stopped. */
export const sharedState: { timer?: { status: string, startedAt: number, pausedAt: number } } = {}

/** Gives the components a deck of these frontmatters, showing slide `current` (1-based), in presenter mode or not. */
export function stubNav(frontmatters: Record<string, unknown>[], { current = 1, presenter = false } = {}): void {
  slides.value = frontmatters.map(frontmatter => ({
    meta: {
      slide: { frontmatter },
    },
  }))
  currentSlideNo.value = current
  isPresenter.value = presenter
}
