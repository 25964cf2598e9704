import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Address } from 'viem'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { changeIdOf } from '../lib/contracts'
import { advanceTime, devPrivateKey } from '../lib/local-chain'
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
    await activate(chain.client, { address: app, id: changeIdOf('ComposeHash', hex32('c3')) })
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

  it('does not count an expired change as pending', async () => {
    // c4's window (1d grace after its notice) passes without activation.
    await advanceTime(chain.client, { seconds: 2n * 86_400n })
    const { json } = await cli('--json', 'status', app)
    expect(json().pending).toEqual([])
    expect(json().expired.map((change: { value: string; state: string }) => [change.value, change.state])).toEqual([
      [hex32('c4'), 'expired'],
      [hex32('d2'), 'expired'],
    ])
    const { stdout } = await cli('status', app)
    expect(stdout).toContain('pending changes (0)')
    expect(stdout).toMatch(/expired, never activated \(2;/)
  })
})

describe('appauth status and history with an opt-out registry', () => {
  let chain: TestChain
  let app: Address
  const cli = (...argv: string[]) => runCli([...chain.rpcArgs, ...argv], { cwd: chain.dir })

  beforeAll(async () => {
    chain = await startTestChain()
    app = await deployTimelock(chain.client, { notice: 3_600n })
  })
  afterAll(() => chain?.stop())

  it('names the registry recorded for an app, and shows its windows and opt-outs', async () => {
    // Recorded under a name, the app's registry gets the name the README uses: <app>-optout.
    const deployed = await cli('--json', 'deploy', 'timelock', '--name', 'myapp', '--notice', '1h')
    expect(deployed.code).toBe(0)
    const myapp = deployed.json().address as Address
    const registry = await cli('--json', 'deploy', 'optout', 'myapp')
    expect(registry.json().name).toBe('myapp-optout')
    expect((await cli('propose', 'myapp', hex32('e1'))).code).toBe(0)
    const user = await chain.clientFor(2)
    const optedOut = await runCli(['--rpc', chain.url, '--private-key', devPrivateKey(2), '--deployments', join(chain.dir, 'deployments'), 'opt-out', 'myapp-optout', hex32('e1')], { cwd: chain.dir })
    expect(optedOut.code).toBe(0)

    const status = await cli('status', 'myapp')
    expect(status.code).toBe(0)
    expect(status.stdout).toMatch(/opt-out registry\s+myapp-optout \(0x[0-9a-fA-F]{40}\): 1 open window\(s\), 1 opt-out\(s\)/)
    expect((await cli('--json', 'status', myapp)).json().registries).toMatchObject([{ name: 'myapp-optout', total: 1 }])

    const summary = await cli('--json', 'status', 'myapp-optout')
    expect(summary.code).toBe(0)
    expect(summary.json()).toMatchObject({ app: myapp, total: 1, windows: [{ changeId: changeIdOf('ComposeHash', hex32('e1')), open: true, count: 1, users: [user.account!.address] }] })
    const human = await cli('status', 'myapp-optout')
    expect(human.stdout).toContain(`opt-out registry of myapp (${myapp})`)
    expect(human.stdout).toMatch(/window OPEN, closes .*in (1h|59m)/)

    const history = await cli('history', 'myapp-optout')
    expect(history.code).toBe(0)
    expect(history.stdout).toContain(`opt-out window of change ${changeIdOf('ComposeHash', hex32('e1'))}`)
    expect(history.stdout).toContain(`${user.account!.address} opted out of proposal`)
  })

  it('finds a registry whose record predates the app field by asking it which AppAuth it serves', async () => {
    const file = join(chain.dir, 'deployments/31337.json')
    const records = JSON.parse(readFileSync(file, 'utf8'))
    delete records['myapp-optout'].app
    writeFileSync(file, JSON.stringify(records))
    expect((await cli('status', 'myapp')).stdout).toMatch(/opt-out registry\s+myapp-optout \(0x[0-9a-fA-F]{40}\): 1 open window/)
  })

  it('shows an app that has no registry without a registry line', async () => {
    const { stdout } = await cli('status', app)
    expect(stdout).not.toContain('opt-out registry')
  })
})

describe('appauth status on the embedded chain', () => {
  const home = mkdtempSync(join(tmpdir(), 'appauth-status-home-'))
  const local = (...argv: string[]) => runCli(argv, { cwd: home, env: { APPAUTH_HOME: home } })
  afterAll(() => rmSync(home, { recursive: true, force: true }))

  it('takes an address as well as a deployment name', async () => {
    const deployed = await local('--json', 'deploy', 'timelock', '--name', 'local-app')
    expect(deployed.code).toBe(0)
    const address = deployed.json().address as string
    const byAddress = await local('--json', 'status', address)
    expect(byAddress.stderr).toBe('')
    expect(byAddress.code).toBe(0)
    expect(byAddress.json()).toMatchObject({ address, variant: 'timelock' })
    // An address no record carries is read from the start of the (short) local chain.
    writeFileSync(join(home, 'deployments/31337.json'), '{}\n')
    const unrecorded = await local('--json', 'status', address)
    expect(unrecorded.stderr).toBe('')
    expect(unrecorded.json().composeHashes).toEqual([])
    expect((await local('--json', 'history', address)).json().entries.length).toBeGreaterThan(0)
  })
})
