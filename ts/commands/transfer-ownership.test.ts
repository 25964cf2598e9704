import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Address } from 'viem'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { warp } from '../test/actions'
import { activity, deployTimelock, hex32, startTestChain, type TestChain } from '../test/chain'
import { runCli } from '../test/cli'
import { deploySafe, executeBatch } from '../test/safe'

describe('appauth transfer-ownership to a Safe, then changes from the Safe', () => {
  let chain: TestChain
  let app: Address
  let safe: Address
  const cli = (...argv: string[]) => runCli([...chain.rpcArgs, ...argv], { cwd: chain.dir })
  const batch = (file: string) => JSON.parse(readFileSync(join(chain.dir, file), 'utf8'))

  beforeAll(async () => {
    chain = await startTestChain()
    app = await deployTimelock(chain.client, { notice: 3_600n })
    const other = (await chain.clientFor(1)).account!.address
    safe = await deploySafe(chain.client, { owners: [chain.address, other], threshold: 1n })
  })
  afterAll(() => chain?.stop())

  it('announces the hand-over for the notice period, naming the Safe and how it accepts', async () => {
    const { code, stdout, stderr } = await cli('transfer-ownership', app, safe)
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(stdout).toContain(`announced the hand-over of ${app} to ${safe}`)
    expect(stdout).toContain(`new owner    Safe ${safe}: 1 of 2 owners`)
    expect(stdout).toMatch(/acceptable\s+.* \(in (1h|59m \d+s)\) until/)
    expect(stdout).toContain(`safe-export ${app} accept-ownership --safe ${safe}`)
    expect((await cli('--json', 'status', app)).json()).toMatchObject({ owner: chain.address, pendingOwner: safe })
  })

  it('lets the Safe accept after the notice period, through safe-export and a real execTransaction', async () => {
    // Before the notice period has passed, the export's simulation from the Safe refuses it.
    const early = await cli('safe-export', app, 'accept-ownership', '--safe', safe)
    expect(early.code).toBe(2)
    expect(early.stderr).toMatch(/acceptOwnership would revert: AppAuthNoticePeriodNotElapsed/)
    await warp(chain.client, 3_601)
    const exported = await cli('safe-export', app, 'accept-ownership', '--safe', safe, '--out', 'accept.json')
    expect(exported.code).toBe(0)
    await executeBatch(chain.client, { safe, batch: batch('accept.json') })
    expect((await cli('--json', 'status', app)).json()).toMatchObject({ owner: safe, pendingOwner: null })
  })

  it("refuses propose from the Safe's owner account, naming the Safe and pointing at safe-export, sending nothing", async () => {
    const before = await activity(chain.client)
    const { code, stderr } = await cli('propose', app, hex32('b2'))
    expect(code).toBe(2)
    expect(stderr).toBe(
      `error: ${chain.address} is not the owner of ${app}: its owner is Safe ${safe}: 1 of 2 owners; export the change for the Safe to sign: \`appauth safe-export ${app} propose ${hex32('b2')} --safe ${safe}\` (AppAuthUnauthorized(caller ${chain.address}))\n`,
    )
    expect(await activity(chain.client)).toEqual(before)
  })

  it('proposes from the Safe: safe-export, then execTransaction, and the change is pending', async () => {
    const exported = await cli('safe-export', app, 'propose', hex32('b2'), '--safe', safe, '--out', 'propose.json')
    expect(exported.code).toBe(0)
    await executeBatch(chain.client, { safe, batch: batch('propose.json') })
    const { pending } = (await cli('--json', 'status', app)).json()
    expect(pending.map((change: { kind: string; value: string }) => [change.kind, change.value])).toEqual([['ComposeHash', hex32('b2')]])
  })

  it('refuses a multisig, which has signers and no owner, before sending', async () => {
    const multisig = await cli('--json', 'deploy', 'multisig', '--signer', chain.address, '--threshold', '1')
    const before = await activity(chain.client)
    const { code, stderr } = await cli('transfer-ownership', multisig.json().address, safe)
    expect(code).toBe(2)
    expect(stderr).toContain('a multisig AppAuth has signers, not an owner')
    expect(await activity(chain.client)).toEqual(before)
  })
})

describe('appauth transfer-ownership to a TimelockController', () => {
  let chain: TestChain
  const cli = (...argv: string[]) => runCli([...chain.rpcArgs, ...argv], { cwd: chain.dir })

  beforeAll(async () => {
    chain = await startTestChain()
  })
  afterAll(() => chain?.stop())

  it('names the timelock and says it accepts through its own proposers', async () => {
    const governed = (await cli('--json', 'deploy', 'governor', '--name', 'g')).json()
    const app = await deployTimelock(chain.client, { notice: 3_600n })
    const { code, stdout } = await cli('transfer-ownership', app, governed.timelock)
    expect(code).toBe(0)
    expect(stdout).toContain(`new owner    TimelockController ${governed.timelock}`)
    expect(stdout).toContain('the TimelockController schedules and executes acceptOwnership()')
  })
})
