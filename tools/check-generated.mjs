// Fails when ts/generated/ is stale: rebuilds the contracts, regenerates into a temporary file and
// compares it byte for byte with the committed output. Run by `npm run generate:check`.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const committed = join(root, 'ts/generated/contracts.ts')
const scratch = mkdtempSync(join(tmpdir(), 'appauth-generated-'))
const fresh = join(scratch, 'contracts.ts')

try {
  execFileSync('bash', ['tools/forge.sh', 'build'], { cwd: root, stdio: 'pipe' })
  execFileSync(join(root, 'node_modules/.bin/wagmi'), ['generate'], {
    cwd: root,
    env: { ...process.env, APPAUTH_GENERATED_OUT: fresh },
    stdio: 'pipe',
  })
  if (readFileSync(fresh, 'utf8') !== readFileSync(committed, 'utf8')) {
    console.error('ts/generated/contracts.ts is stale: run `npm run generate` and commit the result')
    process.exitCode = 1
  } else {
    console.log('ts/generated/contracts.ts is up to date')
  }
} finally {
  rmSync(scratch, { recursive: true, force: true })
}
