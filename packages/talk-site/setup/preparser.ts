import { definePreparserSetup } from '@slidev/types'
import { notesAsText } from '../text.ts'

/**
 * Speaker notes are text: in presenter mode and reader mode, as on the
 * annotated page and in the handout, an HTML tag in them shows as written and
 * never runs. Markdown formatting still renders where Slidev renders notes.
 */
export default definePreparserSetup(() => [
  {
    name: 'talk-site:notes-as-text',
    transformNote: async note => note === undefined
      ? undefined
      : notesAsText(note),
  },
])
