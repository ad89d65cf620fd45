import type { Plugin } from 'vite'
import { menuButton } from '../slidev-internals.ts'

/**
 * Slidev 53's MenuButton (the navigation bar's sync and settings menus) wraps
 * its trigger, itself an icon button, in a second `<button>`: invalid HTML that
 * screen readers announce twice and axe-core reports as `nested-interactive`.
 * The outer element becomes a `<div>`; clicks on the inner button still reach
 * its handler. Fails the build when Slidev's markup changes, so the fix is
 * looked at again instead of silently doing nothing.
 */
export function unnestMenuButton(source: string): string {
  if (!menuButton.nestedTrigger.test(source))
    throw new Error(`Slidev's ${menuButton.file} no longer has the nested trigger button that addon/vite/menu-button.ts rewrites: check whether Slidev fixed it and remove the plugin.`)
  return source.replace(menuButton.nestedTrigger, '<div $1>$2</div>')
}

export function menuButtonFix(): Plugin {
  return {
    name: 'talk-site:menu-button',
    enforce: 'pre',
    transform: (code, id) => id.endsWith(menuButton.file)
      ? unnestMenuButton(code)
      : undefined,
  }
}
