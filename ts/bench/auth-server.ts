// Load benchmark of `appauth serve` against a naive auth server, on a local anvil, loopback only.
//
//   npm run bench:server [-- --requests 4000 --concurrency 16 --seconds 30]
//
// Both servers share the HTTP front (validation, fail-closed answers) and differ only in how they
// read the chain: ours sends one JSON-RPC batch per request (see ts/server/backend.ts); the naive one
// makes the same four reads (chain id, head, the check and gatewayAppId at head - confirmations) as
// separate, sequential calls. The load is a keep-alive http.Agent loop with bounded concurrency,
// request count and time. Every answer is compared with the expected one; wrong or errored answers
// are counted and must be 0.
import { Agent, request as httpRequest } from 'node:http'
import { parseArgs } from 'node:util'
import { type Address, createPublicClient, http } from 'viem'
import { localKmsAbi } from '../generated/contracts'
import type { AppBootInfo } from '../lib/boot-info'
import { deployLocalKms, deployTimelockAppAuth } from '../lib/deploy'
import { allowOsImage, registerApp } from '../lib/kms'
import { send } from '../test/actions'
import { startTestChain } from '../test/chain'
import { type AuthBackend, type BootAuthKind, BackendUnavailableError, createChainBackend } from '../server/backend'
import { type AuthServer, startAuthServer } from '../server/server'

const { values: options } = parseArgs({
  options: {
    requests: { type: 'string', default: '4000' },
    concurrency: { type: 'string', default: '16' },
    seconds: { type: 'string', default: '30' },
    confirmations: { type: 'string', default: '1' },
  },
})
const totalRequests = Number(options.requests)
const concurrency = Number(options.concurrency)
const maxSeconds = Number(options.seconds)
const confirmations = Number(options.confirmations)

const composeHash = `0x${'11'.repeat(32)}` as const
const deviceId = `0x${'22'.repeat(32)}` as const
const osImageHash = `0x${'33'.repeat(32)}` as const

/** The naive way: four sequential calls through viem, each its own HTTP request. */
function naiveBackend(url: string, chainId: number, kms: Address): AuthBackend {
  const client = createPublicClient({ transport: http(url, { retryCount: 0 }), cacheTime: 0 })
  const functionName = { app: 'isAppAllowed', kms: 'isKmsAllowed' } as const
  return {
    async decide(kind: BootAuthKind, bootInfo: AppBootInfo) {
      const actual = await client.getChainId()
      if (actual !== chainId) throw new BackendUnavailableError('wrong chain')
      const head = await client.getBlockNumber({ cacheTime: 0 })
      if (head < BigInt(confirmations)) throw new BackendUnavailableError('shallow')
      const blockNumber = head - BigInt(confirmations)
      const [isAllowed, reason] = await client.readContract({ address: kms, abi: localKmsAbi, functionName: functionName[kind], args: [bootInfo], blockNumber })
      const gatewayAppId = await client.readContract({ address: kms, abi: localKmsAbi, functionName: 'gatewayAppId', blockNumber })
      return { isAllowed, reason, gatewayAppId, blockNumber }
    },
    async state() {
      throw new BackendUnavailableError('not benchmarked')
    },
  }
}

type Case = { path: string; body: string; expected: string }

function cases(app: Address): Case[] {
  const bootInfo = (overrides: Record<string, unknown>) =>
    JSON.stringify({
      appId: app.slice(2),
      composeHash: composeHash.slice(2),
      instanceId: '',
      deviceId: deviceId.slice(2),
      mrAggregated: '44'.repeat(32),
      mrSystem: '55'.repeat(32),
      osImageHash: osImageHash.slice(2),
      tcbStatus: 'UpToDate',
      advisoryIds: [],
      teeVariant: 'dstack-tdx',
      ...overrides,
    })
  const answer = (isAllowed: boolean, reason: string) => JSON.stringify({ isAllowed, reason, gatewayAppId: 'gateway' })
  return [
    { path: '/bootAuth/app', body: bootInfo({}), expected: answer(true, '') },
    { path: '/bootAuth/app', body: bootInfo({ composeHash: 'ab'.repeat(32) }), expected: answer(false, 'Compose hash not allowed') },
    { path: '/bootAuth/app', body: bootInfo({ deviceId: 'cd'.repeat(32) }), expected: answer(false, 'Device not allowed') },
    { path: '/bootAuth/kms', body: bootInfo({ tcbStatus: 'OutOfDate' }), expected: answer(false, 'TCB status is not up to date') },
  ]
}

