#!/usr/bin/env node
// The `appauth` command: runs ts/cli.ts through tsx, so no build step stands between the source and the CLI.
import { register } from 'tsx/esm/api'

register()
const { run } = await import('../ts/cli.ts')
process.exitCode = await run(process.argv.slice(2))
