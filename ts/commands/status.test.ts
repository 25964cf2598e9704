import type { Address } from 'viem'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { advanceTime } from '../lib/local-chain'
import { activate, addDevice, proposeComposeHash, removeComposeHash } from '../lib/manage'
import { deployBaseline, deployTimelock, hex32, policy, startTestChain, type TestChain } from '../test/chain'
import { runCli } from '../test/cli'

describe('appauth status', () => {
  let chain: TestChain
  let app: Address
  const cli = (...argv: string[]) => runCli([...chain.rpcArgs, ...argv], { cwd: chain.dir })

  beforeAll(async () => {
    chain = await startTestChain()
    app = await deployTimelock(chain.client, { notice: 3_600n, policy: policy({ composeHashes: [hex32('c1'), hex32('c2')] }) })
    // c3 becomes effective, c2 is removed, c4 stays announced, device d2 announced later.
    await proposeComposeHash(chain.client, { address: app, composeHash: hex32('c3') })
    await advanceTime(chain.client, { seconds: 3_600n })
    await activate(chain.client, { address: app, id: hex32('c3') })
    await removeComposeHash(chain.client, { address: app, composeHash: hex32('c2') })
    await proposeComposeHash(chain.client, { address: app, composeHash: hex32('c4'), uri: 'ipfs://release-notes' })
    await advanceTime(chain.client, { seconds: 1_800n })
    await addDevice(chain.client, { address: app, deviceId: hex32('d2') })
  })
  afterAll(() => chain?.stop())

  it('reconstructs the effective allow-lists and lists pending changes by activation time', async () => {
    const { code, json } = await cli('--json', 'status', app)
    expect(code).toBe(0)
    const status = json()
    expect(status).toMatchObject({
      address: app,
      variant: 'timelock',
      // A 1-hour notice is too short to exit in: the audit's rating, which status prints too.
      stage: 'Stage 0',
      build: expect.stringMatching(/^TimelockAppAuth @ devproof-appauth /),
      owner: chain.address,
      pendingOwner: null,
      notice: { period: 3_600, min: 3_600, grace: 86_400 },
      allowAnyDevice: false,
      requireTcbUpToDate: true,
    })
    expect(status.composeHashes.map((item: { value: string }) => item.value)).toEqual([hex32('c1'), hex32('c3')])
    expect(status.devices.map((item: { value: string }) => item.value)).toEqual([hex32('d1')])
    expect(status.pending.map((change: { kind: string; value: string; state: string }) => [change.kind, change.value, change.state])).toEqual([
      ['ComposeHash', hex32('c4'), 'waiting'],
      ['Device', hex32('d2'), 'waiting'],
    ])
    expect(status.pending[0].activatesAt - status.now).toBeGreaterThan(1_700)
    expect(status.pending[0].activatesAt - status.now).toBeLessThanOrEqual(1_800)
  })

  it('shows countdowns for people', async () => {
    const { code, stdout } = await cli('status', app)
    expect(code).toBe(0)
    expect(stdout).toContain('timelock AppAuth, ERC-733 Stage 0 (ruggable)')
    expect(stdout).toContain('notice period  1h (never below 1h; activatable for 1d after)')
    expect(stdout).toContain('compose hashes (2)')
    expect(stdout).toContain('pending changes (2)')
    expect(stdout).toMatch(new RegExp(`compose hash ${hex32('c4')}: activatable .* UTC \\(in (30m|29m \\d+s)\\) until`))
    expect(stdout).toContain('uri ipfs://release-notes')
  })

  it('marks a matured change as activatable', async () => {
    await advanceTime(chain.client, { seconds: 1_800n })
    const { json } = await cli('--json', 'status', app)
    expect(json().pending.map((change: { state: string }) => change.state)).toEqual(['activatable', 'waiting'])
  })

  it('describes a baseline as Stage 0 with no notice period', async () => {
    const baseline = await deployBaseline(chain.client)
    const { code, json, stdout } = await cli('--json', 'status', baseline)
    expect(code).toBe(0)
    expect(json()).toMatchObject({ variant: 'baseline', stage: 'Stage 0', pending: [] })
    expect(json().notice).toBeUndefined()
    expect(stdout).not.toContain('pending changes')
  })
})
