import { Command } from 'commander'
import { InvalidInputError } from '../lib/errors'
import { formatDuration, formatTimestamp } from '../lib/time'
import { alertJson, postAlert, type WatchAlert, watchEvents } from '../lib/watch'
import type { Cli } from '../runtime/context'
import { blockNumber, count } from '../runtime/parsers'

export function watchCommand(cli: Cli): Command {
  return new Command('watch')
    .description(
      'follow the events of one or more AppAuths and their opt-out registries: every proposal (with its countdown), cancellation, activation, expiry, allow-list and controller change, and every opt-out; resumable with --cursor',
    )
    .argument('<apps...>', 'the AppAuths and opt-out registries (told apart by ERC-165): deployment names or addresses')
    .option('--cursor <file>', 'resume from this file and keep it up to date (delivered alerts are never repeated after a clean stop)')
    .option('--from-block <n>', 'first block without a cursor: a number or "latest" (default: the earliest deployment block)', fromBlock)
    .option('--page-size <n>', 'blocks per eth_getLogs request; halved automatically when the provider refuses a range', blockNumber('--page-size'), 2_000n)
    .option('--webhook <url>', 'also POST each alert as JSON to this URL (retried; the watch stops if it keeps failing)', webhookUrl)
    .option('--once', 'stop at the current head instead of following new blocks')
    .option('--poll <ms>', 'how often to look for new blocks', count('--poll'), 2_000)
    .action(
      async (
        apps: string[],
        options: { cursor?: string; fromBlock?: bigint | 'latest'; pageSize: bigint; webhook?: string; once?: boolean; poll: number },
        command: Command,
      ) => {
        const session = await cli.session(command, { signer: false })
        const { confirmations, json } = cli.options(command)
        const sources = apps.map((app) => ({ address: session.resolve(app).address }))
        const stop = new AbortController()
        cli.onInterrupt(() => stop.abort())
        const spinner = cli.spinner(command)
        const { delivered, cursor } = await watchEvents(session.client, {
          sources,
          confirmations,
          fromBlock: options.fromBlock,
          pageSize: options.pageSize,
          cursorFile: options.cursor,
          follow: !options.once,
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
    const { secondsLeft, expiresAt, now } = alert.countdown
    line +=
      secondsLeft > 0n
        ? ` -- activatable in ${formatDuration(secondsLeft)}`
        : now <= expiresAt
          ? ` -- activatable now (for ${formatDuration(expiresAt - now)} more)`
          : ' -- its window has passed'
  }
  return line
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
