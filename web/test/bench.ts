// The web app's performance: time from navigation to the pending list shown, for an app with 50
// pending changes and 1,000 history events on a local anvil, in the packaged headless Chromium; and
// the gzipped size of the built app (goal: at most 350 kB).
//
//   npm run bench:web
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Address, Hex } from 'viem'
import { getTransactionCount, readContract, waitForTransactionReceipt, writeContract } from 'viem/actions'
import { timelockAppAuthAbi } from '../../ts/generated/contracts'
import { readHistory } from '../../ts/lib/history'
import { deployTimelock, hex32, startTestChain } from '../../ts/test/chain'
import { startWebHarness } from './browser'

const pendingTarget = 50
const historyTarget = 1_000
const runs = 3
const bundleGoal = 350 * 1024

const chain = await startTestChain()
const web = await startWebHarness()
try {
  const client = chain.client
  const app = await deployTimelock(client, { notice: 7n * 86_400n })
  const account = client.account!
  let nonce = await getTransactionCount(client, { address: account.address, blockTag: 'pending' })
  let last: Hex | undefined
  const send = async (functionName: 'proposeComposeHash' | 'cancelProposal' | 'removeDevice', value: Hex) => {
    const args = functionName === 'proposeComposeHash' ? ([value, ''] as const) : ([value] as const)
    last = await writeContract(client, { address: app, abi: timelockAppAuthAbi, functionName, args: args as never, account, chain: client.chain, gas: 400_000n, nonce: nonce++ } as never)
  }
  const value = (i: number): Hex => `0x${i.toString(16).padStart(64, '0')}`
  // The deployment itself logs a few events; announce-and-cancel pairs fill the history up to 1,000
  // less the 50 announcements left pending.
  const { entries } = await readHistory(client, { address: app })
  const fill = historyTarget - pendingTarget - entries.length
  const pairs = Math.floor(fill / 2)
  // An odd count: one removal (tightening takes effect at once, one event) of the deployed device.
  if (fill % 2 === 1) await send('removeDevice', hex32('d1'))
  for (let i = 0; i < pairs; i++) {
    await send('proposeComposeHash', value(i + 1))
    await send('cancelProposal', value(i + 1)) // a compose hash's change id is the hash itself
  }
  for (let i = 0; i < pendingTarget; i++) await send('proposeComposeHash', value(10_000 + i))
  await waitForTransactionReceipt(client, { hash: last! })
  const pending = await readContract(client, { address: app, abi: timelockAppAuthAbi, functionName: 'pendingChangeCount' })
  const events = (await readHistory(client, { address: app })).entries.length

  const url = web.url({ chainId: 31_337, rpc: chain.url, page: { kind: 'app', address: app as Address } })
  const timings: { pending: number; history: number; stage: number }[] = []
  for (let run = 0; run < runs; run++) {
    const context = await web.browser.newContext()
    const page = await context.newPage()
    const started = performance.now()
    await page.goto(url)
    await page.waitForFunction((count) => document.querySelectorAll('[data-testid="pending-list"] tbody tr').length === count, pendingTarget, { timeout: 60_000 })
    const pendingMs = performance.now() - started
    await page.locator('[data-testid="stage-badge"]').first().waitFor({ timeout: 60_000 })
    const stageMs = performance.now() - started
    await page.locator('ol.history li').first().waitFor({ timeout: 60_000 })
    const historyMs = performance.now() - started
    timings.push({ pending: pendingMs, stage: stageMs, history: historyMs })
    await context.close()
  }
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!
  const assets = readdirSync(join(web.dist, 'assets')).filter((file) => /\.(js|css)$/.test(file))
  const html = readFileSync(join(web.dist, 'index.html'))
  const sizes = assets.map((file) => readFileSync(join(web.dist, 'assets', file)))
  const raw = sizes.reduce((sum, buffer) => sum + buffer.length, html.length)
  const gzipped = sizes.reduce((sum, buffer) => sum + gzipSync(buffer, { level: 9 }).length, gzipSync(html, { level: 9 }).length)
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`
  const ms = (value: number) => `${Math.round(value)} ms`
  console.log(`web app (headless Chromium, local anvil; app with ${pending} pending changes and ${events} history events; median of ${runs} loads)`)
  console.log(`  navigation -> pending list shown    ${ms(median(timings.map((t) => t.pending)))}`)
  console.log(`  navigation -> stage badge (audit)   ${ms(median(timings.map((t) => t.stage)))}`)
  console.log(`  navigation -> history shown         ${ms(median(timings.map((t) => t.history)))}`)
  console.log(`  bundle (built app, js+css+html)      ${kb(raw)} raw, ${kb(gzipped)} gzipped (goal <= ${kb(bundleGoal)}: ${gzipped <= bundleGoal ? 'met' : 'MISSED'})`)
} finally {
  await web.close()
  await chain.stop()
}
