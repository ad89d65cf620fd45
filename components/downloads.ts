import type { Text } from '../data/types'
import configs from '#slidev/configs'
import { ui } from '../data/ui'

export interface Download {
  kind: 'slides' | 'handout'
  /** Where the file is, under the site's base path. */
  href: string
  /** The name it is saved under. */
  file: string
  label: Text
}

/**
 * The PDFs `npm run build` publishes beside the deck (`VITE_DECK_DOWNLOADS`
 * names them); none in `npm run dev`, where no PDF exists.
 */
export const downloads: Download[] = (import.meta.env.VITE_DECK_DOWNLOADS ?? '')
  .split(',')
  .filter((kind): kind is Download['kind'] => kind === 'slides' || kind === 'handout')
  .map((kind) => {
    const file = kind === 'slides'
      ? `${configs.exportFilename}.pdf`
      : `${configs.exportFilename}.handout.pdf`
    return {
      kind,
      href: `${import.meta.env.BASE_URL}${file}`,
      file,
      label: ui.download[kind],
    }
  })
