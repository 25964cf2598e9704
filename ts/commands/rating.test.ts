// deploy, status and audit print one rating (the audit's): every variant, with a short and a long notice.
import type { Address } from 'viem'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { deployContract } from '../lib/transactions'
import { forgeArtifact } from '../test/artifacts'
import { hex32, startTestChain, type TestChain } from '../test/chain'
import { runCli } from '../test/cli'

describe('one stage for deploy, status and audit', { timeout: 240_000 }, () => {
  let chain: TestChain
  const cli = (...argv: string[]) => runCli([...chain.rpcArgs, ...argv], { cwd: chain.dir })

  // The verified variants need an adapter: ours, over the tests' stand-in Nitro validator (a local
  // test build the audit knows on this chain only).
  let adapter: Address
  beforeAll(async () => {
    chain = await startTestChain()
    const validator = (await deployContract(chain.client, { ...forgeArtifact('test/mocks/MockNitroValidator.sol', 'MockNitroValidator'), args: [], name: 'MockNitroValidator' })).address
    const deployed = await cli('--json', 'deploy', 'adapter', 'nitro', '--verifier', validator)
    expect(deployed.stderr).toBe('')
    adapter = deployed.json().address
  }, 120_000)
  afterAll(() => chain?.stop())

  const cases: { variant: string; notice: string | null; flags: () => string[]; expected: number }[] = [
    { variant: 'baseline', notice: null, flags: () => [], expected: 0 },
    { variant: 'timelock', notice: '1h', flags: () => [], expected: 0 },
    { variant: 'timelock', notice: '7d', flags: () => [], expected: 1 },
    { variant: 'multisig', notice: '1h', flags: () => ['--signer', chain.address, '--threshold', '1'], expected: 0 },
    { variant: 'multisig', notice: '7d', flags: () => ['--signer', chain.address, '--threshold', '1'], expected: 1 },
    // The Governor's timelock delay (2d by default) adds to the notice: 2d 1h is still too short.
    { variant: 'governor', notice: '1h', flags: () => [], expected: 0 },
    { variant: 'governor', notice: '14d', flags: () => [], expected: 2 },
    // One vendor (k = 1) earns no Stage 3: the verified variants rate as their controller allows.
    { variant: 'verified', notice: '1h', flags: () => ['--adapter', `nitro=${adapter}`], expected: 0 },
    { variant: 'verified', notice: '7d', flags: () => ['--adapter', `nitro=${adapter}`], expected: 1 },
    { variant: 'governor --verified', notice: '14d', flags: () => ['--verified', '--adapter', `nitro=${adapter}`], expected: 2 },
  ]

  for (const { variant, notice, flags, expected } of cases) {
    it(`${variant}${notice ? ` with a ${notice} notice` : ''}: Stage ${expected} in all three`, async () => {
      const name = `${variant.replace(' --', '-')}-${notice ?? 'none'}`
      const deployed = await cli('--json', 'deploy', variant.split(' ')[0]!, '--name', name, ...(notice ? ['--notice', notice] : []), '--compose-hash', hex32('c1'), ...flags())
      expect(deployed.stderr).toBe('')
      const audited = (await cli('--json', 'audit', name)).json()
      const status = (await cli('--json', 'status', name)).json()
      expect(audited.stage).toBe(expected)
      expect(deployed.json().stage).toBe(expected)
      expect(status.stage).toBe(`Stage ${expected}`)

      // And for people: the same "Stage N" in each first line.
      const lines = await Promise.all([cli('audit', name), cli('status', name)])
      for (const { stdout } of lines) expect(stdout.split('\n')[0]).toContain(`ERC-733 Stage ${expected}`)
    })
  }
})
