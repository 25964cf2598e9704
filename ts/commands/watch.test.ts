import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type Address, getAddress } from 'viem'
import { getBlockNumber } from 'viem/actions'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { optOutRegistryAbi, optOutRegistryBytecode } from '../generated/contracts'
import { changeIdOf, interfaceIds } from '../lib/contracts'
import { cancel, proposeComposeHash } from '../lib/manage'
import { deployArtifact, mine, send } from '../test/actions'
import { openZeppelinArtifact } from '../test/artifacts'
import { deployTimelock, hex32, startTestChain, type TestChain } from '../test/chain'
import { runCli } from '../test/cli'
import { startCli } from '../test/process'

describe('appauth watch', () => {
  let chain: TestChain
  let app: Address
  let other: Address
  let registry: Address
  let user: Address
  let dir: string
  const cli = (...argv: string[]) => runCli([...chain.rpcArgs, '--confirmations', '0', ...argv], { cwd: chain.dir })

  beforeAll(async () => {
    chain = await startTestChain()
    dir = mkdtempSync(join(tmpdir(), 'appauth-watch-cli-'))
    app = await deployTimelock(chain.client, { notice: 7n * 86_400n })
    other = await deployTimelock(chain.client, { notice: 3_600n })
    await proposeComposeHash(chain.client, { address: app, composeHash: hex32('c2'), uri: 'https://example.org/release' })
    await proposeComposeHash(chain.client, { address: other, composeHash: hex32('c3') })
    await cancel(chain.client, { address: other, id: changeIdOf('ComposeHash', hex32('c3')) })
    registry = getAddress(await deployArtifact(chain.client, { abi: optOutRegistryAbi, bytecode: optOutRegistryBytecode }, [app], 'OptOutRegistry'))
    const userClient = await chain.clientFor(1)
    user = userClient.account!.address
    await send(userClient, registry, optOutRegistryAbi, 'optOut', [changeIdOf('ComposeHash', hex32('c2'))])
  })
  afterAll(async () => {
    await chain?.stop()
    rmSync(dir, { recursive: true, force: true })
  })

  it('reports every event of several apps in chain order, with countdowns, for people', async () => {
    const { code, stdout, stderr } = await cli('watch', app, other, '--once', '--from-block', '0')
    expect(code).toBe(0)
    const lines = stdout.trim().split('\n')
    expect(lines.map((line) => /\s(PROPOSAL|CANCELLATION|ALLOWED|POLICY|CONTROLLER|NOTICE-PERIOD)\s/.exec(line)?.[1])).toEqual([
      'ALLOWED', 'POLICY', 'ALLOWED', 'POLICY', 'POLICY', 'POLICY', 'NOTICE-PERIOD', 'CONTROLLER',
      'ALLOWED', 'POLICY', 'ALLOWED', 'POLICY', 'POLICY', 'POLICY', 'NOTICE-PERIOD', 'CONTROLLER',
      'PROPOSAL', 'PROPOSAL', 'CANCELLATION',
    ])
    expect(lines[1]).toContain(`POLICY  policy compose-hash ${hex32('c1')} enabled by`)
    expect(lines[16]).toMatch(new RegExp(`${app}  PROPOSAL  proposed compose hash ${hex32('c2')} .*https://example.org/release -- activatable in (7d|6d 23h)`))
    expect(lines[18]).toContain(`cancelled compose hash ${hex32('c3')}`)
    expect(stderr).toMatch(/^19 alerts; watched up to block \d+\n$/)
  })

  it('follows an opt-out registry beside its AppAuth, told apart by ERC-165', async () => {
    const { code, stdout } = await cli('--json', 'watch', registry, app, '--once', '--from-block', '0')
    expect(code).toBe(0)
    const alerts = stdout.trim().split('\n').map((line) => JSON.parse(line))
    expect(alerts.slice(-3).map((alert) => [alert.source, alert.sourceKind, alert.type, alert.event])).toEqual([
      [app, 'appauth', 'proposal', 'ChangeProposed'],
      [registry, 'registry', 'opt-out-window', 'ProposalTracked'],
      [registry, 'registry', 'opt-out', 'OptedOut'],
    ])
    expect(alerts.at(-1)).toMatchObject({ args: { user, index: 0 } })

    const people = await cli('watch', app, registry, '--once', '--from-block', '0')
    const last = people.stdout.trim().split('\n').at(-1)!
    expect(last).toMatch(new RegExp(`${registry}  OPT-OUT  ${user} opted out of proposal 0x[0-9a-f]{64} \\(1 opt-out so far\\)$`))
  })

  it('prints JSON lines, and resumes from its cursor with only what is new', async () => {
    const cursor = join(dir, 'cursor.json')
    const first = await cli('--json', 'watch', app, '--once', '--cursor', cursor)
    expect(first.code).toBe(0)
    const alerts = first.stdout.trim().split('\n').map((line) => JSON.parse(line))
    expect(alerts.map((alert) => alert.event)).toEqual(['ComposeHashAdded', 'PolicyChanged', 'DeviceAdded', 'PolicyChanged', 'RequireTcbUpToDateSet', 'PolicyChanged', 'NoticePeriodSet', 'OwnershipTransferred', 'ChangeProposed'])
    expect(alerts[8]).toMatchObject({ type: 'proposal', source: app, args: { uri: 'https://example.org/release' }, countdown: { secondsLeft: expect.any(Number) } })
    expect(JSON.parse(readFileSync(cursor, 'utf8'))).toMatchObject({ version: 1, chainId: 31337, sources: [app], logIndex: null })

    expect((await cli('--json', 'watch', app, '--once', '--cursor', cursor)).stdout).toBe('')
    await cancel(chain.client, { address: app, id: changeIdOf('ComposeHash', hex32('c2')) })
    const again = await cli('--json', 'watch', app, '--once', '--cursor', cursor)
    expect(again.stdout.trim().split('\n').map((line) => JSON.parse(line).event)).toEqual(['ChangeCancelled'])
  })

  it('posts each alert to --webhook', async () => {
    const received: { event: string }[] = []
    const hook = createServer(async (request, response) => {
      let body = ''
      for await (const chunk of request) body += chunk
      received.push(JSON.parse(body))
      response.writeHead(200).end()
    })
    await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve))
    try {
      const { code } = await cli('--json', 'watch', other, '--once', '--webhook', `http://127.0.0.1:${(hook.address() as AddressInfo).port}/`)
      expect(code).toBe(0)
      expect(received.map((alert) => alert.event)).toEqual(['ComposeHashAdded', 'PolicyChanged', 'DeviceAdded', 'PolicyChanged', 'RequireTcbUpToDateSet', 'PolicyChanged', 'NoticePeriodSet', 'OwnershipTransferred', 'ChangeProposed', 'ChangeCancelled'])
    } finally {
      await new Promise((resolve) => hook.close(resolve))
    }
  })

  it('follows new blocks until Ctrl-C, then saves its cursor', async () => {
    const cursor = join(dir, 'follow.json')
    // From the next block on, whenever the process gets going.
    const next = (await getBlockNumber(chain.client, { cacheTime: 0 })) + 1n
    const watch = startCli([...chain.rpcArgs, '--confirmations', '0', 'watch', other, '--cursor', cursor, '--from-block', String(next), '--poll', '100'], { cwd: chain.dir })
    try {
      await proposeComposeHash(chain.client, { address: other, composeHash: hex32('c4') })
      await watch.waitFor((out) => out.includes('PROPOSAL'))
      expect(watch.stdout()).toMatch(/activatable in (1h|59m \d+s)/)
    } finally {
      expect(await watch.interrupt()).toBe(0)
    }
    expect(watch.stderr()).toMatch(/1 alert; watched up to block \d+/)
    await mine(chain.client)
    const resumed = await cli('watch', other, '--once', '--cursor', cursor)
    expect(resumed.stdout).toBe('')
  })

  it('refuses a bad webhook URL and an address that is no AppAuth', async () => {
    expect((await cli('watch', app, '--webhook', 'ftp://x')).stderr).toBe('error: --webhook must be an http(s) URL, got "ftp://x"\n')
    const { code, stderr } = await cli('watch', chain.address, '--once')
    expect(code).toBe(2)
    expect(stderr).toBe(`error: ${chain.address} is not a contract (no code at that address)\n`)
    const timelock = getAddress(await deployArtifact(chain.client, openZeppelinArtifact('TimelockController'), [60n, [], [], chain.address], 'TimelockController'))
    const neither = await cli('watch', app, timelock, '--once')
    expect(neither).toMatchObject({ code: 2, stdout: '' })
    expect(neither.stderr).toBe(
      `error: ${timelock} is neither an AppAuth nor an opt-out registry (supportsInterface answers neither 0x1e079198 nor ${interfaceIds.optOutRegistry})\n`,
    )
  })
})