type Result = { requests: number; seconds: number; latencies: number[]; wrong: number; errors: number }

async function load(server: AuthServer, work: Case[], requests: number): Promise<Result> {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency })
  const { port } = server
  const latencies: number[] = []
  let wrong = 0
  let errors = 0
  let issued = 0
  const deadline = performance.now() + maxSeconds * 1000
  const started = performance.now()

  const one = (item: Case) =>
    new Promise<void>((resolve) => {
      const t0 = performance.now()
      const req = httpRequest(
        { host: '127.0.0.1', port, path: item.path, method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(item.body) } },
        (res) => {
          const chunks: Buffer[] = []
          res.on('data', (chunk: Buffer) => chunks.push(chunk))
          res.on('end', () => {
            latencies.push(performance.now() - t0)
            if (res.statusCode !== 200) errors += 1
            else if (Buffer.concat(chunks).toString('utf8') !== item.expected) wrong += 1
            resolve()
          })
        },
      )
      req.on('error', () => {
        errors += 1
        resolve()
      })
      req.end(item.body)
    })

  const worker = async () => {
    while (issued < requests && performance.now() < deadline) {
      const item = work[issued % work.length]!
      issued += 1
      await one(item)
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  const seconds = (performance.now() - started) / 1000
  agent.destroy()
  return { requests: latencies.length, seconds, latencies, wrong, errors }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN
}

async function main() {
  const chain = await startTestChain()
  try {
    const owner = chain.address
    const { address: kms } = await deployLocalKms(chain.client, { owner })
    const { address: app } = await deployTimelockAppAuth(chain.client, {
      owner,
      noticePeriod: 86_400n,
      minNoticePeriod: 86_400n,
      gracePeriod: 86_400n,
      policy: { composeHashes: [composeHash], deviceIds: [deviceId], allowAnyDevice: false, requireTcbUpToDate: true },
    })
    await registerApp(chain.client, { kms, app })
    await allowOsImage(chain.client, { kms, osImageHash })
    await send(chain.client, kms, localKmsAbi, 'setGatewayAppId', ['gateway'])
    await chain.client.request({ method: 'anvil_mine' as never, params: ['0x5'] as never })

    const info = { chainId: 31_337, kms, confirmations, version: 'bench' }
    const servers = {
      'appauth serve (1 batch)': await startAuthServer({ backend: createChainBackend({ url: chain.url, chainId: 31_337, kms, confirmations }), info }),
      'naive (4 sequential calls)': await startAuthServer({ backend: naiveBackend(chain.url, 31_337, kms), info }),
    }
    const work = cases(app)
    const rows: string[][] = []
    for (const [name, server] of Object.entries(servers)) {
      await load(server, work, Math.min(200, totalRequests)) // warm up: connections, JIT, the head
      const result = await load(server, work, totalRequests)
      const sorted = [...result.latencies].sort((a, b) => a - b)
      rows.push([
        name,
        String(result.requests),
        (result.requests / result.seconds).toFixed(0),
        percentile(sorted, 50).toFixed(2),
        percentile(sorted, 99).toFixed(2),
        String(result.wrong),
        String(result.errors),
      ])
      await server.close()
    }
    const header = ['server', 'requests', 'req/s', 'p50 ms', 'p99 ms', 'wrong', 'errors']
    const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]!.length)))
    const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ')
    console.log(`auth server load: ${concurrency} concurrent, up to ${totalRequests} requests or ${maxSeconds}s each, confirmations ${confirmations}, anvil on loopback`)
    console.log(line(header))
    for (const row of rows) console.log(line(row))
    const bad = rows.reduce((sum, row) => sum + Number(row[5]) + Number(row[6]), 0)
    if (bad > 0) process.exitCode = 1
  } finally {
    await chain.stop()
  }
}

await main()
