import { configs } from '@slidev/client'
import { defineAppSetup } from '@slidev/types'
import { localeFromLang, localeKey } from '../data/locale'

export default defineAppSetup(({ app }) => {
  app.provide(localeKey, localeFromLang(configs.htmlAttrs?.lang))
})
