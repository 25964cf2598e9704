import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestChain, type TestChain } from '../test/chain'
import { runCli } from '../test/cli'

describe('appauth time advance', () => {
  describe('on the embedded chain, across restarts', () => {
    const home = mkdtempSync(join(tmpdir(), 'appauth-home-'))
    const local = (...argv: string[]) => runCli(['--json', ...argv], { cwd: home, env: { APPAUTH_HOME: home } })
    afterAll(() => rmSync(home, { recursive: true, force: true }))

    it('keeps the advanced clock, the contracts and the records from one command to the next', async () => {
      const first = (await local('kms', 'deploy')).json()
      const firstRecord = JSON.parse(readFileSync(join(home, 'deployments/31337.json'), 'utf8')).kms
      expect(existsSync(join(home, 'state.json'))).toBe(true)

      const advanced = (await local('time', 'advance', '7d')).json()
      expect(advanced.advancedBy).toBe(604_800)
      expect(advanced.timestamp).toBeGreaterThanOrEqual(firstRecord.deployedAt + 604_800)
      expect(JSON.parse(readFileSync(join(home, 'clock.json'), 'utf8')).offset).toBeGreaterThanOrEqual(604_790)

      // A new anvil loads the state: the KMS is still there, and the next block is stamped after the
      // advanced time, not at the wall clock (anvil alone would forget the offset).
      const second = (await local('kms', 'deploy')).json()
      const records = JSON.parse(readFileSync(join(home, 'deployments/31337.json'), 'utf8'))
      expect(records['kms-2'].blockNumber).toBe(advanced.blockNumber + 1)
      expect(records['kms-2'].deployedAt).toBeGreaterThanOrEqual(advanced.timestamp)
      expect(records['kms-2'].deployedAt).toBeLessThan(advanced.timestamp + 120)
      const allowed = await local('kms', 'allow-os', `0x${'05'.repeat(32)}`, '--kms', 'kms')
      expect(allowed.code).toBe(0)
      expect(allowed.json().kms).toBe(first.address)
      expect(second.address).not.toBe(first.address)

      // Advancing again adds to the saved offset.
      const again = (await local('time', 'advance', '1h')).json()
      expect(again.timestamp).toBeGreaterThanOrEqual(advanced.timestamp + 3_600)
      expect(existsSync(join(home, 'lock'))).toBe(false)
    })
  })

  describe('over --rpc', () => {
    let chain: TestChain
    beforeAll(async () => {
      chain = await startTestChain()
    })
    afterAll(() => chain?.stop())

    it('moves the clock of a development chain and prints the new time', async () => {
      const { code, stdout } = await runCli(['--rpc', chain.url, 'time', 'advance', '1d12h'], { cwd: chain.dir })
      expect(code).toBe(0)
      expect(stdout).toMatch(/^chain time advanced by 1d 12h: now \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC \(block 1\)\n$/)
    })

    it('rejects a malformed duration', async () => {
      const { code, stderr } = await runCli(['--rpc', chain.url, 'time', 'advance', '7 days'], { cwd: chain.dir })
      expect(code).toBe(2)
      expect(stderr).toBe('error: duration must look like 7d, 12h, 90s, 1d12h or a number of seconds, got "7 days"\n')
    })
  })
})
