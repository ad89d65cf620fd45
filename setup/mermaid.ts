import { configs, useDarkMode } from '@slidev/client'
import { defineMermaidSetup } from '@slidev/types'

/** The deck's own sans-serif stack (its headmatter's, quoted and with fallbacks by Slidev), so each edition's diagrams match its text. */
const font = configs.fonts.sans.join(', ')

/** Labels as large as body text, in the deck's own font (the diagrams render in a shadow root the deck's CSS does not reach). */
export default defineMermaidSetup(() => {
  // Slidev switches diagrams to Mermaid's dark theme in dark mode; keep lines visible there too.
  const dark = useDarkMode().isDark.value
  return {
    theme: 'base',
    fontFamily: font,
    themeVariables: {
      fontFamily: font,
      fontSize: '20px',
      primaryColor: '#dcecf9',
      primaryBorderColor: '#1d6fa5',
      primaryTextColor: '#1f2a44',
      lineColor: dark ? '#b4bfcc' : '#4a5568',
      clusterBkg: dark ? '#1b2438' : '#f6f8fb',
      clusterBorder: dark ? '#3a4660' : '#d5dbe3',
      titleColor: dark ? '#e8edf5' : '#1f2a44',
      edgeLabelBackground: dark ? '#111827' : '#ffffff',
    },
    flowchart: {
      useMaxWidth: false,
      // Mermaid 12 widens every node to 120 px; a short label such as “etcd” needs no more than itself.
      minNodeWidth: 0,
      wrappingWidth: 400,
      padding: 10,
      nodeSpacing: 18,
      rankSpacing: 30,
    },
    themeCSS: '.edgeLabel, .cluster-label { font-size: 20px; }',
  }
})
