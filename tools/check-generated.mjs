// Fails when ts/generated/ or the web app's hooks (web/src/generated.ts) are stale: rebuilds the
// contracts, regenerates both into temporary files and compares them byte for byte with the
// committed outputs. Run by `npm run generate:check`.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const scratch = mkdtempSync(join(tmpdir(), 'appauth-generated-'))
const outputs = [
  { committed: 'ts/generated/contracts.ts', variable: 'APPAUTH_GENERATED_OUT', fresh: join(scratch, 'contracts.ts') },
  { committed: 'web/src/generated.ts', variable: 'APPAUTH_WEB_GENERATED_OUT', fresh: join(scratch, 'web-generated.ts') },
]

try {
  execFileSync('bash', ['tools/forge.sh', 'build'], { cwd: root, stdio: 'pipe' })
  execFileSync(join(root, 'node_modules/.bin/wagmi'), ['generate'], {
    cwd: root,
    env: { ...process.env, ...Object.fromEntries(outputs.map((output) => [output.variable, output.fresh])) },
    stdio: 'pipe',
  })
  for (const { committed, fresh } of outputs) {
    if (readFileSync(fresh, 'utf8') !== readFileSync(join(root, committed), 'utf8')) {
      console.error(`${committed} is stale: run \`npm run generate\` and commit the result`)
      process.exitCode = 1
    } else {
      console.log(`${committed} is up to date`)
    }
  }
} finally {
  rmSync(scratch, { recursive: true, force: true })
}
