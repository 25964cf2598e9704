import type { Address } from 'viem'
import { readContract } from 'viem/actions'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { baselineAppAuthAbi, timelockAppAuthAbi } from '../generated/contracts'
import { changeIdOf } from '../lib/contracts'
import { proposeComposeHash } from '../lib/manage'
import { activity, deployBaseline, deployTimelock, hex32, startTestChain, type TestChain } from '../test/chain'
import { runCli } from '../test/cli'

describe('appauth remove', () => {
  let chain: TestChain
  const cli = (...argv: string[]) => runCli([...chain.rpcArgs, ...argv], { cwd: chain.dir })
  const allowed = (app: Address, hash: `0x${string}`) =>
    readContract(chain.client, { address: app, abi: baselineAppAuthAbi, functionName: 'allowedComposeHashes', args: [hash] })

  beforeAll(async () => {
    chain = await startTestChain()
  })
  afterAll(() => chain?.stop())

  it('removes a compose hash at once from a timelock (tightening needs no notice)', async () => {
    const app = await deployTimelock(chain.client)
    const { code, json } = await cli('--json', 'remove', app, hex32('c1'))
    expect(code).toBe(0)
    expect(json()).toMatchObject({ app, composeHash: hex32('c1') })
    expect(await allowed(app, hex32('c1'))).toBe(false)
  })

  it('removes a compose hash from a baseline', async () => {
    const app = await deployBaseline(chain.client)
    const { code, stdout } = await cli('remove', app, hex32('c1'))
    expect(code).toBe(0)
    expect(stdout).toContain(`compose hash ${hex32('c1')} removed from ${app}, effective now`)
    expect(await allowed(app, hex32('c1'))).toBe(false)
  })

  it('withdraws the announcement of a compose hash that is only pending, and says it was never allowed', async () => {
    const app = await deployTimelock(chain.client)
    await proposeComposeHash(chain.client, { address: app, composeHash: hex32('c9') })
    const id = changeIdOf('ComposeHash', hex32('c9'))
    const { code, stdout } = await cli('remove', app, hex32('c9'))
    expect(code).toBe(0)
    expect(stdout).toContain(`withdrew the pending announcement of compose hash ${hex32('c9')} (id ${id}) on ${app}; it was never allowed and now never will be`)
    expect(stdout).not.toContain('effective now')
    const pending = await readContract(chain.client, { address: app, abi: timelockAppAuthAbi, functionName: 'activatesAt', args: [id] })
    expect(pending).toBe(0n)
  })

  it('refuses a compose hash that is neither allowed nor pending, and sends nothing', async () => {
    for (const app of [await deployTimelock(chain.client), await deployBaseline(chain.client)]) {
      const before = await activity(chain.client)
      const { code, stderr } = await cli('remove', app, hex32('ee'))
      expect(code).toBe(2)
      expect(stderr).toBe(`error: compose hash ${hex32('ee')} is neither allowed nor pending on ${app}: nothing to remove\n`)
      expect(await activity(chain.client)).toEqual(before)
    }
  })
})
