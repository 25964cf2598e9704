import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type Address, getAddress, hexToBigInt, type Hex } from 'viem'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { optOutRegistryAbi, optOutRegistryBytecode, timelockAppAuthAbi } from '../generated/contracts'
import { type AppAuthClient, connect } from './client'
import { deployTimelockAppAuth } from './deploy'
import { changeIdOf, interfaceIds } from './contracts'
import { NotAnAppAuthError, NotWatchableError } from './errors'
import { rangeRefusal } from './log-pages'
import { deployArtifact, mine, send, warp } from '../test/actions'
import { openZeppelinArtifact } from '../test/artifacts'
import { hex32, startTestChain, type TestChain } from '../test/chain'
import { deployFountain, emitHistory, sequenceOf } from '../test/event-history'
import { startRpcProxy } from '../test/rpc-proxy'
import { postAlert, readCursor, type WatchAlert, type WatchEventsParameters, watchEvents } from './watch'
import { devRpc } from './dev-rpc'

const total = 10_000
const shapes = ['ChangeProposed', 'ChangeCancelled', 'ComposeHashAdded', 'DeviceAdded']

/** Checks that alerts are the fountain's events first..last, each once, in order. */
function expectSequence(alerts: WatchAlert[], first = 0, last = total - 1): void {
  const sequence = alerts.map((alert) => sequenceOf(alert.args))
  expect(sequence.length).toBe(last - first + 1)
  const wrong = sequence.findIndex((value, i) => value !== first + i)
  expect(wrong, `alert ${wrong} carries ${sequence[wrong]}`).toBe(-1)
  for (const alert of alerts) expect(alert.event).toBe(shapes[sequenceOf(alert.args) % 4])
}

