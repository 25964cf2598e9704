import { readContract } from 'viem/actions'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { timelockAppAuthAbi } from '../generated/contracts'
import { deployTimelock, hex32, startTestChain, type TestChain } from '../test/chain'
import { runCli } from '../test/cli'

describe('appauth device remove', () => {
  let chain: TestChain
  const cli = (...argv: string[]) => runCli([...chain.rpcArgs, ...argv], { cwd: chain.dir })

  beforeAll(async () => {
    chain = await startTestChain()
  })
  afterAll(() => chain?.stop())

  it('removes a device at once', async () => {
    const app = await deployTimelock(chain.client)
    const { code, json } = await cli('--json', 'device', 'remove', app, hex32('d1'))
    expect(code).toBe(0)
    expect(json()).toMatchObject({ app, deviceId: hex32('d1') })
    expect(await readContract(chain.client, { address: app, abi: timelockAppAuthAbi, functionName: 'allowedDeviceIds', args: [hex32('d1')] })).toBe(false)
  })
})