describe('appauth watch on the embedded chain', () => {
  const home = mkdtempSync(join(tmpdir(), 'appauth-watch-home-'))
  const env = { APPAUTH_HOME: home }
  const local = (...argv: string[]) => runCli(argv, { cwd: home, env })
  afterAll(() => rmSync(home, { recursive: true, force: true }))

  it('starts at the recorded deployment block, leaves the chain to other commands, and shows their events at once', async () => {
    expect((await local('deploy', 'timelock', '--name', 'myapp', '--notice', '1h', '--compose-hash', hex32('c1'))).code).toBe(0)
    // No --from-block: the deployment record knows where the app starts.
    const watch = startCli(['watch', 'myapp'], { cwd: home, env })
    try {
      await watch.waitFor((out) => out.includes('CONTROLLER'))
      expect(watch.stderr()).not.toContain('error')
      // While the watch runs, another command takes the chain at once (no "the local chain is busy").
      const started = Date.now()
      const proposed = await local('propose', 'myapp', hex32('c2'))
      expect(proposed.stderr).toBe('')
      expect(proposed.code).toBe(0)
      expect(Date.now() - started).toBeLessThan(10_000)
      // With the default --confirmations the new event shows within one poll interval (2 s), without
      // another block being mined after it.
      const saved = Date.now()
      await watch.waitFor((out) => out.includes(`proposed compose hash ${hex32('c2')}`), 2_000)
      expect(Date.now() - saved).toBeLessThan(2_000)
      expect(watch.stdout()).toMatch(/PROPOSAL .* -- activatable in (1h|59m)/)
    } finally {
      expect(await watch.interrupt()).toBe(0)
    }
    expect(existsSync(join(home, 'lock'))).toBe(false)
  }, 60_000)

  it('says a replayed proposal is no longer pending once it was activated, never "activatable now"', async () => {
    expect((await local('time', 'advance', '1h')).code).toBe(0)
    expect((await local('activate', 'myapp', hex32('c2'))).code).toBe(0)
    const { code, stdout } = await local('watch', 'myapp', '--once')
    expect(code).toBe(0)
    const proposal = stdout.split('\n').find((line) => line.includes(`proposed compose hash ${hex32('c2')}`))
    expect(proposal).toContain('-- no longer pending')
    expect(proposal).not.toContain('activatable now')
    expect(stdout).toContain(`activated compose hash ${hex32('c2')}`)
  }, 60_000)
})
