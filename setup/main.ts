import { defineAppSetup } from '@slidev/types'
import configs from '#slidev/configs'
import { localeFromLang, localeKey } from '../data/locale'

export default defineAppSetup(({ app }) => {
  app.provide(localeKey, localeFromLang(configs.htmlAttrs?.lang))
})