describe('watch', { timeout: 120_000 }, () => {
  let chain: TestChain
  let fountain: Address
  let dir: string
  let history: { firstBlock: bigint; lastBlock: bigint }

  const run = (client: AppAuthClient, parameters: Partial<WatchEventsParameters> & { alerts: WatchAlert[] }) =>
    watchEvents(client, {
      sources: [{ address: fountain, kind: 'appauth' }],
      confirmations: 0,
      follow: false,
      fromBlock: 0n,
      onAlert: (alert) => {
        parameters.alerts.push(alert)
      },
      ...parameters,
    })

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'appauth-watch-'))
    chain = await startTestChain()
    fountain = await deployFountain(chain.client)
    history = await emitHistory(chain.client, { fountain, total, perTransaction: 100, gap: 0 })
  })
  afterAll(async () => {
    await chain?.stop()
    rmSync(dir, { recursive: true, force: true })
  })

  it(`scans a history of ${total} events completely, in order, across pages`, async () => {
    const alerts: WatchAlert[] = []
    const pages: bigint[][] = []
    const started = performance.now()
    const { delivered, cursor } = await run(chain.client, { alerts, pageSize: 7n, onProgress: (page) => pages.push([page.fromBlock, page.toBlock]) })
    const seconds = (performance.now() - started) / 1000
    expect(delivered).toBe(total)
    expectSequence(alerts)
    // The pages tile the range without gap or overlap.
    for (let i = 1; i < pages.length; i++) expect(pages[i]![0]).toBe(pages[i - 1]![1]! + 1n)
    expect(pages.length).toBeGreaterThan(10)
    expect(cursor).toMatchObject({ logIndex: null, blockNumber: pages.at(-1)![1] })
    expect(alerts[0]!.timestamp).toBeGreaterThan(0n)
    console.info(`watch: scanned ${total} events over ${pages.length} pages in ${seconds.toFixed(2)} s`)
  })

  it('narrows the range when the provider refuses wide ones, and still sees every event once', async () => {
    const limit = 4n
    const proxy = await startRpcProxy({
      upstream: chain.url,
      refuse: (call) => {
        if (call.method !== 'eth_getLogs') return undefined
        const [filter] = call.params as [{ fromBlock: Hex; toBlock: Hex }]
        const span = hexToBigInt(filter.toBlock) - hexToBigInt(filter.fromBlock) + 1n
        return span > limit ? { code: -32602, message: `block range too large: ${span} > ${limit}` } : undefined
      },
    })
    try {
      const client = await connect({ url: proxy.url })
      const alerts: WatchAlert[] = []
      const narrowed: bigint[] = []
      await run(client, { alerts, pageSize: 2_000n, onNarrow: (event) => narrowed.push(event.pageSize) })
      expectSequence(alerts)
      // 2000 -> 1000 -> ... -> 3 and kept there, not re-tried wide on every page.
      expect(narrowed.at(-1)).toBeLessThanOrEqual(limit)
      expect(proxy.refused).toBe(narrowed.length)
      expect(narrowed.length).toBeLessThan(15)
    } finally {
      await proxy.close()
    }
  })

  it('recognises the ways providers refuse a range, and not other errors', async () => {
    const { RpcRequestError, HttpRequestError, TimeoutError, LimitExceededRpcError, InvalidParamsRpcError } = await import('viem')
    const rpc = (code: number, message: string) => new RpcRequestError({ body: {}, url: 'x', error: { code, message } })
    expect(rangeRefusal(rpc(-32005, 'query returned more than 10000 results'))).toBeDefined()
    expect(rangeRefusal(new LimitExceededRpcError(rpc(-32005, 'limit exceeded')))).toBeDefined()
    expect(rangeRefusal(new InvalidParamsRpcError(rpc(-32602, 'eth_getLogs is limited to a 10,000 range')))).toBeDefined()
    expect(rangeRefusal(rpc(-32000, 'exceed maximum block range: 50000'))).toBeDefined()
    expect(rangeRefusal(rpc(-32600, 'Log response size exceeded.'))).toBeDefined()
    expect(rangeRefusal(new HttpRequestError({ url: 'x', status: 413 }))).toBeDefined()
    expect(rangeRefusal(new TimeoutError({ body: {}, url: 'x' }))).toBe('timeout')
    expect(rangeRefusal(rpc(-32000, 'header not found'))).toBeUndefined()
    expect(rangeRefusal(rpc(-32005, 'project ID request rate exceeded'))).toBeUndefined()
    expect(rangeRefusal(new HttpRequestError({ url: 'x', status: 429, details: 'Too Many Requests' }))).toBeUndefined()
    expect(rangeRefusal(new HttpRequestError({ url: 'x', status: 502 }))).toBeUndefined()
  })

  it('retries a page after a transient error without narrowing it', async () => {
    let failures = 2
    const proxy = await startRpcProxy({
      upstream: chain.url,
      refuse: (call) => (call.method === 'eth_getLogs' && failures-- > 0 ? { code: -32000, message: 'header not found' } : undefined),
    })
    try {
      const alerts: WatchAlert[] = []
      const narrowed: unknown[] = []
      await run(await connect({ url: proxy.url }), { alerts, pageSize: 100_000n, onNarrow: (event) => narrowed.push(event) })
      expectSequence(alerts)
      expect(narrowed).toEqual([])
      expect(proxy.refused).toBe(2)
    } finally {
      await proxy.close()
    }
  })

  it('resumes from its cursor after a stop: exactly the rest, no duplicates, even mid-block', async () => {
    const cursorFile = join(dir, 'resume.json')
    const first: WatchAlert[] = []
    const stop = new AbortController()
    const stopAfter = 3_333 // mid-transaction: 100 events per block
    await run(chain.client, {
      alerts: first,
      cursorFile,
      pageSize: 9n,
      signal: stop.signal,
      onAlert: (alert) => {
        first.push(alert)
        if (first.length === stopAfter) stop.abort()
      },
    })
    expect(first.length).toBe(stopAfter)
    const saved = readCursor(cursorFile)
    expect(saved.logIndex).toBe(first.at(-1)!.logIndex)
    expect(saved.blockNumber).toBe(first.at(-1)!.blockNumber)

    // A restart with a different page size and start block still begins right after the cursor.
    const rest: WatchAlert[] = []
    await run(chain.client, { alerts: rest, cursorFile, pageSize: 13n, fromBlock: 0n })
    expectSequence([...first, ...rest])
    expect(rest.length).toBe(total - stopAfter)

    // Once everything is delivered, a further run delivers nothing.
    const none: WatchAlert[] = []
    await run(chain.client, { alerts: none, cursorFile })
    expect(none).toEqual([])
  })

  it('refuses a cursor of another watch or another chain', async () => {
    const cursorFile = join(dir, 'other.json')
    await run(chain.client, { alerts: [], cursorFile, fromBlock: history.lastBlock })
    const cursor = JSON.parse(readFileSync(cursorFile, 'utf8')) as Record<string, unknown>
    writeFileSync(cursorFile, JSON.stringify({ ...cursor, chainId: 8453 }))
    await expect(run(chain.client, { alerts: [], cursorFile })).rejects.toThrow(/is for chain 8453/)
    writeFileSync(cursorFile, JSON.stringify({ ...cursor, sources: ['0x0000000000000000000000000000000000000001'] }))
    await expect(run(chain.client, { alerts: [], cursorFile })).rejects.toThrow(/watch the same contracts/)
  })

  it('stops when the chain was reorganised below its cursor', async () => {
    const cursorFile = join(dir, 'reorg.json')
    const snapshot = await devRpc(chain.client)({ method: 'evm_snapshot', params: [] })
    try {
      await mine(chain.client, 3)
      await run(chain.client, { alerts: [], cursorFile, fromBlock: history.lastBlock + 1n })
      await devRpc(chain.client)({ method: 'evm_revert', params: [snapshot] })
      // Another branch: same heights, other blocks (other timestamps, so other hashes).
      await warp(chain.client, 10)
      await mine(chain.client, 3)
      await expect(run(chain.client, { alerts: [], cursorFile })).rejects.toThrow(/no longer on the chain/)
    } finally {
      // Leave the chain as the other tests expect (the fountain's history is below the snapshot).
    }
  })

  it('refuses an address that is no AppAuth', async () => {
    await expect(
      watchEvents(chain.client, { sources: [{ address: chain.address, kind: 'appauth' }], confirmations: 0, follow: false, onAlert: () => {} }),
    ).rejects.toBeInstanceOf(NotAnAppAuthError)
  })
})

