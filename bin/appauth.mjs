#!/usr/bin/env node
// The `appauth` command: runs the CLI compiled to dist/ (built by `npm run build:cli`, which `npm ci`
// and `npm install` run through `prepare`). `npm run appauth` runs the TypeScript source instead.
import { existsSync } from 'node:fs'

const compiled = new URL('../dist/cli.js', import.meta.url)
if (!existsSync(compiled)) {
  process.stderr.write('error: the CLI is not built: run `npm run build:cli` (or `npm ci`) in the devproof-appauth folder\n')
  process.exit(2)
}
const { run } = await import(compiled.href)
process.exitCode = await run(process.argv.slice(2))
