// vitest global setup: builds the Solidity test helpers the TypeScript tests deploy, once, before any
// test file runs (two workers building at the same time would contend for Forge's cache), and compiles
// the CLI to dist/. Forge skips what is up to date, so this costs a second or two after `npm test`'s Forge run.
import { execFileSync } from 'node:child_process'
import { repositoryRoot } from '../lib/repository'
import { forgeTestHelpers } from './artifacts'

export default function setup(): void {
  execFileSync('bash', ['tools/forge.sh', 'build', ...forgeTestHelpers], { cwd: repositoryRoot, stdio: 'pipe' })
  // Subprocess tests run bin/appauth.mjs, which runs the compiled CLI: compile the source under test.
  execFileSync(process.execPath, ['tools/build-cli.mjs'], { cwd: repositoryRoot, stdio: 'pipe' })
}
