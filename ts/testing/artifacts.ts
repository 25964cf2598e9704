// Contract artifacts the TypeScript tests deploy beyond ts/generated/: Forge builds of test helpers
// (test/**) and third-party contracts from their npm packages' own builds. Test code only.
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Abi, Hex } from 'viem'

export const repositoryRoot = join(dirname(fileURLToPath(import.meta.url)), '../..')

export type Artifact = { abi: Abi; bytecode: Hex }

/**
 * A contract compiled by Forge from this repository (`out/<File>.sol/<Contract>.json`). When the
 * artifact is missing, builds just `source` (and what it imports) first; `npm test` runs Forge
 * before the TypeScript tests, so this only happens when a test file runs alone.
 */
export function forgeArtifact(source: string, contract: string): Artifact {
  const file = join(repositoryRoot, 'out', source.split('/').at(-1)!, `${contract}.json`)
  if (!existsSync(file)) {
    execFileSync('bash', ['tools/forge.sh', 'build', source], { cwd: repositoryRoot, stdio: 'pipe' })
  }
  const artifact = JSON.parse(readFileSync(file, 'utf8')) as { abi: Abi; bytecode: { object: Hex } }
  return { abi: artifact.abi, bytecode: artifact.bytecode.object }
}

/** A contract from OpenZeppelin's npm build (`@openzeppelin/contracts/build/contracts`). */
export function openZeppelinArtifact(contract: string): Artifact {
  const file = join(repositoryRoot, 'node_modules/@openzeppelin/contracts/build/contracts', `${contract}.json`)
  const artifact = JSON.parse(readFileSync(file, 'utf8')) as { abi: Abi; bytecode: Hex }
  return { abi: artifact.abi, bytecode: artifact.bytecode }
}

/** A contract from Safe's npm build, e.g. `Safe.sol/Safe`, `proxies/SafeProxyFactory.sol/SafeProxyFactory`. */
export function safeArtifact(path: string): Artifact {
  const file = join(repositoryRoot, 'node_modules/@safe-global/safe-contracts/build/artifacts/contracts', `${path}.json`)
  const artifact = JSON.parse(readFileSync(file, 'utf8')) as { abi: Abi; bytecode: Hex }
  return { abi: artifact.abi, bytecode: artifact.bytecode }
}

/**
 * The shared boot-info fixtures (`../shared/fixtures` beside the repository). A git worktree sits a
 * level deeper than the main checkout, so the parents are searched upwards; APPAUTH_FIXTURES
 * overrides. Throws rather than skip, so a missing fixture directory fails the tests that need it.
 */
export function sharedFixturesDir(): string {
  const override = process.env.APPAUTH_FIXTURES
  if (override) return override
  for (let dir = repositoryRoot; ; dir = dirname(dir)) {
    const candidate = join(dir, '..', 'shared', 'fixtures')
    if (existsSync(candidate)) return candidate
    if (dirname(dir) === dir) break
  }
  throw new Error(`no shared fixtures directory found above ${repositoryRoot} (expected ../shared/fixtures; set APPAUTH_FIXTURES)`)
}
