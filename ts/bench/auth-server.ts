// Load benchmark of `appauth serve`'s chain backend against the one it replaced and a naive one, on
// a local anvil, loopback only.
//
//   npm run bench:server [-- --requests 4000 --concurrency 16 --seconds 30 --rounds 3]
//
// Every server shares the HTTP front (validation, fail-closed answers) and differs only in how it
// reads the chain:
// - coalesced (appauth serve, ts/server/backend.ts): requests arriving while a batch is out leave
//   together in the next JSON-RPC batch, each answer read at a block no older than its arrival, all
//   the batch's checks in one eth_call through StaticCallBatch (a state override);
// - coalesced, one eth_call per check: the same without StaticCallBatch (what a node refusing state
//   overrides gets);
// - coalesced, viem transport: the same, sending through viem's batching http transport instead of
//   ts/server/rpc.ts (the comparison ts/server/README.md records);
// - per request (the previous backend, ts/bench/per-request-backend.ts): one batch per request;
// - naive: the same four reads as separate, sequential calls through viem.
// Each server runs in its own process (ts/bench/auth-server-process.ts), so its CPU time per request
// is measured alone. The load is a keep-alive http.Agent loop with bounded concurrency, request count
// and time. Every answer is compared with the expected one; wrong or errored answers are counted and
// must be 0. anvil's CPU time per request (from /proc) is printed beside the server's: the two share
// the machine's cores, so the sum bounds the requests per second.
//
// For investigating, not for the table: BENCH_ONLY=<coalesced|coalesced-per-call|coalesced-viem|per-request|naive> runs
// one server, BENCH_IN_FLIGHT=<n> sets the coalesced backend's maxInFlight, BENCH_CPU_PROF=<dir>
// writes each server's V8 CPU profile there.
import { type ChildProcess, fork } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { Agent, request as httpRequest } from 'node:http'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import type { Address } from 'viem'
import { localKmsAbi } from '../generated/contracts'
import { deployLocalKms, deployTimelockAppAuth } from '../lib/deploy'
import { allowOsImage, registerApp } from '../lib/kms'
import { repositoryRoot } from '../lib/repository'
import { send } from '../test/actions'
import { startTestChain } from '../test/chain'
import { devRpc } from '../lib/dev-rpc'

const { values: options } = parseArgs({
  options: {
    requests: { type: 'string', default: '4000' },
    concurrency: { type: 'string', default: '16' },
    seconds: { type: 'string', default: '30' },
    confirmations: { type: 'string', default: '1' },
    rounds: { type: 'string', default: '3' },
  },
})
const totalRequests = Number(options.requests)
const concurrency = Number(options.concurrency)
const maxSeconds = Number(options.seconds)
const confirmations = Number(options.confirmations)
const rounds = Number(options.rounds)

type Sample = { requests: number; perSecond: number; p50: number; p99: number; cpuMs: number; anvilMs: number; wrong: number; errors: number }

const composeHash = `0x${'11'.repeat(32)}` as const
const deviceId = `0x${'22'.repeat(32)}` as const
const osImageHash = `0x${'33'.repeat(32)}` as const

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

let instance = 0

type Result = { requests: number; seconds: number; latencies: number[]; wrong: number; errors: number }

