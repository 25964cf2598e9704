import { Command } from 'commander'
import { describeChange } from '../lib/history'
import { getStatus } from '../lib/status'
import { describeTime, formatDuration, formatTimestamp } from '../lib/time'
import type { Cli } from '../runtime/context'
import { formatFields } from '../runtime/output'
import { blockNumber } from '../runtime/parsers'

export function statusCommand(cli: Cli): Command {
  return new Command('status')
    .description('what an AppAuth allows now and what is coming: controller, notice period, effective hashes and devices, pending changes')
    .argument('<app>', 'the AppAuth: deployment name or address')
    .option('--from-block <n>', 'first block to read events from (default: the deployment block)', blockNumber('--from-block'))
    .option('--page-size <n>', 'blocks per eth_getLogs request', blockNumber('--page-size'))
    .action(async (app: string, options: { fromBlock?: bigint; pageSize?: bigint }, command: Command) => {
      const session = await cli.session(command, { signer: false })
      const { address, record } = session.resolve(app)
      const spinner = cli.spinner(command)
      spinner.update(`reading ${address}`)
      const status = await getStatus(session.client, {
        address,
        fromBlock: options.fromBlock ?? (record ? BigInt(record.blockNumber) : undefined),
        pageSize: options.pageSize,
      })
      cli.print(command, status, () => {
        const lines = [
          `${session.label(address)}: ${status.variant} AppAuth, ERC-733 ${status.stage} (${status.description})`,
          formatFields([
            status.multisig
              ? (['signers', `${status.multisig.threshold} of ${status.multisig.signers.join(', ')} (next nonce ${status.multisig.nonce})`] as const)
              : (['owner', status.owner ?? 'none (renounced)'] as const),
            ...(status.pendingOwner ? [['nominated owner', status.pendingOwner] as const] : []),
            ...(status.notice
              ? [['notice period', `${formatDuration(status.notice.period)} (never below ${formatDuration(status.notice.min)}; activatable for ${formatDuration(status.notice.grace)} after)`] as const]
              : [['notice period', 'none: every change is instant'] as const]),
            ['TCB', status.requireTcbUpToDate ? 'must be UpToDate' : 'not checked'],
            ['any device', status.allowAnyDevice ? 'yes: any TEE with an allowed compose hash may boot' : 'no'],
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
          for (const change of status.pending) {
            const when =
              change.state === 'waiting'
                ? `activatable ${describeTime(change.activatesAt, status.now)} until ${formatTimestamp(change.expiresAt)}`
                : change.state === 'activatable'
                  ? `ACTIVATABLE NOW until ${describeTime(change.expiresAt, status.now)}`
                  : `expired ${describeTime(change.expiresAt, status.now)}`
            lines.push(`  ${describeChange(change.kind, change.value)}: ${when}`)
            lines.push(`    id ${change.id}${change.uri ? `  uri ${change.uri}` : ''}`)
          }
        }
        return lines.join('\n')
      })
    })
}
