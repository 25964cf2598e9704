import { Command } from 'commander'
import type { Address } from 'viem'
import { readContract } from 'viem/actions'
import { optOutRegistryAbi } from '../generated/contracts'
import { type DeploymentRecord, readDeployments, registriesOf } from '../lib/deployments'
import { describeChange } from '../lib/history'
import { getOptOutSummary, type OptOutSummary } from '../lib/optout'
import { getStatus, type PendingChange } from '../lib/status'
import { describeTime, formatDuration, formatTimestamp } from '../lib/time'
import { getSourceKind } from '../lib/watch'
import type { Cli, Session } from '../runtime/context'
import { formatFields } from '../runtime/output'
import { blockNumber } from '../runtime/parsers'

export function statusCommand(cli: Cli): Command {
  return new Command('status')
    .description(
      'what an AppAuth allows now and what is coming: controller, notice period, effective hashes and devices, pending changes, its opt-out registries; given an opt-out registry: its windows and opt-outs',
    )
    .argument('<app>', 'the AppAuth or opt-out registry (told apart by ERC-165): deployment name or address')
    .option('--from-block <n>', 'first block to read events from (default: the deployment block)', blockNumber('--from-block'))
    .option('--page-size <n>', 'blocks per eth_getLogs request', blockNumber('--page-size'))
    .action(async (app: string, options: { fromBlock?: bigint; pageSize?: bigint }, command: Command) => {
      const session = await cli.session(command, { signer: false })
      const { address, record } = session.resolve(app)
      const spinner = cli.spinner(command)
      spinner.update(`reading ${address}`)
      const fromBlock = options.fromBlock ?? session.deploymentBlock(record)
      if ((await getSourceKind(session.client, { address })) === 'registry') {
        const summary = await getOptOutSummary(session.client, { registry: address, fromBlock, pageSize: options.pageSize })
        cli.print(command, summary, () => describeRegistry(session, summary))
        return
      }
      const status = await getStatus(session.client, { address, fromBlock, pageSize: options.pageSize })
      // Registries recorded for this app; each is summarised from its own views.
      const registries = await Promise.all(
        (await recordedRegistries(session, address)).map(async ({ name, record: registry }) => ({
          name,
          ...(await getOptOutSummary(session.client, { registry: registry.address, fromBlock: BigInt(registry.blockNumber), pageSize: options.pageSize })),
        })),
      )
      cli.print(command, { ...status, registries }, () => {
        const lines = [
          `${session.label(address)}: ${status.variant} AppAuth, ERC-733 ${status.stage} (${status.description})`,
          formatFields([
            status.multisig
              ? (['signers', `${status.multisig.threshold} of ${status.multisig.signers.join(', ')} (next nonce ${status.multisig.nonce})`] as const)
              : (['owner', status.owner ?? 'none (renounced)'] as const),
            ...(status.pendingOwner ? [['nominated owner', `${status.pendingOwner} (becomes owner when it calls acceptOwnership: \`appauth accept\`)`] as const] : []),
            ...(status.notice
              ? [['notice period', `${formatDuration(status.notice.period)} (never below ${formatDuration(status.notice.min)}; activatable for ${formatDuration(status.notice.grace)} after)`] as const]
              : [['notice period', 'none: every change is instant'] as const]),
            ['TCB', status.requireTcbUpToDate ? 'must be UpToDate' : 'not checked'],
            ['any device', status.allowAnyDevice ? 'yes: any TEE with an allowed compose hash may boot' : 'no'],
            ...registries.map(
              (registry) =>
                [
                  'opt-out registry',
                  `${registry.name} (${registry.registry}): ${registry.windows.filter((window) => window.open).length} open window(s), ${registry.total} opt-out(s); \`appauth status ${registry.name}\``,
                ] as const,
            ),
            ['read at', `block ${status.blockNumber}, chain time ${formatTimestamp(status.now)}`],
          ]),
          '',
          `compose hashes (${status.composeHashes.length})`,
          ...status.composeHashes.map((item) => `  ${item.value}  since ${formatTimestamp(item.since.timestamp)} (block ${item.since.blockNumber})`),
          '',
          `devices (${status.devices.length})${status.allowAnyDevice ? ' (any device is allowed too)' : ''}`,
          ...status.devices.map((item) => `  ${item.value}  since ${formatTimestamp(item.since.timestamp)} (block ${item.since.blockNumber})`),
        ]
        if (status.notice) {
          lines.push('', `pending changes (${status.pending.length})`)
          for (const change of status.pending) lines.push(...changeLines(change, status.now))
          if (status.expired.length > 0) {
            lines.push('', `expired, never activated (${status.expired.length}; they cannot take effect, \`clearExpired\` removes them)`)
            for (const change of status.expired) lines.push(...changeLines(change, status.now))
          }
        }
        return lines.join('\n')
      })
    })
}

/**
 * The opt-out registries recorded on this chain for `app`: by the `app` their record names, and, for
 * records written before records named it, by asking the registry which AppAuth it serves.
 */
async function recordedRegistries(session: Session, app: Address): Promise<{ name: string; record: DeploymentRecord }[]> {
  const named = registriesOf(session.deploymentsDir, session.chainId, app)
  const unnamed = Object.entries(readDeployments(session.deploymentsDir, session.chainId)).filter(([, record]) => record.variant === 'optout' && record.app === undefined)
  const served = await Promise.all(
    unnamed.map(async ([name, record]) => {
      const target = await readContract(session.client, { address: record.address, abi: optOutRegistryAbi, functionName: 'appAuth' }).catch(() => undefined)
      return target !== undefined && target.toLowerCase() === app.toLowerCase() ? [{ name, record }] : []
    }),
  )
  return [...named, ...served.flat()]
}

function changeLines(change: PendingChange, now: bigint): string[] {
  const when =
    change.state === 'waiting'
      ? `activatable ${describeTime(change.activatesAt, now)} until ${formatTimestamp(change.expiresAt)}`
      : change.state === 'activatable'
        ? `ACTIVATABLE NOW until ${describeTime(change.expiresAt, now)}`
        : `window closed ${describeTime(change.expiresAt, now)}`
  return [`  ${describeChange(change.kind, change.value)}: ${when}`, `    id ${change.id}${change.uri ? `  uri ${change.uri}` : ''}`]
}

function describeRegistry(session: Session, summary: OptOutSummary): string {
  const label = (address: Address) => session.label(address)
  return [
    `${label(summary.registry)}: opt-out registry of ${label(summary.app)}`,
    formatFields([
      ['windows', `${summary.windows.length} tracked, ${summary.windows.filter((window) => window.open).length} open`],
      ['opt-outs', String(summary.total)],
      ['read at', `block ${summary.blockNumber}, chain time ${formatTimestamp(summary.now)}`],
    ]),
    ...summary.windows.flatMap((window) => [
      '',
      `change ${window.changeId}: ${window.open ? `window OPEN, closes ${describeTime(window.activatesAt, summary.now)}` : `window closed (activation time ${formatTimestamp(window.activatesAt)})`}`,
      `  proposal ${window.key}, announced ${formatTimestamp(window.proposedAt)}`,
      `  ${window.count} opt-out(s)${window.users.length ? `: ${window.users.join(', ')}${BigInt(window.users.length) < window.count ? ', …' : ''}` : ''}`,
    ]),
  ].join('\n')
}
