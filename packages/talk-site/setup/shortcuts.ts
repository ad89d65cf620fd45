import { defineShortcutsSetup } from '@slidev/types'
import { toggleReader } from '../client/reader.ts'

/** Slidev's keys, plus N for reader mode's notes panel. */
export default defineShortcutsSetup((_nav, base) => [
  ...base,
  { name: 'toggle_reader_notes', key: 'n', fn: toggleReader },
])
