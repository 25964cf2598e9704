import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type Address, encodeFunctionData, type Hex } from 'viem'
import { readContract } from 'viem/actions'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { localKmsAbi, timelockAppAuthAbi } from '../generated/contracts'
import { startAnvil } from '../lib/anvil'
import { localChain } from '../lib/chains'
import { type AppAuthClient, connect } from '../lib/client'
import { deployLocalKms, deployTimelockAppAuth } from '../lib/deploy'
import { devPrivateKey } from '../lib/local-chain'
import { allowOsImage, registerApp } from '../lib/kms'
import { fixturesDir } from '../test/fixtures'
import { startRpcProxy } from '../test/rpc-proxy'
import { mine, send, warp } from '../test/actions'
import { startTestChain, type TestChain } from '../test/chain'
import { BackendUnavailableError, type BootAuthKind, createChainBackend } from './backend'
import { parseBootAuthRequest } from './request'
import { type AuthServer, type AuthServerEvent, backendUnavailable, invalidRequest, startAuthServer } from './server'
import { devRpc } from '../lib/dev-rpc'

// The values of ../shared/fixtures/bootinfo-tdx.json, inlined so the small cases stand alone.
const composeHash: Hex = '0x68ce99a0a5a89666cc9f5b11d8f8819a2047c5db49aa6ffecc7a7b4cc837ef36'
const deviceId: Hex = '0x03204de92e11fc8c528139be419065920eb83dbff1a4663bbea455aa6e9702bd'
const osImageHash: Hex = '0x3fca2aab5217d4970f621e7a27a2f455e0bf568d071e68f839c43976dfbf29ac'
const otherHash: Hex = `0x${'ab'.repeat(32)}`
const noticePeriod = 3_600n

/** A request body as the KMS sends it: no 0x, lower case. */
function body(app: Address, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    teeVariant: 'dstack-tdx',
    appId: app.slice(2).toLowerCase(),
    composeHash: composeHash.slice(2),
    instanceId: '6212a06cac8b50f7a9f4a2667fb8178722cbf48e',
    deviceId: deviceId.slice(2),
    mrAggregated: 'd155c58a647219ee23f9fa809ac110854095d2ecefa0168879dcdce7f46c991c',
    mrSystem: '32c1c817081e1cfe1079099169afa24913edc0db17e82caed625cb7e82343eb6',
    osImageHash: osImageHash.slice(2),
    keyProviderInfo: '2e7e90092e1f0bb87473ae5616e2e14bdb702bda96bc084266cc0578588a0f29',
    tcbStatus: 'UpToDate',
    advisoryIds: [],
    ...overrides,
  }
}

async function post(server: AuthServer, path: string, payload: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof payload === 'string' ? payload : JSON.stringify(payload),
  })
  return { status: response.status, json: (await response.json()) as Record<string, unknown> }
}

type Deployed = { kms: Address; app: Address }

async function deployKmsAndApp(client: AppAuthClient): Promise<Deployed> {
  const owner = client.account!.address
  const { address: kms } = await deployLocalKms(client, { owner })
  const { address: app } = await deployTimelockAppAuth(client, {
    owner,
    noticePeriod,
    minNoticePeriod: noticePeriod,
    gracePeriod: 86_400n,
    policy: { composeHashes: [composeHash], deviceIds: [deviceId], allowAnyDevice: false, requireTcbUpToDate: true },
  })
  await registerApp(client, { kms, app })
  await allowOsImage(client, { kms, osImageHash })
  await send(client, kms, localKmsAbi, 'setGatewayAppId', ['gateway-1'])
  await send(client, kms, localKmsAbi, 'addKmsAggregatedMr', [`0x${body(app).mrAggregated}`])
  await send(client, kms, localKmsAbi, 'addKmsDevice', [deviceId])
  return { kms, app }
}

