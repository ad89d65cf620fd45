import { defineTransformersSetup } from '@slidev/types'
import { drawnMermaid } from '../node/diagrams.ts'

// In a build, Mermaid blocks drawn ahead by npm run build reach the slides as SVGs.
export default defineTransformersSetup(() => ({
  codeblocks: [
    drawnMermaid(),
  ],
}))
