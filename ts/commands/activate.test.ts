import type { Address } from 'viem'
import { readContract } from 'viem/actions'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { timelockAppAuthAbi } from '../generated/contracts'
import { changeIdOf } from '../lib/contracts'
import { advanceTime } from '../lib/local-chain'
import { proposeComposeHash } from '../lib/manage'
import { activity, deployBaseline, deployTimelock, hex32, startTestChain, type TestChain } from '../test/chain'
import { runCli } from '../test/cli'

describe('appauth activate', () => {
  let chain: TestChain
  let app: Address
  const cli = (...argv: string[]) => runCli([...chain.rpcArgs, ...argv], { cwd: chain.dir })
  const allowed = (hash: `0x${string}`) =>
    readContract(chain.client, { address: app, abi: timelockAppAuthAbi, functionName: 'allowedComposeHashes', args: [hash] })

  beforeAll(async () => {
    chain = await startTestChain()
    app = await deployTimelock(chain.client, { notice: 3_600n })
    await proposeComposeHash(chain.client, { address: app, composeHash: hex32('a2') })
  })
  afterAll(() => chain?.stop())

  it('refuses before the notice period has elapsed, with the activation time, and sends nothing', async () => {
    const before = await activity(chain.client)
    const { code, stderr } = await cli('activate', app, hex32('a2'))
    expect(code).toBe(2)
    expect(stderr).toMatch(new RegExp(`^error: activate would revert: AppAuthNoticePeriodNotElapsed\\(id ${changeIdOf('ComposeHash', hex32('a2'))}, activatesAt \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC \\(in (1h|59m \\d+s)\\)\\)\\n$`))
    expect(await activity(chain.client)).toEqual(before)
    expect(await allowed(hex32('a2'))).toBe(false)
  })

  it('activates once the notice period has passed', async () => {
    await advanceTime(chain.client, { seconds: 3_600n })
    const { code, json } = await cli('--json', 'activate', app, hex32('a2'))
    expect(code).toBe(0)
    expect(json()).toMatchObject({ app, id: changeIdOf('ComposeHash', hex32('a2')), kind: 'ComposeHash', value: hex32('a2') })
    expect(await allowed(hex32('a2'))).toBe(true)
  })

  it('names a change that is not pending', async () => {
    const { code, stderr } = await cli('activate', app, hex32('a9'))
    expect(code).toBe(2)
    expect(stderr).toBe(`error: activate would revert: AppAuthChangeNotPending(id ${hex32('a9')})\n`)
  })

  it('refuses after the grace period, naming the expiry', async () => {
    await proposeComposeHash(chain.client, { address: app, composeHash: hex32('a3') })
    await advanceTime(chain.client, { seconds: 3_600n + 86_400n + 1n })
    const { code, stderr } = await cli('activate', app, hex32('a3'))
    expect(code).toBe(2)
    expect(stderr).toMatch(new RegExp(`^error: activate would revert: AppAuthChangeExpired\\(id ${changeIdOf('ComposeHash', hex32('a3'))}, expiresAt .* UTC \\(1s ago\\)\\)\\n$`))
  })

  it('waits out a short notice period with --wait', async () => {
    const quick = await deployTimelock(chain.client, { notice: 2n })
    await proposeComposeHash(chain.client, { address: quick, composeHash: hex32('a4') })
    const { code, json } = await cli('--json', 'activate', quick, hex32('a4'), '--wait')
    expect(code).toBe(0)
    expect(json().kind).toBe('ComposeHash')
  })

  it('explains that a baseline has nothing to activate', async () => {
    const baseline = await deployBaseline(chain.client)
    const { code, stderr } = await cli('activate', baseline, hex32('a2'))
    expect(code).toBe(2)
    expect(stderr).toBe(`error: cannot activate on ${baseline}: a baseline AppAuth has no pending changes (every change is instant)\n`)
  })
})
