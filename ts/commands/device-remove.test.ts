import { readContract } from 'viem/actions'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { timelockAppAuthAbi } from '../generated/contracts'
import { activity, deployTimelock, hex32, startTestChain, type TestChain } from '../test/chain'
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

  it('refuses a device that is neither allowed nor pending, and sends nothing', async () => {
    const app = await deployTimelock(chain.client)
    const before = await activity(chain.client)
    const { code, stderr } = await cli('device', 'remove', app, hex32('de'))
    expect(code).toBe(2)
    expect(stderr).toBe(`error: device ${hex32('de')} is neither allowed nor pending on ${app}: nothing to remove\n`)
    expect(await activity(chain.client)).toEqual(before)
  })
})
