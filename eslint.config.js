import antfu from '@antfu/eslint-config'

export default antfu({
  vue: true,
  typescript: true,
  markdown: false,
  ignores: [
    'dist',
    'exports',
    '.dist-*',
    '.exports-*',
    'test-results',
    'playwright-report',
    '.slidev',
  ],
}, {
  // The talk-site command: command-line tools, which print and await at their top level as scripts do.
  files: ['packages/talk-site-cli/commands/**/*.ts', 'packages/talk-site-cli/bin/**/*.js'],
  rules: {
    'no-console': 'off',
    'antfu/no-top-level-await': 'off',
  },
})
