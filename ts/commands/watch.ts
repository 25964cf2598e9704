import { Command } from 'commander'
import { InvalidInputError } from '../lib/errors'
import { formatDuration, formatTimestamp } from '../lib/time'
import { localChainVersion } from '../lib/local-chain'
import { alertJson, postAlert, type WatchAlert, type WatchCursor, watchEvents } from '../lib/watch'
import type { Cli, Session } from '../runtime/context'
import { blockNumber, count } from '../runtime/parsers'

export function watchCommand(cli: Cli): Command {
  return new Command('watch')
    .description(
      'follow the events of one or more AppAuths and their opt-out registries: every proposal (with its countdown), cancellation, activation, expiry, allow-list and controller change, and every opt-out; resumable with --cursor',
    )
    .argument('<apps...>', 'the AppAuths and opt-out registries (told apart by ERC-165): deployment names or addresses')
    .option('--cursor <file>', 'resume from this file and keep it up to date (delivered alerts are never repeated after a clean stop)')
    .option('--from-block <n>', 'first block without a cursor: a number or "latest" (default: the earliest deployment block, from the deployment records)', fromBlock)
    .option('--page-size <n>', 'blocks per eth_getLogs request; halved automatically when the provider refuses a range', blockNumber('--page-size'), 2_000n)
    .option('--webhook <url>', 'also POST each alert as JSON to this URL (retried; the watch stops if it keeps failing)', webhookUrl)
    .option('--once', 'stop at the current head instead of following new blocks')
    .option('--poll <ms>', 'how often to look for new blocks (the local chain is followed without its lock and read as soon as a command saves it)', count('--poll'), 2_000)
    .action(
      async (
        apps: string[],
        options: { cursor?: string; fromBlock?: bigint | 'latest'; pageSize: bigint; webhook?: string; once?: boolean; poll: number },
        command: Command,
      ) => {
        const { confirmations, json } = cli.options(command)
        const stop = new AbortController()
        cli.onInterrupt(() => stop.abort())
        const spinner = cli.spinner(command)
        let resume: WatchCursor | undefined
        let delivered = 0
        /** One pass over `session`: from the cursor (or the start) to its head, or following it. */
        const pass = async (session: Session, follow: boolean, depth: number) => {
          const resolved = apps.map((app) => session.resolve(app))
          const starts = resolved.map(({ record }) => session.deploymentBlock(record))
          // Without --from-block, the earliest recorded deployment block (found by bisection only when a source has no record).
          const defaultFrom = starts.every((block) => block !== undefined) ? starts.reduce((a, b) => (a! < b! ? a : b)) : undefined
          const result = await watchEvents(session.client, {
            sources: resolved.map(({ address }) => ({ address })),
            confirmations: depth,
            fromBlock: options.fromBlock ?? defaultFrom,
            pageSize: options.pageSize,
            cursorFile: options.cursor,
            resume,
            follow,
            pollIntervalMs: options.poll,
            signal: stop.signal,
            onAlert: async (alert) => {
              spinner.stop()
              cli.io.stdout.write(json ? `${JSON.stringify(alertJson(alert))}\n` : `${alertLine(alert, session.label(alert.source))}\n`)
              if (options.webhook) await postAlert({ url: options.webhook, alert })
            },
            onProgress: ({ toBlock, safeHead }) => spinner.update(`read to block ${toBlock} of ${safeHead}`),
            onNarrow: ({ fromBlock, toBlock, pageSize, reason }) => {
              if (!json) cli.io.stderr.write(`the RPC refused blocks ${fromBlock}-${toBlock} (${reason}): reading ${pageSize} blocks per request\n`)
            },
          })
          resume = result.cursor
          delivered += result.delivered
        }
        // The local chain is followed without its lock, so every other command keeps working: each
        // read opens a view of the saved chain (or the running node) and closes it again, and a read
        // happens when the saved chain changed. It mines a block per transaction and never reorganises,
        // so unless --confirmations is given it reads up to the newest block.
        const home = cli.home(command)
        const explicitDepth = rootOf(command).getOptionValueSource('confirmations') === 'cli'
        let seen: string | undefined
        for (;;) {
          const version = localChainVersion(home)
          if (version !== seen) {
            const snapshot = await cli.localSnapshot(command)
            if (!snapshot) {
              // A remote chain: one pass that follows it.
              await pass(await cli.session(command, { signer: false }), !options.once, confirmations)
              break
            }
            try {
              await pass(snapshot, false, explicitDepth ? confirmations : 0)
            } finally {
              await snapshot.close()
            }
            seen = version
          }
          if (options.once || stop.signal.aborted) break
          // A node's chain is polled like a remote one; the saved chain is checked often, cheaply.
          await sleep(version.startsWith('node') ? options.poll : Math.min(options.poll, localCheckMs), stop.signal)
          if (stop.signal.aborted) break
        }
        const cursor = resume
        spinner.stop()
        const where = cursor ? `block ${cursor.blockNumber}${cursor.logIndex === null ? '' : ` log ${cursor.logIndex}`}` : 'the start'
        if (json) cli.io.stderr.write(`${JSON.stringify({ delivered, cursor: cursor ? { ...cursor, blockNumber: Number(cursor.blockNumber) } : null })}\n`)
        else cli.io.stderr.write(`${delivered} alert${delivered === 1 ? '' : 's'}; watched up to ${where}\n`)
      },
    )
}

/** One line for people: when, which app, what kind of alert, what happened, and a proposal's countdown. */
export function alertLine(alert: WatchAlert, app: string): string {
  const head = `${formatTimestamp(alert.timestamp)}  block ${alert.blockNumber}  ${app}  ${alert.type.toUpperCase()}`
  let line = `${head}  ${alert.summary}`
  if (alert.countdown) {
    const { secondsLeft, expiresAt, now, stillPending } = alert.countdown
    line += !stillPending
      ? ' -- no longer pending (activated, cancelled or cleared since: see the alerts after it)'
      : secondsLeft > 0n
        ? ` -- activatable in ${formatDuration(secondsLeft)}`
        : now <= expiresAt
          ? ` -- activatable now (for ${formatDuration(expiresAt - now)} more)`
          : ' -- its window has passed'
  }
  return line
}

/** How often a local watch checks whether the saved chain changed (cheap: one stat). */
const localCheckMs = 100

function rootOf(command: Command): Command {
  let root = command
  while (root.parent) root = root.parent
  return root
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms)
    signal.addEventListener('abort', done, { once: true })
    function done() {
      clearTimeout(timer)
      signal.removeEventListener('abort', done)
      resolve()
    }
  })
}

function fromBlock(value: string): bigint | 'latest' {
  return value === 'latest' ? 'latest' : blockNumber('--from-block')(value)
}

function webhookUrl(value: string): string {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new InvalidInputError(`--webhook must be an http(s) URL, got ${JSON.stringify(value)}`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new InvalidInputError(`--webhook must be an http(s) URL, got ${JSON.stringify(value)}`)
  return url.toString()
}
