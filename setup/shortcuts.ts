import { defineShortcutsSetup } from '@slidev/types'
import { toggleReader } from '../components/reader'

/** Slidev's keys, plus N for the reader's notes panel. */
export default defineShortcutsSetup((_nav, base) => [
  ...base,
  { name: 'toggle_reader_notes', key: 'n', fn: toggleReader },
])
