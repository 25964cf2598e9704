import { Command } from 'commander'
import { type Address, type Hex, keccak256, stringToHex } from 'viem'
import { deployLocalKms, deploymentRecord, deployTimelockAppAuth } from '../lib/deploy'
import { readDeployments } from '../lib/deployments'
import { InvalidInputError } from '../lib/errors'
import { registerApp } from '../lib/kms'
import { proposeComposeHash } from '../lib/manage'
import { deployOptOutRegistry } from '../lib/optout'
import { buildWeb, webBuilt, webDist, type WebPage, webPageUrl } from '../lib/web'
import type { Cli, Session } from '../runtime/context'
import { formatFields } from '../runtime/output'
import { count } from '../runtime/parsers'
import { startStaticServer } from '../server/static'

type UiOptions = { port: number; host: string; app?: string; kms?: string; registry?: string; build?: boolean; example?: boolean }

export function uiCommand(cli: Cli): Command {
  return new Command('ui')
    .description('serve the web app (web/dist, built first when missing) locally, reading the chain in use: the embedded local chain, or --rpc')
    .option('--port <port>', 'port to listen on (0: a free one)', count('--port'), 5_173)
    .option('--host <host>', 'interface to listen on', '127.0.0.1')
    .option('--app <app>', 'open this AppAuth (deployment name or address); default: the first one recorded')
    .option('--kms <kms>', 'open this KMS page instead (deployment name or address)')
    .option('--registry <registry>', "the app's opt-out registry (deployment name or address); default: the one recorded for it")
    .option('--build', 'rebuild web/dist even when it exists')
    .option('--example', 'on the local chain with no AppAuth recorded, first deploy an example: a KMS, an app with a pending change, its opt-out registry')
    .action(async (options: UiOptions, command: Command) => {
      if (options.build || !webBuilt()) {
        const spinner = cli.spinner(command)
        spinner.update('building the web app (web/dist)')
        await buildWeb()
        spinner.stop()
      }
      const session = await cli.session(command, { signer: options.example === true })
      if (options.example && !session.local) throw new InvalidInputError('--example deploys on the embedded local chain only; drop --rpc')
      if (options.example && !firstRecorded(session, ['timelock', 'baseline', 'multisig', 'governor'])) await deployExample(cli, command, session)

      const page = choosePage(session, options)
      const registry = options.registry ? session.resolve(options.registry).address : page?.kind === 'app' ? recordedRegistry(session) : undefined
      const server = await startStaticServer({ dir: webDist, host: options.host, port: options.port })
      const url = webPageUrl(server.url, { chainId: session.chainId, rpc: session.url, page, registry })
      try {
        cli.print(command, { url, server: server.url, chainId: session.chainId, rpc: session.url, page: page ?? null }, () =>
          [
            `web app at ${url}`,
            formatFields([
              ['serves', webDist],
              ['chain', `${session.chainId}${session.local ? ' (local)' : ''} via ${session.url}`],
              ['page', page ? `${page.kind} ${session.label(page.address)}` : 'home (no AppAuth recorded: pass --app, or --example on the local chain)'],
            ]),
            'open it in a browser; Ctrl-C stops',
          ].join('\n'),
        )
        await new Promise<void>((resolve) => cli.onInterrupt(resolve))
      } finally {
        await server.close()
      }
    })
}

function firstRecorded(session: Session, variants: string[]): Address | undefined {
  const records = Object.values(readDeployments(session.deploymentsDir, session.chainId))
  return records.find((record) => variants.includes(record.variant))?.address
}

function choosePage(session: Session, options: UiOptions): WebPage | undefined {
  if (options.kms) return { kind: 'kms', address: session.resolve(options.kms).address }
  if (options.app) return { kind: 'app', address: session.resolve(options.app).address }
  const app = firstRecorded(session, ['timelock', 'multisig', 'governor', 'baseline'])
  return app ? { kind: 'app', address: app } : undefined
}

function recordedRegistry(session: Session): Address | undefined {
  return firstRecorded(session, ['optout'])
}

/** A sample compose hash: the keccak of a label (real ones hash an app-compose.json). */
const sampleHash = (label: string): Hex => keccak256(stringToHex(label))

/**
 * The example the demo tells, stopped while a change is pending: a KMS, an app allowing v1 with a
 * 7-day notice, v2 announced, and the app's opt-out registry.
 */
async function deployExample(cli: Cli, command: Command, session: Session): Promise<void> {
  const client = session.client
  const owner = client.account!.address
  const kms = await deployLocalKms(client, { owner, ...cli.transaction(command, 'deploying the example KMS') })
  session.record('kms', await deploymentRecord(client, 'kms', kms))
  const app = await deployTimelockAppAuth(client, {
    owner,
    noticePeriod: 7n * 86_400n,
    minNoticePeriod: 7n * 86_400n,
    gracePeriod: 86_400n,
    policy: { composeHashes: [sampleHash('example app v1')], deviceIds: [sampleHash('example device')], allowAnyDevice: false, requireTcbUpToDate: true },
    ...cli.transaction(command, 'deploying the example app'),
  })
  session.record('myapp', await deploymentRecord(client, 'timelock', app))
  await registerApp(client, { kms: kms.address, app: app.address, ...cli.transaction(command, 'registering the app') })
  await proposeComposeHash(client, { address: app.address, composeHash: sampleHash('example app v2'), uri: 'https://example.com/myapp/v2', ...cli.transaction(command, 'announcing v2') })
  const registry = await deployOptOutRegistry(client, { app: app.address, ...cli.transaction(command, 'deploying the opt-out registry') })
  session.record('myapp-optout', await deploymentRecord(client, 'optout', registry))
}