describe('auth server', { timeout: 60_000 }, () => {
  let chain: TestChain
  let deployed: Deployed
  let server: AuthServer
  const events: AuthServerEvent[] = []
  const chainId = 31_337

  const serve = (options: { confirmations?: number; chainId?: number; url?: string } = {}) =>
    startAuthServer({
      backend: createChainBackend({ url: options.url ?? chain.url, chainId: options.chainId ?? chainId, kms: deployed.kms, confirmations: options.confirmations ?? 0 }),
      info: { chainId: options.chainId ?? chainId, kms: deployed.kms, confirmations: options.confirmations ?? 0, version: 'test' },
      onEvent: (event) => events.push(event),
    })

  beforeAll(async () => {
    chain = await startTestChain()
    deployed = await deployKmsAndApp(chain.client)
    server = await serve()
  })
  afterAll(async () => {
    await server?.close()
    await chain?.stop()
  })

  describe('routes', () => {
    it('GET / describes the service and the chain it reads', async () => {
      const response = await fetch(`${server.url}/`)
      expect(response.status).toBe(200)
      const info = (await response.json()) as Record<string, unknown>
      expect(info).toMatchObject({ status: 'ok', chainId, kmsContractAddr: deployed.kms, confirmations: 0, version: 'test', gatewayAppId: 'gateway-1' })
      expect(info.blockNumber).toBe(Number(await chain.client.request({ method: 'eth_blockNumber' })))
    })

    it('POST /bootAuth/app allows a boot the AppAuth allows, with the gateway app id', async () => {
      expect(await post(server, '/bootAuth/app', body(deployed.app))).toEqual({
        status: 200,
        json: { isAllowed: true, reason: '', gatewayAppId: 'gateway-1' },
      })
    })

    it("POST /bootAuth/app denies with the contract's reason", async () => {
      const { status, json } = await post(server, '/bootAuth/app', body(deployed.app, { composeHash: otherHash }))
      expect(status).toBe(200)
      expect(json).toEqual({ isAllowed: false, reason: 'Compose hash not allowed', gatewayAppId: 'gateway-1' })
      expect((await post(server, '/bootAuth/app', body(deployed.app, { tcbStatus: 'OutOfDate' }))).json.reason).toBe('TCB status is not up to date')
      expect((await post(server, '/bootAuth/app', body(deployed.app, { osImageHash: otherHash }))).json.reason).toBe('OS image is not allowed')
    })

    it('POST /bootAuth/kms asks isKmsAllowed', async () => {
      expect((await post(server, '/bootAuth/kms', body(deployed.app))).json).toEqual({ isAllowed: true, reason: '', gatewayAppId: 'gateway-1' })
      const denied = await post(server, '/bootAuth/kms', body(deployed.app, { mrAggregated: otherHash }))
      expect(denied.json.isAllowed).toBe(false)
      expect(denied.json.reason).not.toBe('')
      expect(denied.json.reason).not.toBe(backendUnavailable.reason)
    })

    it('reports each decision with the app id checksummed, though the KMS sends it in lower case', async () => {
      await post(server, '/bootAuth/app', body(deployed.app))
      const decision = events.findLast((event) => event.type === 'decision')
      expect(decision).toMatchObject({ type: 'decision', kind: 'app', isAllowed: true, appId: deployed.app })
    })

    it('answers unknown paths with 404 and wrong methods with 405', async () => {
      expect((await fetch(`${server.url}/bootAuth/other`, { method: 'POST', body: '{}' })).status).toBe(404)
      expect((await fetch(`${server.url}/bootAuth/app`)).status).toBe(405)
      expect((await fetch(`${server.url}/`, { method: 'POST', body: '{}' })).status).toBe(405)
    })
  })

  describe('validation', () => {
    it('accepts hex with or without 0x, in either case, and shorter hex left-padded', async () => {
      const allowed = { isAllowed: true, reason: '', gatewayAppId: 'gateway-1' }
      expect((await post(server, '/bootAuth/app', body(deployed.app, { appId: deployed.app, composeHash }))).json).toEqual(allowed)
      expect((await post(server, '/bootAuth/app', body(deployed.app, { composeHash: composeHash.toUpperCase().replace('0X', '0x') }))).json).toEqual(allowed)
      // mrSystem is not checked by the contract, so a short value must only parse (and pad to zeros).
      expect((await post(server, '/bootAuth/app', body(deployed.app, { mrSystem: '0x1', instanceId: '' }))).json).toEqual(allowed)
      // A short compose hash is a different (padded) hash: parsed, then denied by the contract.
      expect((await post(server, '/bootAuth/app', body(deployed.app, { composeHash: 'ef36' }))).json.reason).toBe('Compose hash not allowed')
    })

    it('ignores unknown fields and defaults the optional ones', async () => {
      const { tcbStatus: _t, advisoryIds: _a, ...rest } = body(deployed.app)
      expect((await post(server, '/bootAuth/app', { ...rest, tcbStatus: 'UpToDate', rtmr3: 'ff', somethingNew: { nested: true } })).json.isAllowed).toBe(true)
      // Without tcbStatus the TCB requirement fails: the field defaults to "" as dstack's does.
      expect((await post(server, '/bootAuth/app', rest)).json.reason).toBe('TCB status is not up to date')
    })

    it('defaults a missing mrSystem to empty, as the KMS of older dstack versions omits it', async () => {
      const { mrSystem: _m, ...rest } = body(deployed.app)
      expect(await post(server, '/bootAuth/app', rest)).toEqual({ status: 200, json: { isAllowed: true, reason: '', gatewayAppId: 'gateway-1' } })
      expect((await post(server, '/bootAuth/kms', rest)).status).toBe(200)
    })

    const invalid: [string, (app: Address) => unknown][] = [
      ['a body that is not JSON', () => '{"appId": '],
      ['a JSON array', () => []],
      ['JSON null', () => null],
      ['a missing appId', (app) => ({ ...body(app), appId: undefined })],
      ['a missing composeHash', (app) => ({ ...body(app), composeHash: undefined })],
      ['a missing osImageHash', (app) => ({ ...body(app), osImageHash: undefined })],
      ['non-hex bytes', (app) => body(app, { deviceId: 'zz'.repeat(32) })],
      ['an appId longer than 20 bytes', (app) => body(app, { appId: `00${app.slice(2)}` })],
      ['an instanceId longer than 20 bytes', (app) => body(app, { instanceId: 'ab'.repeat(21) })],
      ['a 32-byte field longer than 32 bytes', (app) => body(app, { composeHash: `00${composeHash.slice(2)}` })],
      ['a number where hex belongs', (app) => body(app, { composeHash: 12 })],
      ['a tcbStatus of 129 characters', (app) => body(app, { tcbStatus: 'x'.repeat(129) })],
      ['a tcbStatus that is not a string', (app) => body(app, { tcbStatus: ['UpToDate'] })],
      ['129 advisory ids', (app) => body(app, { advisoryIds: Array.from({ length: 129 }, (_, i) => `INTEL-SA-${i}`) })],
      ['an advisory id of 257 characters', (app) => body(app, { advisoryIds: ['x'.repeat(257)] })],
      ['an advisory id that is not a string', (app) => body(app, { advisoryIds: [42] })],
      ['advisoryIds that are not an array', (app) => body(app, { advisoryIds: 'INTEL-SA-00837' })],
    ]
    it.each(invalid)('refuses %s with 400 and the invalid-request denial', async (_, make) => {
      const payload = make(deployed.app)
      for (const path of ['/bootAuth/app', '/bootAuth/kms']) {
        expect(await post(server, path, payload)).toEqual({ status: 400, json: invalidRequest })
      }
    })

    it('accepts the largest valid tcbStatus and advisory list', async () => {
      const { status, json } = await post(server, '/bootAuth/app', body(deployed.app, {
        tcbStatus: 'x'.repeat(128),
        advisoryIds: Array.from({ length: 128 }, () => 'y'.repeat(256)),
      }))
      expect(status).toBe(200)
      expect(json.reason).toBe('TCB status is not up to date')
    })

    it('refuses a body over 64 KiB with 413 before reading it', async () => {
      const { status, json } = await post(server, '/bootAuth/app', body(deployed.app, { padding: 'x'.repeat(70 * 1024) }))
      expect(status).toBe(413)
      expect(json).toEqual(invalidRequest)
      // The server still serves.
      expect((await post(server, '/bootAuth/app', body(deployed.app))).json.isAllowed).toBe(true)
    })
  })

  describe('fixtures', () => {
    const fixtures = readdirSync(fixturesDir()).filter((file) => file.endsWith('.json'))
    const read = (file: string) => JSON.parse(readFileSync(join(fixturesDir(), file), 'utf8')) as Record<string, unknown>

    it('finds the shared fixtures', () => {
      expect(fixtures.length).toBeGreaterThanOrEqual(4)
    })

    it('parses every fixture as sent and answers it from the chain (its app is not registered here)', async () => {
      for (const file of fixtures) {
        const { status, json } = await post(server, '/bootAuth/app', read(file))
        expect({ file, status, json }).toEqual({ file, status: 200, json: { isAllowed: false, reason: 'App not registered', gatewayAppId: 'gateway-1' } })
      }
    })

    it('answers every fixture for a deployed app with the reason its fields call for, with or without 0x', async () => {
      const expected: Record<string, string> = {
        'bootinfo-tdx.json': '',
        'bootinfo-tdx-advisories.json': 'TCB status is not up to date',
        'bootinfo-snp-outofdate.json': 'TCB status is not up to date',
        'bootinfo-nitro-enclave.json': 'TCB status is not up to date',
      }
      for (const file of fixtures) {
        const fixture = { ...read(file), appId: deployed.app.slice(2) }
        const prefixed = Object.fromEntries(
          Object.entries(fixture).map(([key, value]) => [key, typeof value === 'string' && /^[0-9a-f]+$/.test(value) ? `0x${value}` : value]),
        )
        for (const payload of [fixture, prefixed]) {
          const { json } = await post(server, '/bootAuth/app', payload)
          expect({ file, reason: json.reason }).toEqual({ file, reason: expected[file] ?? json.reason })
          expect(json.isAllowed).toBe(json.reason === '')
        }
      }
    })
  })

  describe('block pinning and changes', () => {
    it('changes its answer between two identical requests when the chain changes, never before the depth', async () => {
      const pinned = await serve({ confirmations: 2 })
      try {
        const request = body(deployed.app, { composeHash: otherHash })
        await send(chain.client, deployed.app, timelockAppAuthAbi, 'proposeComposeHash', [otherHash, ''])
        expect((await post(pinned, '/bootAuth/app', request)).json.reason).toBe('Compose hash not allowed')
        await warp(chain.client, noticePeriod)
        await send(chain.client, deployed.app, timelockAppAuthAbi, 'activateComposeHash', [otherHash])
        // Effective at head, but the server reads two blocks deeper.
        expect((await post(server, '/bootAuth/app', request)).json.isAllowed).toBe(true)
        expect((await post(pinned, '/bootAuth/app', request)).json.reason).toBe('Compose hash not allowed')
        await mine(chain.client, 1)
        expect((await post(pinned, '/bootAuth/app', request)).json.reason).toBe('Compose hash not allowed')
        await mine(chain.client, 1)
        expect((await post(pinned, '/bootAuth/app', request)).json).toEqual({ isAllowed: true, reason: '', gatewayAppId: 'gateway-1' })
        // And back: removal is instant on chain, and reaches the server at the same depth.
        await send(chain.client, deployed.app, timelockAppAuthAbi, 'removeComposeHash', [otherHash])
        await mine(chain.client, 2)
        expect((await post(pinned, '/bootAuth/app', request)).json.reason).toBe('Compose hash not allowed')
      } finally {
        await pinned.close()
      }
    })

    it('reads the decision and gatewayAppId at the same block', async () => {
      const pinned = await serve({ confirmations: 1 })
      const request = body(deployed.app)
      const sendUnmined = (to: Address, data: Hex) =>
        chain.client.request({ method: 'eth_sendTransaction', params: [{ from: chain.address, to, data, gas: '0x100000' }] })
      try {
        // Both changes land in one block: an answer mixing old and new would come from two blocks.
        await devRpc(chain.client)({ method: 'evm_setAutomine', params: [false] })
        await sendUnmined(deployed.kms, encodeFunctionData({ abi: localKmsAbi, functionName: 'removeOsImageHash', args: [osImageHash] }))
        await sendUnmined(deployed.kms, encodeFunctionData({ abi: localKmsAbi, functionName: 'setGatewayAppId', args: ['gateway-2'] }))
        await mine(chain.client, 1)
        await devRpc(chain.client)({ method: 'evm_setAutomine', params: [true] })
        expect((await post(pinned, '/bootAuth/app', request)).json).toEqual({ isAllowed: true, reason: '', gatewayAppId: 'gateway-1' })
        await mine(chain.client, 1)
        expect((await post(pinned, '/bootAuth/app', request)).json).toEqual({ isAllowed: false, reason: 'OS image is not allowed', gatewayAppId: 'gateway-2' })
      } finally {
        await devRpc(chain.client)({ method: 'evm_setAutomine', params: [true] })
        await pinned.close()
        await send(chain.client, deployed.kms, localKmsAbi, 'addOsImageHash', [osImageHash])
        await send(chain.client, deployed.kms, localKmsAbi, 'setGatewayAppId', ['gateway-1'])
      }
    })
  })

  describe('round trips', () => {
    it('costs one RPC request per decision while the head stands, two when a block arrived', async () => {
      const proxy = await startRpcProxy({ upstream: chain.url })
      const counted = await serve({ url: proxy.url, confirmations: 1 })
      try {
        await post(counted, '/bootAuth/app', body(deployed.app))
        expect(proxy.requests).toBe(2) // the first request learns the head
        for (let i = 0; i < 10; i++) expect((await post(counted, '/bootAuth/app', body(deployed.app))).json.isAllowed).toBe(true)
        expect(proxy.requests).toBe(12)
        await mine(chain.client, 1)
        await post(counted, '/bootAuth/kms', body(deployed.app))
        expect(proxy.requests).toBe(14) // a stale guess is caught by the batch's own eth_blockNumber
        await post(counted, '/bootAuth/kms', body(deployed.app))
        expect(proxy.requests).toBe(15)
        // Every batch checked the chain id.
        expect(proxy.calls.get('eth_chainId')).toBe(15)
      } finally {
        await counted.close()
        await proxy.close()
      }
    })

    it('answers requests that arrive together with one batch, each at a block no older than its arrival', async () => {
      const proxy = await startRpcProxy({ upstream: chain.url })
      const counted = await serve({ url: proxy.url, confirmations: 0 })
      try {
        await post(counted, '/bootAuth/app', body(deployed.app)) // learns the head
        const before = proxy.requests
        const instances = Array.from({ length: 20 }, (_, i) => (i + 1).toString(16).padStart(40, '0'))
        const answers = await Promise.all(instances.map((instanceId) => post(counted, '/bootAuth/app', body(deployed.app, { instanceId }))))
        for (const answer of answers) expect(answer.json).toEqual({ isAllowed: true, reason: '', gatewayAppId: 'gateway-1' })
        // 20 requests, far fewer batches (those arriving while one is out wait for the next). How many
        // depends on how the requests' arrival spreads over the event loop on a loaded machine; one
        // batch per request (20, or 40 with re-reads) is what coalescing must never come to.
        expect(proxy.requests - before).toBeLessThanOrEqual(10)
        expect(proxy.calls.get('eth_call')! - 1).toBeLessThan(20 + 2 * (proxy.requests - before))

        // A request arriving after a change is mined is read at that block or later, never at the
        // head the previous batch saw.
        await send(chain.client, deployed.kms, localKmsAbi, 'removeOsImageHash', [osImageHash])
        try {
          const after = await Promise.all(instances.slice(0, 5).map((instanceId) => post(counted, '/bootAuth/app', body(deployed.app, { instanceId }))))
          for (const answer of after) expect(answer.json).toEqual({ isAllowed: false, reason: 'OS image is not allowed', gatewayAppId: 'gateway-1' })
        } finally {
          await send(chain.client, deployed.kms, localKmsAbi, 'addOsImageHash', [osImageHash])
        }
      } finally {
        await counted.close()
        await proxy.close()
      }
    })
  })

  describe('one eth_call per batch', () => {
    const boot = (app: Address, overrides: Record<string, unknown> = {}) => parseBootAuthRequest(body(app, overrides))
    const instance = (i: number) => i.toString(16).padStart(40, '0')

    /** The KMS's own answer to a direct call, at `blockNumber`, as the server reports it. */
    const direct = async (kind: BootAuthKind, bootInfo: ReturnType<typeof boot>, blockNumber: bigint) => {
      const functionName = kind === 'app' ? 'isAppAllowed' : 'isKmsAllowed'
      const [isAllowed, reason] = await readContract(chain.client, { address: deployed.kms, abi: localKmsAbi, functionName, args: [bootInfo], blockNumber })
      const gatewayAppId = await readContract(chain.client, { address: deployed.kms, abi: localKmsAbi, functionName: 'gatewayAppId', blockNumber })
      return { isAllowed, reason, gatewayAppId, blockNumber }
    }

    // Allowed and denied boots of both kinds, each its own instance so every check is distinct.
    const mixed = (app: Address): [BootAuthKind, ReturnType<typeof boot>][] => [
      ...Array.from({ length: 12 }, (_, i): [BootAuthKind, ReturnType<typeof boot>] => ['app', boot(app, { instanceId: instance(i + 1) })]),
      ['app', boot(app, { composeHash: otherHash })],
      ['app', boot(app, { tcbStatus: 'OutOfDate' })],
      ['app', boot(app, { osImageHash: otherHash })],
      ['app', boot('0x000000000000000000000000000000000000a11c')],
      ['kms', boot(app)],
      ['kms', boot(app, { mrAggregated: otherHash })],
    ]

    it('reads a batch of distinct boots with one eth_call, each decision as a direct call gives it', async () => {
      const proxy = await startRpcProxy({ upstream: chain.url })
      const backend = createChainBackend({ url: proxy.url, chainId, kms: deployed.kms, confirmations: 0 })
      try {
        await backend.decide('app', boot(deployed.app)) // learns the head
        const requests = proxy.requests
        const calls = proxy.calls.get('eth_call')!
        const boots = mixed(deployed.app)
        const decisions = await Promise.all(boots.map(([kind, bootInfo]) => backend.decide(kind, bootInfo)))
        expect(proxy.requests - requests).toBe(1)
        expect(proxy.calls.get('eth_call')! - calls).toBe(1)
        expect(decisions.filter((decision) => decision.isAllowed)).toHaveLength(13)
        for (const [i, [kind, bootInfo]] of boots.entries()) expect(decisions[i]).toEqual(await direct(kind, bootInfo, decisions[i]!.blockNumber))
      } finally {
        await proxy.close()
      }
    })

    it('answers the rest of a batch when one check reverts and another runs out of gas, and denies those two', async () => {
      const reverting: Address = '0x00000000000000000000000000000000000bad01'
      const looping: Address = '0x00000000000000000000000000000000000bad02'
      await devRpc(chain.client)({ method: 'anvil_setCode', params: [reverting, '0x60006000fd'] })
      await devRpc(chain.client)({ method: 'anvil_setCode', params: [looping, '0x5b5f56'] }) // JUMPDEST PUSH0 JUMP: burns all its gas
      await registerApp(chain.client, { kms: deployed.kms, app: reverting })
      await registerApp(chain.client, { kms: deployed.kms, app: looping })
      const proxy = await startRpcProxy({ upstream: chain.url })
      const backend = createChainBackend({ url: proxy.url, chainId, kms: deployed.kms, confirmations: 0 })
      try {
        await backend.decide('app', boot(deployed.app))
        const requests = proxy.requests
        const calls = proxy.calls.get('eth_call')!
        const boots = [boot(deployed.app, { instanceId: instance(1) }), boot(reverting), boot(deployed.app, { composeHash: otherHash }), boot(looping), boot(deployed.app, { instanceId: instance(2) })]
        const settled = await Promise.allSettled(boots.map((bootInfo) => backend.decide('app', bootInfo)))
        expect(settled.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'rejected', 'fulfilled'])
        for (const i of [1, 3]) expect((settled[i] as PromiseRejectedResult).reason).toBeInstanceOf(BackendUnavailableError)
        // One aggregate call for the five, then the two it could not answer each read on its own.
        expect(proxy.requests - requests).toBe(2)
        expect(proxy.calls.get('eth_call')! - calls).toBe(3)
        for (const i of [0, 2, 4]) {
          const { value } = settled[i] as PromiseFulfilledResult<Awaited<ReturnType<typeof backend.decide>>>
          expect(value).toEqual(await direct('app', boots[i]!, value.blockNumber))
        }
        // Through the server, the two become the fail-closed denial and the others stay answers.
        const answers = await Promise.all([body(reverting), body(deployed.app), body(looping)].map((payload) => post(server, '/bootAuth/app', payload)))
        expect(answers.map((answer) => answer.json)).toEqual([backendUnavailable, { isAllowed: true, reason: '', gatewayAppId: 'gateway-1' }, backendUnavailable])
      } finally {
        await proxy.close()
      }
    })

    it('falls back to one eth_call per check on a node that refuses state overrides, and remembers it', async () => {
      const proxy = await startRpcProxy({
        upstream: chain.url,
        refuse: (call) => (call.method === 'eth_call' && (call.params?.length ?? 0) > 2 ? { code: -32602, message: 'state overrides are not supported' } : undefined),
      })
      const backend = createChainBackend({ url: proxy.url, chainId, kms: deployed.kms, confirmations: 0 })
      try {
        await backend.decide('app', boot(deployed.app))
        const boots = mixed(deployed.app)
        const first = await Promise.all(boots.map(([kind, bootInfo]) => backend.decide(kind, bootInfo)))
        for (const [i, [kind, bootInfo]] of boots.entries()) expect(first[i]).toEqual(await direct(kind, bootInfo, first[i]!.blockNumber))
        const refused = proxy.refused
        expect(refused).toBeGreaterThanOrEqual(1)
        const requests = proxy.requests
        const again = await Promise.all(boots.map(([kind, bootInfo]) => backend.decide(kind, bootInfo)))
        expect(again.map(({ blockNumber: _, ...decision }) => decision)).toEqual(first.map(({ blockNumber: _, ...decision }) => decision))
        // No aggregate call is tried again: one batch of plain calls, nothing refused.
        expect(proxy.refused).toBe(refused)
        expect(proxy.requests - requests).toBe(1)
      } finally {
        await proxy.close()
      }
    })
  })

  describe('faults', () => {
    it('denies when the chain is shallower than the confirmation depth', async () => {
      const deep = await serve({ confirmations: 1_000_000 })
      try {
        expect(await post(deep, '/bootAuth/app', body(deployed.app))).toEqual({ status: 200, json: backendUnavailable })
        expect(await post(deep, '/bootAuth/kms', body(deployed.app))).toEqual({ status: 200, json: backendUnavailable })
        expect((await fetch(`${deep.url}/`)).status).toBe(503)
      } finally {
        await deep.close()
      }
    })

    it('denies when the RPC serves another chain', async () => {
      const wrong = await serve({ chainId: 8453 })
      try {
        expect(await post(wrong, '/bootAuth/app', body(deployed.app))).toEqual({ status: 200, json: backendUnavailable })
        const fault = events.findLast((event) => event.type === 'fault')
        expect(String((fault as { error: Error }).error.message)).toMatch(/wrong chain: the RPC serves chain 31337, expected 8453/)
      } finally {
        await wrong.close()
      }
    })

    it('denies when the KMS call reverts', async () => {
      // A registered "app" whose code reverts on every call makes LocalKms.isAppAllowed revert.
      const reverting: Address = '0x00000000000000000000000000000000000bad00'
      await devRpc(chain.client)({ method: 'anvil_setCode', params: [reverting, '0x60006000fd'] })
      await registerApp(chain.client, { kms: deployed.kms, app: reverting })
      expect(await post(server, '/bootAuth/app', body(reverting))).toEqual({ status: 200, json: backendUnavailable })
    })

    it('denies when there is no KMS contract at the address', async () => {
      const kms: Address = '0x000000000000000000000000000000000000dEaD'
      const noKms = await startAuthServer({
        backend: createChainBackend({ url: chain.url, chainId, kms, confirmations: 0 }),
        info: { chainId, kms, confirmations: 0, version: 'test' },
      })
      try {
        expect(await post(noKms, '/bootAuth/app', body(deployed.app))).toEqual({ status: 200, json: backendUnavailable })
      } finally {
        await noKms.close()
      }
    })

    it('denies when the RPC accepts the request but never answers, after the timeout', async () => {
      const silent = createServer(() => {})
      await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
      const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`
      const slow = await startAuthServer({
        backend: createChainBackend({ url, chainId, kms: deployed.kms, confirmations: 0, timeoutMs: 300 }),
        info: { chainId, kms: deployed.kms, confirmations: 0, version: 'test' },
        onEvent: (event) => events.push(event),
      })
      try {
        const started = Date.now()
        expect(await post(slow, '/bootAuth/app', body(deployed.app))).toEqual({ status: 200, json: backendUnavailable })
        expect(Date.now() - started).toBeGreaterThanOrEqual(290)
        const fault = events.findLast((event) => event.type === 'fault')
        expect(String((fault as { error: Error }).error.message)).toMatch(/timed out after 300 ms/)
      } finally {
        await slow.close()
        silent.closeAllConnections()
        silent.close()
      }
    })

    it('denies when nothing listens at the RPC address', async () => {
      const dead = await serve({ url: 'http://127.0.0.1:9' })
      try {
        expect(await post(dead, '/bootAuth/app', body(deployed.app))).toEqual({ status: 200, json: backendUnavailable })
      } finally {
        await dead.close()
      }
    })
  })
})

describe('auth server across an RPC outage', { timeout: 60_000 }, () => {
  it('denies every request while the node is down and recovers when it is back on the same port', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'appauth-serve-'))
    const state = join(dir, 'state.json')
    let anvil = await startAnvil({ dumpState: state })
    const client = await connect({ url: anvil.url, chain: localChain, privateKey: devPrivateKey(0), pollingInterval: 50 })
    const deployed = await deployKmsAndApp(client)
    const server = await startAuthServer({
      backend: createChainBackend({ url: anvil.url, chainId: 31_337, kms: deployed.kms, confirmations: 1, timeoutMs: 2_000 }),
      info: { chainId: 31_337, kms: deployed.kms, confirmations: 1, version: 'test' },
    })
    try {
      await mine(client, 1)
      const request = body(deployed.app)
      expect((await post(server, '/bootAuth/app', request)).json.isAllowed).toBe(true)

      // Requests in flight while the node goes away, and every request after: all denials.
      const inFlight = Array.from({ length: 20 }, () => post(server, '/bootAuth/app', request))
      await anvil.stop()
      const during = await Promise.all([...inFlight, ...Array.from({ length: 20 }, () => post(server, '/bootAuth/app', request))])
      const afterStop = during.slice(20)
      for (const answer of afterStop) expect(answer).toEqual({ status: 200, json: backendUnavailable })
      for (const answer of during) expect([true, false]).toContain(answer.json.isAllowed)
      expect(during.every((answer) => answer.json.isAllowed === false || answer.json.reason === '')).toBe(true)

      anvil = await startAnvil({ port: anvil.port, loadState: state })
      await mine(client, 1)
      expect((await post(server, '/bootAuth/app', request)).json).toEqual({ isAllowed: true, reason: '', gatewayAppId: 'gateway-1' })
    } finally {
      await server.close()
      await anvil.stop()
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
