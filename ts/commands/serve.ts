import { Command } from 'commander'
import { assertKms } from '../lib/kms'
import { packageVersion as version } from '../lib/repository'
import { createChainBackend } from '../server/backend'
import { type AuthServerEvent, startAuthServer } from '../server/server'
import type { Cli } from '../runtime/context'
import { formatFields } from '../runtime/output'
import { count } from '../runtime/parsers'

/** Backend faults are logged at most this often (ms), with a count, so an outage does not flood the log. */
const faultLogInterval = 5_000

export function serveCommand(cli: Cli): Command {
  return new Command('serve')
    .description(
      'run a dstack-compatible auth webhook (GET /, POST /bootAuth/app, POST /bootAuth/kms) answering from the KMS contract at head - --confirmations; every fault is a denial',
    )
    .requiredOption('--kms <kms>', 'the KMS contract (DstackKms or LocalKms): deployment name or address')
    .option('--port <port>', 'port to listen on (0: a free one)', count('--port'), 8000)
    .option('--host <host>', 'interface to listen on (keep loopback unless the KMS reaches it over a private network)', '127.0.0.1')
    .option('--rpc-timeout <ms>', 'give up on the RPC after this long and deny', count('--rpc-timeout'), 5_000)
    .option('--log-requests', 'print one line per decision')
    .action(async (options: { kms: string; port: number; host: string; rpcTimeout: number; logRequests?: boolean }, command: Command) => {
      const session = await cli.session(command, { signer: false })
      const { address: kms } = session.resolve(options.kms)
      await assertKms(session.client, { kms })
      const { confirmations, json } = cli.options(command)
      const backend = createChainBackend({ url: session.url, chainId: session.chainId, kms, confirmations, timeoutMs: options.rpcTimeout })

      let lastFaultLog = 0
      let unlogged = 0
      const onEvent = (event: AuthServerEvent) => {
        if (event.type === 'fault') {
          const now = Date.now()
          if (now - lastFaultLog < faultLogInterval) {
            unlogged += 1
            return
          }
          const more = unlogged ? ` (${unlogged} more since the last report)` : ''
          cli.io.stderr.write(`${new Date(now).toISOString()} backend fault on ${event.path}, answered "authorization backend unavailable": ${message(event.error)}${more}\n`)
          lastFaultLog = now
          unlogged = 0
        } else if (options.logRequests) {
          const line =
            event.type === 'decision'
              ? { time: new Date().toISOString(), route: event.kind, appId: event.appId, isAllowed: event.isAllowed, reason: event.reason, block: Number(event.blockNumber) }
              : { time: new Date().toISOString(), route: event.path, invalid: message(event.error) }
          cli.io.stdout.write(
            json
              ? `${JSON.stringify(line)}\n`
              : `${line.time} ${'invalid' in line ? `${line.route} refused: ${line.invalid}` : `${line.route} ${line.appId} ${line.isAllowed ? 'allowed' : `denied: ${line.reason}`} (block ${line.block})`}\n`,
          )
        }
      }

      const server = await startAuthServer({
        backend,
        info: { chainId: session.chainId, kms, confirmations, version },
        host: options.host,
        port: options.port,
        onEvent,
      })
      try {
        cli.print(command, { url: server.url, chainId: session.chainId, kms, confirmations, version }, () =>
          [
            `auth webhook listening at ${server.url}`,
            formatFields([
              ['KMS', session.label(kms)],
              ['chain', `${session.chainId}${session.local ? ' (local)' : ''}`],
              ['reads at', `head - ${confirmations} block${confirmations === 1 ? '' : 's'}`],
              ['routes', 'GET /, POST /bootAuth/app, POST /bootAuth/kms'],
            ]),
            'Ctrl-C stops',
          ].join('\n'),
        )
        await new Promise<void>((resolve) => cli.onInterrupt(resolve))
      } finally {
        await server.close()
      }
    })
}

function message(error: unknown): string {
  return (error as { shortMessage?: string })?.shortMessage ?? (error instanceof Error ? error.message : String(error))
}
