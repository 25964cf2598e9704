import type { Address } from 'viem'
import { readContract } from 'viem/actions'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { timelockAppAuthAbi } from '../generated/contracts'
import { changeIdOf } from '../lib/contracts'
import { addDevice, proposeComposeHash } from '../lib/manage'
import { deployTimelock, hex32, startTestChain, type TestChain } from '../test/chain'
import { runCli } from '../test/cli'

describe('appauth cancel', () => {
  let chain: TestChain
  let app: Address
  const cli = (...argv: string[]) => runCli([...chain.rpcArgs, ...argv], { cwd: chain.dir })
  const pendingCount = () => readContract(chain.client, { address: app, abi: timelockAppAuthAbi, functionName: 'pendingChangeCount' })

  beforeAll(async () => {
    chain = await startTestChain()
    app = await deployTimelock(chain.client)
    await proposeComposeHash(chain.client, { address: app, composeHash: hex32('a2') })
  })
  afterAll(() => chain?.stop())

  it('withdraws a pending compose hash at once', async () => {
    const { code, json } = await cli('--json', 'cancel', app, hex32('a2'))
    expect(code).toBe(0)
    expect(json()).toMatchObject({ app, id: changeIdOf('ComposeHash', hex32('a2')), kind: 'ComposeHash', value: hex32('a2') })
    expect(await pendingCount()).toBe(0n)
  })

  it('withdraws a pending device by its change id', async () => {
    const { change } = (await addDevice(chain.client, { address: app, deviceId: hex32('d7') })) as { change: { id: `0x${string}` } }
    const { code, stdout } = await cli('cancel', app, change.id)
    expect(code).toBe(0)
    expect(stdout).toContain(`cancelled device ${hex32('d7')} on ${app}`)
    expect(await pendingCount()).toBe(0n)
  })

  it('names a change that is not pending', async () => {
    const { code, stderr } = await cli('cancel', app, hex32('a2'))
    expect(code).toBe(2)
    expect(stderr).toBe(`error: cancelProposal would revert: AppAuthChangeNotPending(id ${hex32('a2')})\n`)
  })
})
