import { type Address, encodeFunctionData } from 'viem'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { changeIdOf } from '../lib/contracts'
import { advanceTime } from '../lib/local-chain'
import { activate, cancel, proposeComposeHash } from '../lib/manage'
import { deployArtifact, send } from '../test/actions'
import { forgeArtifact, openZeppelinArtifact } from '../test/artifacts'
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
    await cancel(chain.client, { address: app, id: changeIdOf('ComposeHash', hex32('a3')) })
    await advanceTime(chain.client, { seconds: 60n })
    await activate(chain.client, { address: app, id: changeIdOf('ComposeHash', hex32('a2')) })
  })
  afterAll(() => chain?.stop())

  it('lists every change in chain order', async () => {
    const { code, json } = await cli('--json', 'history', app)
    expect(code).toBe(0)
    const history = json()
    expect(history.entries.map((entry: { event: string }) => entry.event)).toEqual([
      'ComposeHashAdded',
      'PolicyChanged',
      'DeviceAdded',
      'PolicyChanged',
      'RequireTcbUpToDateSet',
      'PolicyChanged',
      'NoticePeriodSet',
      'OwnershipTransferred',
      'ChangeProposed',
      'ChangeProposed',
      'ChangeCancelled',
      'ComposeHashAdded',
      'PolicyChanged',
      'ChangeActivated',
    ])
    const a2 = changeIdOf('ComposeHash', hex32('a2'))
    const proposed = history.entries[8]
    expect(proposed.args).toMatchObject({ id: a2, kind: 1, value: hex32('a2'), uri: 'v2' })
    expect(proposed.summary).toMatch(new RegExp(`^proposed compose hash ${hex32('a2')} \\(id ${a2}\\), activatable .* UTC until .* UTC, v2$`))
    expect(history.entries[10].summary).toBe(`cancelled compose hash ${hex32('a3')} (id ${changeIdOf('ComposeHash', hex32('a3'))})`)
    // Upstream's PolicyChanged is named and described beside each effective change.
    expect(history.entries[1].args).toMatchObject({ value: hex32('c1'), enabled: true })
    expect(history.entries[1].summary).toBe(`policy compose-hash ${hex32('c1')} enabled by ${chain.client.account!.address}`)
    expect(history.entries[5].summary).toBe(`policy require-tcb-up-to-date on by ${chain.client.account!.address}`)
    expect(history.entries[12].summary).toMatch(new RegExp(`^policy compose-hash ${hex32('a2')} enabled by 0x[0-9a-fA-F]{40}$`))
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
    expect(tail.entries.map((entry: { event: string }) => entry.event)).toEqual(['ComposeHashAdded', 'PolicyChanged', 'ChangeActivated'])
  })

  it("names an upstream DstackApp proxy's lifecycle events instead of calling them unknown", async () => {
    const reference = forgeArtifact('test/reference/DstackAppReference.sol', 'DstackAppReference')
    const implementation = await deployArtifact(chain.client, reference, [], 'DstackAppReference')
    const owner = chain.client.account!.address
    const initialize = encodeFunctionData({ abi: reference.abi, functionName: 'initialize', args: [owner, false, true, false, hex32('d1'), hex32('c1')] })
    const proxy = await deployArtifact(chain.client, openZeppelinArtifact('ERC1967Proxy'), [implementation, initialize], 'ERC1967Proxy')
    await send(chain.client, proxy, reference.abi, 'disableUpgrades')
    const { code, json } = await cli('--json', 'history', proxy)
    expect(code).toBe(0)
    const entries = json().entries as { event: string; summary: string }[]
    expect(entries.map((entry) => entry.event)).not.toContain('unknown')
    const summary = (event: string) => entries.find((entry) => entry.event === event)?.summary
    expect(summary('Upgraded')).toBe(`implementation upgraded to ${implementation}`)
    expect(summary('Initialized')).toBe('initialised (version 1)')
    expect(summary('UpgradesDisabled')).toBe('upgrades disabled for good')
  })

  it('prints one line per event for people', async () => {
    const { stdout } = await cli('history', app)
    const lines = stdout.trim().split('\n')
    expect(lines[0]).toMatch(new RegExp(`^history of ${app}, blocks \\d+-\\d+: 14 event\\(s\\)$`))
    expect(lines).toHaveLength(15)
    expect(lines.at(-1)).toMatch(/UTC {2}block \d+ {2}activated compose hash 0xa2a2/)
  })
})
