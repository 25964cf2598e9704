import type { Address } from 'viem'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { advanceTime } from '../lib/local-chain'
import { activate, cancel, proposeComposeHash } from '../lib/manage'
import { deployTimelock, hex32, startTestChain, type TestChain } from '../test/chain'
import { runCli } from '../test/cli'

describe('appauth history', () => {
  let chain: TestChain
  let app: Address
  const cli = (...argv: string[]) => runCli([...chain.rpcArgs, ...argv], { cwd: chain.dir })

  beforeAll(async () => {
    chain = await startTestChain()
    app = await deployTimelock(chain.client, { notice: 60n })
    await proposeComposeHash(chain.client, { address: app, composeHash: hex32('a2'), uri: 'v2' })
    await proposeComposeHash(chain.client, { address: app, composeHash: hex32('a3') })
    await cancel(chain.client, { address: app, id: hex32('a3') })
    await advanceTime(chain.client, { seconds: 60n })
    await activate(chain.client, { address: app, id: hex32('a2') })
  })
  afterAll(() => chain?.stop())

  it('lists every change in chain order', async () => {
    const { code, json } = await cli('--json', 'history', app)
    expect(code).toBe(0)
    const history = json()
    expect(history.entries.map((entry: { event: string }) => entry.event)).toEqual([
      'ComposeHashAdded',
      'DeviceAdded',
      'RequireTcbUpToDateSet',
      'NoticePeriodSet',
      'OwnershipTransferred',
      'ChangeProposed',
      'ChangeProposed',
      'ChangeCancelled',
      'ComposeHashAdded',
      'ChangeActivated',
    ])
    const proposed = history.entries[5]
    expect(proposed.args).toMatchObject({ id: hex32('a2'), kind: 1, value: hex32('a2'), uri: 'v2' })
    expect(proposed.summary).toMatch(new RegExp(`^proposed compose hash ${hex32('a2')} \\(id ${hex32('a2')}\\), activatable .* UTC until .* UTC, v2$`))
    expect(history.entries[7].summary).toBe(`cancelled compose hash ${hex32('a3')} (id ${hex32('a3')})`)
    // Ordered by block, then by log index.
    const order = history.entries.map((entry: { blockNumber: number; logIndex: number }) => entry.blockNumber * 1_000 + entry.logIndex)
    expect(order).toEqual([...order].sort((a, b) => a - b))
  })

  it('returns the same entries whatever the page size', async () => {
    const whole = (await cli('--json', 'history', app)).json()
    const paged = (await cli('--json', 'history', app, '--page-size', '1')).json()
    expect(paged.entries).toEqual(whole.entries)
  })

  it('reads a block range', async () => {
    const whole = (await cli('--json', 'history', app)).json()
    const last = whole.entries.at(-1).blockNumber
    const tail = (await cli('--json', 'history', app, '--from-block', String(last), '--to-block', String(last))).json()
    expect(tail.entries.map((entry: { event: string }) => entry.event)).toEqual(['ComposeHashAdded', 'ChangeActivated'])
  })

  it('prints one line per event for people', async () => {
    const { stdout } = await cli('history', app)
    const lines = stdout.trim().split('\n')
    expect(lines[0]).toMatch(new RegExp(`^history of ${app}, blocks \\d+-\\d+: 10 event\\(s\\)$`))
    expect(lines).toHaveLength(11)
    expect(lines.at(-1)).toMatch(/UTC {2}block \d+ {2}activated compose hash 0xa2a2/)
  })
})
