import type { Address } from 'viem'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { devPrivateKey } from '../lib/local-chain'
import { warp } from '../test/actions'
import { activity, deployBaseline, deployTimelock, startTestChain, type TestChain } from '../test/chain'
import { runCli } from '../test/cli'

describe('appauth accept', () => {
  let chain: TestChain
  let nominee: Address
  const cli = (...argv: string[]) => runCli([...chain.rpcArgs, ...argv], { cwd: chain.dir })
  const asNominee = (...argv: string[]) => runCli(['--rpc', chain.url, '--private-key', devPrivateKey(3), ...argv], { cwd: chain.dir })

  beforeAll(async () => {
    chain = await startTestChain()
    nominee = (await chain.clientFor(3)).account!.address
  })
  afterAll(() => chain?.stop())

  it('takes a baseline at once after transfer-ownership (two steps, no notice period)', async () => {
    const app = await deployBaseline(chain.client)
    const transferred = await cli('transfer-ownership', app, nominee)
    expect(transferred.code).toBe(0)
    expect(transferred.stdout).toContain(`nominated ${nominee} as the owner of ${app}`)
    // An address without code is never simply called an EOA: it may be a contract not deployed yet.
    expect(transferred.stdout).toMatch(new RegExp(`new owner\\s+account ${nominee} with no code: one key, or a contract not deployed yet`))
    expect(transferred.stdout).toMatch(/acceptable\s+now/)
    const accepted = await asNominee('accept', app)
    expect(accepted.stderr).toBe('')
    expect(accepted.stdout).toContain(`${nominee} now owns ${app}`)
    expect((await cli('--json', 'status', app)).json().owner).toBe(nominee)
  })

  it('refuses to accept before the notice period, by name, then accepts after it', async () => {
    const app = await deployTimelock(chain.client, { notice: 3_600n })
    expect((await cli('transfer-ownership', app, nominee)).code).toBe(0)
    const before = await activity(chain.client, nominee)
    const early = await asNominee('accept', app)
    expect(early.code).toBe(2)
    expect(early.stderr).toMatch(/^error: acceptOwnership would revert: AppAuthNoticePeriodNotElapsed\(id 0x[0-9a-f]{64}, activatesAt .* \(in (1h|59m \d+s)\)\)\n$/)
    expect(await activity(chain.client, nominee)).toEqual(before)
    await warp(chain.client, 3_601)
    expect((await asNominee('accept', app)).code).toBe(0)
    expect((await cli('--json', 'status', app)).json()).toMatchObject({ owner: nominee, pendingOwner: null })
  })
})
