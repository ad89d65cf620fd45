// What Slidev's virtual module `#slidev/configs` gives components, for rendering them outside Slidev.
export default {
  exportFilename: 'coreos-story.zh-CN',
  htmlAttrs: { lang: 'zh-CN' },
  fonts: {
    sans: ['"Noto Sans SC"', 'sans-serif'],
  },
}
