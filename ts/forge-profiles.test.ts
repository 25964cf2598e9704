// `forge test` as Foundry users and their CI run it leaves the gas tests out (they measure only under
// --isolate and would otherwise fail or rewrite snapshots/); the `gas` profile runs exactly them.
import { execFileSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { repositoryRoot } from './lib/repository'

/** The test files `forge test --list` selects under a profile. */
function listedFiles(profile: string): string[] {
  const output = execFileSync('bash', ['tools/forge.sh', 'test', '--list', '--json'], {
    cwd: repositoryRoot,
    encoding: 'utf8',
    env: { ...process.env, FOUNDRY_PROFILE: profile },
    stdio: ['ignore', 'pipe', 'ignore'],
    maxBuffer: 64 * 1024 * 1024,
  })
  return Object.keys(JSON.parse(output.slice(output.indexOf('{'))) as Record<string, unknown>)
}

describe('forge profiles', () => {
  it('plain forge test runs every test but the gas tests', () => {
    const files = listedFiles('default')
    expect(files.filter((file) => file.startsWith('test/gas/'))).toEqual([])
    expect(files.some((file) => file.startsWith('test/timelock/'))).toBe(true)
  })

  it('the gas profile runs the gas tests alone', () => {
    const files = listedFiles('gas')
    expect(files.length).toBeGreaterThan(0)
    expect(files.filter((file) => !file.startsWith('test/gas/'))).toEqual([])
  })
})
