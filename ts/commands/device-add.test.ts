import { readContract } from 'viem/actions'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { baselineAppAuthAbi } from '../generated/contracts'
import { deployBaseline, deployTimelock, hex32, startTestChain, type TestChain } from '../test/chain'
import { runCli } from '../test/cli'

describe('appauth device add', () => {
  let chain: TestChain
  const cli = (...argv: string[]) => runCli([...chain.rpcArgs, ...argv], { cwd: chain.dir })

  beforeAll(async () => {
    chain = await startTestChain()
  })
  afterAll(() => chain?.stop())

  it('announces a device on a timelock: a loosening waits the notice period', async () => {
    const app = await deployTimelock(chain.client)
    const { code, json } = await cli('--json', 'device', 'add', app, hex32('d2'), '--uri', 'ticket #12')
    expect(code).toBe(0)
    expect(json()).toMatchObject({ app, mode: 'proposed', change: { kind: 'Device', value: hex32('d2'), uri: 'ticket #12' } })
    expect(json().change.id).not.toBe(hex32('d2'))
    expect(await readContract(chain.client, { address: app, abi: baselineAppAuthAbi, functionName: 'allowedDeviceIds', args: [hex32('d2')] })).toBe(false)
  })

  it('adds a device at once on a baseline', async () => {
    const app = await deployBaseline(chain.client)
    const { code, stdout } = await cli('device', 'add', app, hex32('d2'))
    expect(code).toBe(0)
    expect(stdout).toContain(`device ${hex32('d2')} allowed on ${app}, effective now`)
    expect(await readContract(chain.client, { address: app, abi: baselineAppAuthAbi, functionName: 'allowedDeviceIds', args: [hex32('d2')] })).toBe(true)
  })

  it('rejects a device id of the wrong length', async () => {
    const { code, stderr } = await cli('device', 'add', chain.address, '0xd2')
    expect(code).toBe(2)
    expect(stderr).toBe('error: device id must be 32 bytes (64 hex digits), got 2 digits: 0xd2\n')
  })
})
