// From ERC-733 Stage 0 to Stage 3 on the embedded local chain, told with the appauth CLI: each app is
// rated by `appauth audit`, whose condition list shows what stands between it and the next stage.
// Stage 3 needs boots attested by k >= 2 TEE vendors, through immutable adapters and verifiers that
// cannot change without notice, against pinned measurements; the vendors' verifiers are stood in for
// by the tests' stand-ins (test/verifiers/mocks), which the audit knows on the local chain only.
//
//   npm run demo:stage3            # throwaway data folder
//   npm run demo:stage3 -- --keep  # keep it, to go on with `APPAUTH_HOME=<folder> npm run -s appauth -- ...`
import { pathToFileURL } from 'node:url'
import type { Abi, Address } from 'viem'
import { demoSession } from './demo-session'
import { localTestVerifierBytecode } from './generated/contracts'
import { localChain } from './lib/chains'
import { connect } from './lib/client'
import { devPrivateKey, openLocalChain } from './lib/local-chain'
import { deployContract } from './lib/transactions'
import type { Stream } from './runtime/output'

/** The app's compose hash and the measurements the vendors report for its TEE (synthetic values). */
const composeHash = `0x${'5a'.repeat(32)}`
const tdxMeasurement = `0x${'7d'.repeat(32)}`
const nitroMeasurement = `0x${'4e'.repeat(32)}`

export type DemoStage3Options = { out: Stream; keep?: boolean }

/** Runs the demo, printing to `out`; resolves to 0 when every step behaved as the story says. */
export async function runDemoStage3({ out, keep = false }: DemoStage3Options): Promise<number> {
  const session = demoSession('appauth-demo-stage3-', out)
  const { home, say, heading, failure, end } = session
  const appauth = (...argv: string[]) => session.appauth(argv)
  const find = (text: string, pattern: RegExp, what: string): string => {
    const match = pattern.exec(text)
    if (!match) throw failure(`no ${what} in the output`)
    return match[1]!
  }
  /** Proposes actions to the governor together, votes them through and executes them; returns the change ids they announced. */
  const vote = async (actions: [string, string][]): Promise<string[]> => {
    const ids: string[] = []
    for (const [action, value] of actions) ids.push(find(await appauth('gov', 'propose', 'myapp', action, value), /proposal id\s+(\d+)/, 'proposal id'))
    // The governor's defaults: a 1-day voting delay, a 5-day vote, a 2-day timelock; an hour more covers the seconds between proposals.
    await appauth('time', 'advance', '25h')
    for (const id of ids) await appauth('gov', 'vote', 'myapp', id, 'for')
    await appauth('time', 'advance', '121h')
    for (const id of ids) await appauth('gov', 'queue', 'myapp', id)
    await appauth('time', 'advance', '49h')
    const announced: string[] = []
    for (const id of ids) announced.push(...[...(await appauth('gov', 'execute', 'myapp', id)).matchAll(/change id (0x[0-9a-f]{64})/g)].map((match) => match[1]!))
    return announced
  }

  try {
    say('ERC-733 Stage 0 to Stage 3: the same app, rated at each step by `appauth audit`')
    say(`(embedded local chain; its state lives in ${home} between commands)`)

    heading('Stage 0: a baseline AppAuth. Its owner allows new code at once, so users cannot leave in time')
    await appauth('deploy', 'baseline', '--name', 'baseline', '--compose-hash', composeHash)
    await appauth('audit', 'baseline')

    heading('Stage 1: a timelock AppAuth. Every loosening waits a 7-day notice, but one key decides')
    await appauth('deploy', 'timelock', '--name', 'timelock', '--notice', '7d', '--compose-hash', composeHash)
    await appauth('audit', 'timelock')

    heading("The vendors' verifiers: stand-ins that answer in Automata's V4 quote verifier and Base's Nitro validator layouts")
    const standIns = await deployStandIns(home)
    say(`deployed MockAutomataQuoteVerifier at ${standIns.quote} and MockNitroValidator at ${standIns.nitro} (from test/verifiers/mocks)`)
    const adapterAt = (text: string) => find(text, /adapter "[^"]+" at (0x[0-9a-fA-F]{40})/, 'adapter address')
    const tdx = adapterAt(await appauth('deploy', 'adapter', 'tdx', '--verifier', standIns.quote))
    const nitro = adapterAt(await appauth('deploy', 'adapter', 'nitro', '--verifier', standIns.nitro))

    heading('Stage 2: hand the app to governance. Token holders vote, a timelock holds the decision, the notice follows; one vendor (Intel TDX) attests boots')
    await appauth('deploy', 'governor', '--verified', '--name', 'myapp', '--compose-hash', composeHash, '--adapter', `tdx=${tdx}`, '--threshold-vendors', '1')
    await appauth('audit', 'myapp')

    heading('Token holders vote a second vendor (AWS Nitro) and a pinned measurement for each: loosening changes, so each waits the vote, the timelock and the notice')
    const announced = await vote([
      ['verifier-adapter', nitro],
      ['pin-measurement', `tdx=${tdxMeasurement}`],
      ['pin-measurement', `nitro=${nitroMeasurement}`],
    ])
    if (announced.length !== 3) throw failure(`expected 3 announced changes, got ${announced.length}`)
    await appauth('time', 'advance', '14d')  // the governed app's default notice
    for (const id of announced) await appauth('activate', 'myapp', id)
    await appauth('audit', 'myapp')

    heading('Token holders raise k to 2: a tightening, effective as soon as the vote executes')
    await vote([['raise-threshold', '2']])
    const report = await appauth('audit', 'myapp')
    if (!report.startsWith('myapp') || !/ERC-733 Stage 3 /.test(report)) throw failure('the audit did not rate myapp Stage 3')

    return end(undefined, keep)
  } catch (error) {
    return end(error, keep)
  }
}

/** Deploys two stand-in verifiers on the local chain (no CLI command deploys test contracts). */
async function deployStandIns(home: string): Promise<{ quote: Address; nitro: Address }> {
  const chain = await openLocalChain({ home })
  try {
    const client = await connect({ url: chain.url, chain: localChain, privateKey: devPrivateKey(0), pollingInterval: 50 })
    const deploy = async (name: keyof typeof localTestVerifierBytecode) =>
      (await deployContract(client, { name, abi: [] as Abi, bytecode: localTestVerifierBytecode[name], args: [] })).address
    return { quote: await deploy('MockAutomataQuoteVerifier'), nitro: await deploy('MockNitroValidator') }
  } finally {
    await chain.close()
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await runDemoStage3({ out: process.stdout, keep: process.argv.includes('--keep') })
}
