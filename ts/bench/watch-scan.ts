// Time for `appauth watch` to scan a history of 10,000 AppAuth events on a local anvil, at several
// page sizes and behind a provider that refuses wide eth_getLogs ranges.
//
//   npm run bench:watch [-- --events 10000]
import { parseArgs } from 'node:util'
import { type Hex, hexToBigInt } from 'viem'
import { connect } from '../lib/client'
import { watchEvents } from '../lib/watch'
import { startTestChain } from '../test/chain'
import { deployFountain, emitHistory, sequenceOf } from '../test/event-history'
import { type RpcProxy, startRpcProxy } from '../test/rpc-proxy'

const { values: options } = parseArgs({ options: { events: { type: 'string', default: '10000' } } })
const total = Number(options.events)

const chain = await startTestChain()
try {
  const fountain = await deployFountain(chain.client)
  const { firstBlock, lastBlock } = await emitHistory(chain.client, { fountain, total, perTransaction: 100, gap: 0 })
  const refusing = (limit: bigint) =>
    startRpcProxy({
      upstream: chain.url,
      refuse: (call) => {
        if (call.method !== 'eth_getLogs') return undefined
        const [filter] = call.params as [{ fromBlock: Hex; toBlock: Hex }]
        const span = hexToBigInt(filter.toBlock) - hexToBigInt(filter.fromBlock) + 1n
        return span > limit ? { code: -32005, message: `query exceeds max block range ${limit}` } : undefined
      },
    })
  const scenarios: { name: string; pageSize: bigint; proxy?: () => Promise<RpcProxy> }[] = [
    { name: 'pages of 2,000 blocks (default)', pageSize: 2_000n },
    { name: 'pages of 10 blocks', pageSize: 10n },
    { name: 'provider refusing > 10 blocks, from 2,000', pageSize: 2_000n, proxy: () => refusing(10n) },
  ]
  const rows: string[][] = []
  for (const scenario of scenarios) {
    const proxy = await scenario.proxy?.()
    const client = proxy ? await connect({ url: proxy.url }) : chain.client
    let pages = 0
    let narrowed = 0
    let wrong = 0
    let expected = 0
    const started = performance.now()
    const { delivered } = await watchEvents(client, {
      sources: [{ address: fountain, kind: 'appauth' }],
      fromBlock: 0n,
      confirmations: 0,
      follow: false,
      pageSize: scenario.pageSize,
      onAlert: (alert) => {
        if (sequenceOf(alert.args) !== expected) wrong += 1
        expected += 1
      },
      onProgress: () => {
        pages += 1
      },
      onNarrow: () => {
        narrowed += 1
      },
    })
    const seconds = (performance.now() - started) / 1000
    await proxy?.close()
    rows.push([scenario.name, String(delivered), String(pages), String(narrowed), seconds.toFixed(2), (delivered / seconds).toFixed(0), String(wrong + (total - delivered))])
  }
  const header = ['scan', 'events', 'pages', 'narrowed', 'seconds', 'events/s', 'missed or misordered']
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]!.length)))
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ')
  console.log(`watch scan: ${total} events in blocks ${firstBlock}-${lastBlock} (100 per block), anvil on loopback`)
  console.log(line(header))
  for (const row of rows) console.log(line(row))
  if (rows.some((row) => row[6] !== '0')) process.exitCode = 1
} finally {
  await chain.stop()
}
