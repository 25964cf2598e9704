import type { Address } from 'viem'
import { readContract } from 'viem/actions'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { baselineAppAuthAbi } from '../generated/contracts'
import { deployBaseline, deployTimelock, hex32, startTestChain, type TestChain } from '../test/chain'
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
})
