#!/usr/bin/env node
// The package ships TypeScript; tsx compiles it in this process, so Ctrl-C reaches the command's own handlers.
import { register } from 'tsx/esm/api'

register()
await import('../commands/main.ts')
