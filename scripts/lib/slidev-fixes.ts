const nestedTrigger = /<button (:class="\{ disabled \}" @click="value = !value")>([\s\S]*?)<\/button>/

/**
 * Slidev 53's MenuButton (the navigation bar's sync and settings menus) wraps
 * its trigger, itself an icon button, in a second `<button>`: invalid HTML that
 * screen readers announce twice and axe-core reports as `nested-interactive`.
 * The outer element becomes a `<div>`; clicks on the inner button still reach
 * its handler. Fails the build when Slidev's markup changes, so the fix is
 * looked at again instead of silently doing nothing.
 */
export function unnestMenuButton(source: string): string {
  if (!nestedTrigger.test(source))
    throw new Error('Slidev\'s MenuButton.vue no longer has the nested trigger button that scripts/lib/slidev-fixes.ts rewrites: check whether Slidev fixed it and remove the rewrite from vite.config.ts.')
  return source.replace(nestedTrigger, '<div $1>$2</div>')
}
