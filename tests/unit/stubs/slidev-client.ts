// What `@slidev/client` gives the components outside Slidev: the public
// `configs` of the Chinese edition, as its headmatter sets them.
export const configs = {
  lang: 'zh-CN',
  exportFilename: 'coreos-story.zh-CN',
}
