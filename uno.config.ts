import { defineConfig } from 'unocss'
import { successors } from './data/company'
import { projects } from './data/projects'

export default defineConfig({
  // Icons named in data modules are not in any file UnoCSS scans.
  safelist: [
    ...projects,
    ...successors,
  ].map(item => item.icon),
})
