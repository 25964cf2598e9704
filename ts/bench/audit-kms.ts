// Time for `appauth audit --kms` to rate every app of a LocalKms with 200 registered apps on a local
// anvil: apps audited 32 at a time over a JSON-RPC batching connection, next to one app at a time
// over plain requests. Both runs must give every app the same stage.
//
//   npm run bench:audit [-- --apps 200 --concurrency 32]
import { parseArgs } from 'node:util'
import type { Address } from 'viem'
import { auditAppAuth } from '../lib/audit'
import { auditKms, registeredApps } from '../lib/audit-kms'
import { connect } from '../lib/client'
import { deployBaselineAppAuth, deployTimelockAppAuth } from '../lib/deploy'
import { registerApp } from '../lib/kms'
import { deployKms, policy, startTestChain } from '../test/chain'

const { values: options } = parseArgs({ options: { apps: { type: 'string', default: '200' }, concurrency: { type: 'string', default: '32' } } })
const total = Number(options.apps)
const concurrency = Number(options.concurrency)

const chain = await startTestChain()
try {
  const kms = await deployKms(chain.client)
  const owner = chain.address
  process.stderr.write(`deploying and registering ${total} apps...\n`)
  for (let i = 0; i < total; i++) {
    // A mix: timelocks with a long and a short notice, and baselines.
    const notice = i % 3 === 0 ? 3_600n : 7n * 86_400n
    const { address } =
      i % 5 === 4
        ? await deployBaselineAppAuth(chain.client, { owner, policy: policy() })
        : await deployTimelockAppAuth(chain.client, { owner, noticePeriod: notice, minNoticePeriod: notice, gracePeriod: 86_400n, policy: policy() })
    await registerApp(chain.client, { kms, app: address })
  }

  const sequentialStarted = performance.now()
  const head = await chain.client.request({ method: 'eth_blockNumber' })
  const apps = await registeredApps(chain.client, { kms, toBlock: BigInt(head) })
  const sequential = new Map<Address, number>()
  for (const address of apps) sequential.set(address, (await auditAppAuth(chain.client, { address })).stage)
  const sequentialMs = performance.now() - sequentialStarted

  const batchClient = await connect({ url: chain.url, batch: true })
  const batchedStarted = performance.now()
  const cpu = process.cpuUsage()
  const result = await auditKms(batchClient, { kms, concurrency })
  const batchedMs = performance.now() - batchedStarted
  const cpuMs = (process.cpuUsage(cpu).user + process.cpuUsage(cpu).system) / 1000

  if (result.apps.length !== total || sequential.size !== total) throw new Error(`expected ${total} apps, rated ${result.apps.length} batched and ${sequential.size} sequentially`)
  const disagreements = result.apps.filter((rating) => rating.stage !== sequential.get(rating.address))
  if (disagreements.length) throw new Error(`${disagreements.length} apps rated differently by the two runs`)
  const stages = [0, 1, 2].map((stage) => result.apps.filter((rating) => rating.stage === stage).length)

  const rows = [
    ['run', 'apps', 'wall time', 'per app', 'speed-up'],
    ['one app at a time, plain requests', String(total), `${(sequentialMs / 1000).toFixed(2)} s`, `${(sequentialMs / total).toFixed(1)} ms`, '1.0x'],
    [`audit --kms (${concurrency} at a time, JSON-RPC batches)`, String(total), `${(batchedMs / 1000).toFixed(2)} s`, `${(batchedMs / total).toFixed(1)} ms`, `${(sequentialMs / batchedMs).toFixed(1)}x`],
  ]
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)))
  process.stderr.write(`batched run: ${cpuMs.toFixed(0)} ms of this process's CPU\n`)
  console.log(`audit --kms: rating ${total} apps of a LocalKms on a local anvil (stages: ${stages.map((count, stage) => `${count} at Stage ${stage}`).join(', ')})`)
  for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i]!)).join('  '))
} finally {
  await chain.stop()
}
