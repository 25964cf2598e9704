import { Command } from 'commander'
import { type AuditReport, auditAppAuth, defaultMinNotice, type Severity } from '../lib/audit'
import { describeController } from '../lib/controller'
import { InvalidInputError } from '../lib/errors'
import { formatDuration } from '../lib/time'
import { type Cli, exitCodes } from '../runtime/context'
import { formatFields } from '../runtime/output'
import { blockNumber, duration } from '../runtime/parsers'

const stageNames = { 0: 'Stage 0 (ruggable)', 1: 'Stage 1 (DevProof: changes wait a notice users can exit in)', 2: 'Stage 2 governance (changes are voted, then wait the notice)' } as const
const severityLabels: Record<Severity, string> = { rug: 'RUG', centralized: 'CENTRAL', warning: 'WARN', info: 'ok' }

export function auditCommand(cli: Cli): Command {
  return new Command('audit')
    .description('ERC-733 stage report for any AppAuth (ours, a stock DstackApp, or unknown), naming every path that loosens boot policy without notice')
    .argument('<app>', 'the AppAuth: deployment name or address')
    .option('--min-notice <duration>', 'the shortest notice that counts for Stage 1', duration('--min-notice'), defaultMinNotice)
    .option('--from-block <n>', 'first block of the event replay (default: the deployment block)', blockNumber('--from-block'))
    .option('--page-size <n>', 'blocks per eth_getLogs request', blockNumber('--page-size'))
    .option('--require-stage <n>', 'exit with code 1 when the app rates below this stage (0, 1 or 2)', stage)
    .action(async (app: string, options: { minNotice: bigint; fromBlock?: bigint; pageSize?: bigint; requireStage?: number }, command: Command) => {
      const session = await cli.session(command, { signer: false })
      const { address, record } = session.resolve(app)
      cli.spinner(command).update(`auditing ${address}`)
      const report = await auditAppAuth(session.client, {
        address,
        minNotice: options.minNotice,
        fromBlock: options.fromBlock ?? (record ? BigInt(record.blockNumber) : undefined),
        pageSize: options.pageSize,
      })
      cli.print(command, report, () => auditText(report, session.label(address)))
      if (options.requireStage !== undefined && report.stage < options.requireStage) cli.exitCode = exitCodes.denied
    })
}

/** The report for people: verdict, facts, then one line per finding, worst first. */
export function auditText(report: AuditReport, label: string): string {
  const { upgrade, notice } = report
  const upgradeText =
    upgrade.proxy === 'none'
      ? 'not upgradeable (no proxy)'
      : upgrade.proxy === 'minimal'
        ? `EIP-1167 clone of ${upgrade.implementation}: not upgradeable`
        : `${upgrade.uups ? 'UUPS' : upgrade.proxy} proxy to ${upgrade.implementation ?? '?'}${upgrade.authority ? `, upgraded by ${upgrade.authority}` : ''}${upgrade.upgradeSucceeds === false ? ' (upgrades blocked)' : ''}`
  const idWidth = Math.max(...report.findings.map((finding) => finding.id.length))
  const labelWidth = Math.max(...report.findings.map((finding) => severityLabels[finding.severity].length))
  return [
    `${label}: ERC-733 ${stageNames[report.stage]}`,
    formatFields([
      ['interfaces of', report.variant === 'unknown' ? 'no variant this tool manages' : `our ${report.variant} variant`],
      ['controller', describeController(report.controller)],
      ['notice', notice ? `${formatDuration(notice.period)} (floor ${formatDuration(notice.floor)}, grace ${formatDuration(notice.grace)})` : 'none in the contract'],
      ['effective notice', `${formatDuration(report.effectiveNotice)} (Stage 1 needs ${formatDuration(report.requiredNotice)})`],
      ['upgrades', upgradeText],
      ['history', report.history ? `${report.history.events} policy events, ${report.history.mismatches.length ? `${report.history.mismatches.length} mismatch(es)` : 'consistent with the views'}` : 'not read'],
      ['read at', `block ${report.blockNumber} on chain ${report.chainId}`],
    ]),
    '',
    'findings',
    ...report.findings.map((finding) => `  ${severityLabels[finding.severity].padEnd(labelWidth)}  ${finding.id.padEnd(idWidth)}  ${finding.message}`),
  ].join('\n')
}

function stage(value: string): number {
  if (!/^[012]$/.test(value)) throw new InvalidInputError(`--require-stage must be 0, 1 or 2, got ${JSON.stringify(value)}`)
  return Number(value)
}