describe('watch of a timelock AppAuth', { timeout: 60_000 }, () => {
  let chain: TestChain
  let app: Address
  const notice = 7n * 86_400n

  beforeAll(async () => {
    chain = await startTestChain()
    ;({ address: app } = await deployTimelockAppAuth(chain.client, {
      owner: chain.address,
      noticePeriod: notice,
      minNoticePeriod: 3_600n,
      gracePeriod: 86_400n,
      policy: { composeHashes: [hex32('11')], deviceIds: [], allowAnyDevice: true, requireTcbUpToDate: false },
    }))
    app = getAddress(app)
  })
  afterAll(async () => {
    await chain?.stop()
  })

  it('follows new events live, reports proposals with their countdown, and holds back blocks under the depth', async () => {
    const alerts: WatchAlert[] = []
    const stop = new AbortController()
    const watching = watchEvents(chain.client, {
      sources: [{ address: app, kind: 'appauth' }],
      confirmations: 2,
      follow: true,
      pollIntervalMs: 50,
      signal: stop.signal,
      onAlert: (alert) => {
        alerts.push(alert)
      },
    })
    const waitFor = async (count: number) => {
      for (let i = 0; i < 200 && alerts.length < count; i++) await new Promise((resolve) => setTimeout(resolve, 25))
    }
    try {
      // The deployment's own events, once two blocks deep.
      await mine(chain.client, 2)
      await waitFor(6)
      expect(alerts.map((alert) => alert.event)).toEqual(['ComposeHashAdded', 'PolicyChanged', 'AllowAnyDeviceSet', 'PolicyChanged', 'NoticePeriodSet', 'OwnershipTransferred'])
      expect(alerts.map((alert) => alert.type)).toEqual(['allowed', 'policy', 'policy', 'policy', 'notice-period', 'controller'])
      expect(alerts[3]!.summary).toMatch(/^policy allow-any-device on by 0x[0-9a-fA-F]{40}$/)

      await send(chain.client, app, timelockAppAuthAbi, 'proposeComposeHash', [hex32('22'), 'ipfs://release-2'])
      await new Promise((resolve) => setTimeout(resolve, 300))
      expect(alerts.length).toBe(6) // one block deep only: not yet
      await mine(chain.client, 2)
      await waitFor(7)
      const proposal = alerts[6]!
      expect(proposal).toMatchObject({ type: 'proposal', event: 'ChangeProposed', source: app })
      expect(proposal.countdown!.secondsLeft).toBeGreaterThan(notice - 60n)
      expect(proposal.countdown!.secondsLeft).toBeLessThanOrEqual(notice)
      expect(proposal.summary).toMatch(/proposed compose hash 0x2222.* ipfs:\/\/release-2/)

      await send(chain.client, app, timelockAppAuthAbi, 'cancelProposal', [changeIdOf('ComposeHash', hex32('22'))])
      await send(chain.client, app, timelockAppAuthAbi, 'transferOwnership', ['0x00000000000000000000000000000000000000aa'])
      await mine(chain.client, 2)
      await waitFor(10)
      expect(alerts.slice(7).map((alert) => alert.type)).toEqual(['cancellation', 'proposal', 'controller'])
      expect(alerts[9]!.event).toBe('OwnershipTransferStarted')
    } finally {
      stop.abort()
      await watching
    }
  })

  it('posts alerts to a webhook, and stops without moving its cursor when the webhook fails', async () => {
    const received: Record<string, unknown>[] = []
    let failing = true
    const hook = createServer(async (request, response) => {
      const chunks: Buffer[] = []
      for await (const chunk of request) chunks.push(chunk as Buffer)
      if (failing) {
        response.writeHead(500).end()
        return
      }
      received.push(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>)
      response.writeHead(204).end()
    })
    await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve))
    const url = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/alerts`
    const dir = mkdtempSync(join(tmpdir(), 'appauth-hook-'))
    const cursorFile = join(dir, 'cursor.json')
    const parameters: WatchEventsParameters = {
      sources: [{ address: app, kind: 'appauth' }],
      confirmations: 0,
      follow: false,
      cursorFile,
      onAlert: (alert) => postAlert({ url, alert, attempts: 2 }),
    }
    try {
      await expect(watchEvents(chain.client, parameters)).rejects.toThrow(/webhook .* refused the alert/)
      expect(received).toEqual([])
      failing = false
      const { delivered } = await watchEvents(chain.client, parameters)
      expect(delivered).toBe(10)
      expect(received.map((alert) => alert.event)).toEqual([
        'ComposeHashAdded',
        'PolicyChanged',
        'AllowAnyDeviceSet',
        'PolicyChanged',
        'NoticePeriodSet',
        'OwnershipTransferred',
        'ChangeProposed',
        'ChangeCancelled',
        'ChangeProposed',
        'OwnershipTransferStarted',
      ])
      expect(received[6]).toMatchObject({ type: 'proposal', source: app, countdown: { activatesAt: expect.any(Number) } })
      expect(typeof received[6]!.blockNumber).toBe('number')
    } finally {
      await new Promise((resolve) => hook.close(resolve))
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('watch of an AppAuth and its opt-out registry', { timeout: 60_000 }, () => {
  let chain: TestChain
  let app: Address
  let registry: Address
  let user: Address

  beforeAll(async () => {
    chain = await startTestChain()
    ;({ address: app } = await deployTimelockAppAuth(chain.client, {
      owner: chain.address,
      noticePeriod: 86_400n,
      minNoticePeriod: 3_600n,
      gracePeriod: 86_400n,
      policy: { composeHashes: [hex32('11')], deviceIds: [], allowAnyDevice: true, requireTcbUpToDate: false },
    }))
    app = getAddress(app)
    registry = getAddress(await deployArtifact(chain.client, { abi: optOutRegistryAbi, bytecode: optOutRegistryBytecode }, [app], 'OptOutRegistry'))
    await send(chain.client, app, timelockAppAuthAbi, 'proposeComposeHash', [hex32('22'), 'ipfs://release-2'])
    // The user opts out with their own transaction; a second user follows, to see the count grow.
    const userClient = await chain.clientFor(1)
    user = userClient.account!.address
    await send(userClient, registry, optOutRegistryAbi, 'optOut', [changeIdOf('ComposeHash', hex32('22'))])
    await send(await chain.clientFor(2), registry, optOutRegistryAbi, 'optOut', [changeIdOf('ComposeHash', hex32('22'))])
  })
  afterAll(async () => {
    await chain?.stop()
  })

  it('tells the two kinds apart by ERC-165 and reports proposals and opt-outs in chain order', async () => {
    const alerts: WatchAlert[] = []
    // The registry first: the order given does not matter, the chain's order does.
    const { delivered } = await watchEvents(chain.client, {
      sources: [{ address: registry }, { address: app }],
      confirmations: 0,
      follow: false,
      onAlert: (alert) => {
        alerts.push(alert)
      },
    })
    const tail = alerts.slice(-4)
    expect(delivered).toBe(alerts.length)
    expect(tail.map((alert) => [alert.sourceKind, alert.type, alert.event])).toEqual([
      ['appauth', 'proposal', 'ChangeProposed'],
      ['registry', 'opt-out-window', 'ProposalTracked'],
      ['registry', 'opt-out', 'OptedOut'],
      ['registry', 'opt-out', 'OptedOut'],
    ])
    expect(tail.map((alert) => alert.source)).toEqual([app, registry, registry, registry])
    for (let i = 1; i < alerts.length; i++) {
      const [a, b] = [alerts[i - 1]!, alerts[i]!]
      expect(a.blockNumber < b.blockNumber || (a.blockNumber === b.blockNumber && a.logIndex < b.logIndex)).toBe(true)
    }
    const key = tail[1]!.args.key as Hex
    expect(tail[1]!.args).toMatchObject({ changeId: changeIdOf('ComposeHash', hex32('22')), activatesAt: tail[0]!.args.activatesAt })
    expect(tail[1]!.summary).toContain(`opt-out window of change ${changeIdOf('ComposeHash', hex32('22'))} (proposal ${key}) open until`)
    expect(tail[2]!.summary).toBe(`${user} opted out of proposal ${key} (1 opt-out so far)`)
    expect(tail[3]!.summary).toMatch(/ opted out of proposal 0x[0-9a-f]{64} \(2 opt-outs so far\)$/)
  })

  it('resumes a cursor over mixed sources with only what is new', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'appauth-watch-mixed-'))
    const cursorFile = join(dir, 'cursor.json')
    const collect = async () => {
      const alerts: WatchAlert[] = []
      await watchEvents(chain.client, { sources: [{ address: app }, { address: registry }], confirmations: 0, follow: false, cursorFile, onAlert: (alert) => void alerts.push(alert) })
      return alerts.map((alert) => alert.event)
    }
    try {
      expect((await collect()).slice(-4)).toEqual(['ChangeProposed', 'ProposalTracked', 'OptedOut', 'OptedOut'])
      expect(readCursor(cursorFile).sources).toEqual([app, registry].sort())
      expect(await collect()).toEqual([])
      await send(await chain.clientFor(3), registry, optOutRegistryAbi, 'optOut', [changeIdOf('ComposeHash', hex32('22'))])
      await send(chain.client, app, timelockAppAuthAbi, 'cancelProposal', [changeIdOf('ComposeHash', hex32('22'))])
      expect(await collect()).toEqual(['OptedOut', 'ChangeCancelled'])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('refuses a contract that is neither an AppAuth nor a registry, and a source of the wrong kind', async () => {
    // An OpenZeppelin timelock answers ERC-165, but neither interface.
    const other = getAddress(await deployArtifact(chain.client, openZeppelinArtifact('TimelockController'), [60n, [], [], chain.address], 'TimelockController'))
    const watch = (sources: WatchEventsParameters['sources']) => watchEvents(chain.client, { sources, confirmations: 0, follow: false, onAlert: () => {} })
    const error = await watch([{ address: app }, { address: other }]).catch((error: unknown) => error)
    expect(error).toBeInstanceOf(NotWatchableError)
    expect((error as NotWatchableError).shortMessage).toBe(
      `${other} is neither an AppAuth nor an opt-out registry (supportsInterface answers neither 0x1e079198 nor ${interfaceIds.optOutRegistry})`,
    )
    await expect(watch([{ address: registry, kind: 'appauth' }])).rejects.toBeInstanceOf(NotAnAppAuthError)
    await expect(watch([{ address: app, kind: 'registry' }])).rejects.toBeInstanceOf(NotWatchableError)
  })
})