async function load(port: number, work: Case[], requests: number): Promise<Result> {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency })
  const latencies: number[] = []
  let wrong = 0
  let errors = 0
  let issued = 0
  const deadline = performance.now() + maxSeconds * 1000
  const started = performance.now()

  // Each request names an instance of its own, as real boots do: no two requests are the same call,
  // so nothing is saved by asking the node once for identical requests.
  const one = (item: Case) =>
    new Promise<void>((resolve) => {
      const body = item.body.replace('"instanceId":""', `"instanceId":"${(++instance).toString(16).padStart(40, '0')}"`)
      const t0 = performance.now()
      const req = httpRequest(
        { host: '127.0.0.1', port, path: item.path, method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
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
      req.end(body)
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
    await devRpc(chain.client)({ method: 'anvil_mine', params: ['0x5'] })

    const servers = [
      ['appauth serve: coalesced batches', 'coalesced'],
      ['coalesced, one eth_call per check', 'coalesced-per-call'],
      ['coalesced, viem batch transport', 'coalesced-viem'],
      ['previous: one batch per request', 'per-request'],
      ['naive: 4 sequential calls', 'naive'],
    ] as const
    const work = cases(app)
    const selected = servers.filter(([, name]) => !process.env.BENCH_ONLY || name === process.env.BENCH_ONLY)
    const started: Awaited<ReturnType<typeof startServer>>[] = []
    const samples = new Map<string, Sample[]>(selected.map(([, name]) => [name, []]))
    try {
      for (const [, backend] of selected) {
        const server = await startServer(backend, chain.url, kms)
        started.push(server)
        await load(server.port, work, Math.min(400, totalRequests)) // warm up: connections, JIT, the head
      }
      // Rounds take turns, so that a burst of other work on the machine hits one sample of a server,
      // not the whole of it; the table shows each server's median sample.
      for (let round = 0; round < rounds; round++) {
        for (const [i, [, backend]] of selected.entries()) {
          const server = started[i]!
          const before = await server.cpu()
          const anvilBefore = anvilCpuMs(chain.anvil.process.pid!)
          const result = await load(server.port, work, totalRequests)
          const after = await server.cpu()
          const sorted = [...result.latencies].sort((a, b) => a - b)
          samples.get(backend)!.push({
            requests: result.requests,
            perSecond: result.requests / result.seconds,
            p50: percentile(sorted, 50),
            p99: percentile(sorted, 99),
            cpuMs: (after.user + after.system - before.user - before.system) / 1000 / result.requests,
            anvilMs: (anvilCpuMs(chain.anvil.process.pid!) - anvilBefore) / result.requests,
            wrong: result.wrong,
            errors: result.errors,
          })
        }
      }
    } finally {
      for (const server of started) await server.stop()
    }
    const rows = selected.map(([label, backend]) => {
      const taken = samples.get(backend)!
      const median = (pick: (sample: Sample) => number) => medianOf(taken.map(pick))
      return [
        label,
        String(taken.reduce((sum, sample) => sum + sample.requests, 0)),
        median((sample) => sample.perSecond).toFixed(0),
        median((sample) => sample.p50).toFixed(2),
        median((sample) => sample.p99).toFixed(2),
        median((sample) => sample.cpuMs).toFixed(3),
        median((sample) => sample.anvilMs).toFixed(3),
        String(taken.reduce((sum, sample) => sum + sample.wrong, 0)),
        String(taken.reduce((sum, sample) => sum + sample.errors, 0)),
      ]
    })
    const header = ['server', 'requests', 'req/s', 'p50 ms', 'p99 ms', 'CPU ms/req', 'anvil ms/req', 'wrong', 'errors']
    const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]!.length)))
    const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ')
    console.log(
      `auth server load: ${concurrency} concurrent, up to ${totalRequests} requests or ${maxSeconds}s per sample, ${rounds} rounds (medians shown), confirmations ${confirmations}, anvil on loopback`,
    )
    console.log(line(header))
    for (const row of rows) console.log(line(row))
    const coalesced = samples.get('coalesced')
    const previous = samples.get('per-request')
    if (coalesced?.length && previous?.length) {
      const ratios = coalesced.map((sample, i) => sample.perSecond / previous[i]!.perSecond)
      const medianRatio = medianOf(coalesced.map((sample) => sample.perSecond)) / medianOf(previous.map((sample) => sample.perSecond))
      console.log(
        `coalesced vs previous: ${medianRatio.toFixed(2)}x the requests per second (medians; by round ${ratios.map((ratio) => `${ratio.toFixed(2)}x`).join(', ')}; goal: at least 3x)`,
      )
    }
    const bad = rows.reduce((sum, row) => sum + Number(row[7]) + Number(row[8]), 0)
    if (bad > 0) process.exitCode = 1
  } finally {
    await chain.stop()
  }
}

/** The middle value (the upper one of an even count). */
function medianOf(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

/** CPU time a process has used, in milliseconds (Linux /proc, 10 ms resolution); NaN elsewhere. */
function anvilCpuMs(pid: number): number {
  try {
    // utime and stime are fields 14 and 15; the command name before them may hold spaces, so count from ")".
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100
  } catch {
    return Number.NaN
  }
}

/** Starts one server process with `backend`; resolves once it listens. */
async function startServer(backend: string, url: string, kms: Address) {
  const child: ChildProcess = fork(join(repositoryRoot, 'ts/bench/auth-server-process.ts'), [backend, url, kms, String(confirmations)], {
    execArgv: ['--import', 'tsx', ...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [])],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (message) => resolve((message as { port: number }).port))
    child.once('exit', (code) => reject(new Error(`the ${backend} server exited with ${code}`)))
  })
  return {
    port,
    cpu: () =>
      new Promise<NodeJS.CpuUsage>((resolve) => {
        child.once('message', (message) => resolve((message as { cpu: NodeJS.CpuUsage }).cpu))
        child.send('cpu')
      }),
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve())
        child.send('stop')
      }),
  }
}

await main()
