import { defineMermaidSetup } from '@slidev/types'

const font = '"Noto Sans SC", sans-serif'

/** Labels as large as body text, in the deck's own font; filters off so timeline labels would stay text in a PDF. */
export default defineMermaidSetup(() => ({
  theme: 'base',
  fontFamily: font,
  themeVariables: {
    fontFamily: font,
    fontSize: '20px',
    primaryColor: '#dcecf9',
    primaryBorderColor: '#1d6fa5',
    primaryTextColor: '#1f2a44',
    lineColor: '#4a5568',
    clusterBkg: '#f6f8fb',
    clusterBorder: '#d5dbe3',
    edgeLabelBackground: '#ffffff',
  },
  flowchart: {
    useMaxWidth: false,
    wrappingWidth: 400,
    padding: 10,
    nodeSpacing: 18,
    rankSpacing: 30,
  },
  timeline: { useMaxWidth: false, disableMulticolor: false },
  themeCSS: '.eventWrapper { filter: none !important; } .edgeLabel, .cluster-label { font-size: 20px; }',
}))
