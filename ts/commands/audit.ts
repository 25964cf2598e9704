import { readFileSync } from 'node:fs'
import { Command } from 'commander'
import type { Address } from 'viem'
import { type AuditReport, auditAppAuth, defaultMinNotice, type Severity, type TrustedVerifier } from '../lib/audit'
import { type AuditKmsReturnType, auditKms } from '../lib/audit-kms'
import { stageNames } from '../lib/audit-stage'
import { buildsFromArtifact, type KnownBuild } from '../lib/code-identity'
import { connect } from '../lib/client'
import { describeController } from '../lib/controller'
import { InvalidInputError } from '../lib/errors'
import { formatDuration } from '../lib/time'
import { parseAdapterArgument } from '../lib/verified'
import { type Cli, exitCodes } from '../runtime/context'
import { formatFields } from '../runtime/output'
import { blockNumber, count, duration } from '../runtime/parsers'

const severityLabels: Record<Severity, string> = { unknown: 'UNKNOWN', rug: 'RUG', centralized: 'CENTRAL', trusted: 'TRUST', warning: 'WARN', info: 'ok' }

type AuditOptions = {
  minNotice: bigint
  fromBlock?: bigint
  pageSize?: bigint
  requireStage?: number
  artifact: string[]
  trustedVerifier: TrustedVerifier[]
  optOut?: string
  kms?: string
  concurrency?: number
}

export function auditCommand(cli: Cli): Command {
  return new Command('audit')
    .description('ERC-733 stage report for any AppAuth (ours, a stock DstackApp, or unknown), naming every path that loosens boot policy without notice')
    .argument('[app]', 'the AppAuth: deployment name or address (omit with --kms)')
    .option('--min-notice <duration>', 'the shortest notice that counts for Stage 1', duration('--min-notice'), defaultMinNotice)
    .option('--from-block <n>', 'first block of the event replay (default: the deployment block)', blockNumber('--from-block'))
    .option('--page-size <n>', 'blocks per eth_getLogs request', blockNumber('--page-size'))
    .option('--require-stage <n>', 'exit with code 1 when the app (with --kms: any app) rates below this stage (0, 1, 2 or 3)', stage)
    .option('--artifact <file>', 'a build you compiled (Forge or Hardhat artifact, or solc standard-JSON output): code that matches it is known, and every state-changing function of its ABI is probed (repeatable)', (value: string, previous: string[]) => [...previous, value], [])
    .option(
      '--trusted-verifier <vendor=address>',
      "vouch for a verifier deployment the audit cannot identify: an adapter of that vendor calling that address counts as fixed for Stage 3, and the report says it is vouched by you (repeatable)",
      (value: string, previous: TrustedVerifier[]) => {
        const { vendor, address } = parseAdapterArgument(value, '--trusted-verifier')
        return [...previous, { vendor: vendor.id, name: vendor.name, address }]
      },
      [],
    )
    .option('--opt-out <registry>', "also identify the app's opt-out registry (deployment name or address)")
    .option('--kms <kms>', 'rate every app registered with this KMS (AppRegistered / AppDeployedViaFactory events), one line each, worst first')
    .option('--concurrency <n>', 'with --kms: apps audited at once, their reads sent as JSON-RPC batches', positive('--concurrency'), 32)
    .action(async (app: string | undefined, options: AuditOptions, command: Command) => {
      if ((app === undefined) === (options.kms === undefined)) throw new InvalidInputError('give either an app to audit or --kms <kms>, not both')
      if (options.kms !== undefined && (options.optOut !== undefined || options.fromBlock !== undefined)) {
        throw new InvalidInputError('--opt-out and --from-block apply to one app, not to --kms')
      }
      const artifacts = options.artifact.flatMap(readArtifact)
      const session = await cli.session(command, { signer: false })
      const spinner = cli.spinner(command)
      if (options.kms !== undefined) {
        const kms = session.resolve(options.kms).address
        // The apps' reads go out together: a batching connection to the same endpoint.
        const client = await connect({ url: session.url, chain: session.client.chain, batch: true })
        const result = await auditKms(client, {
          kms,
          minNotice: options.minNotice,
          pageSize: options.pageSize,
          artifacts,
          trustedVerifiers: options.trustedVerifier,
          concurrency: options.concurrency,
          onProgress: (done, total) => spinner.update(`rated ${done} of ${total} apps`),
        })
        cli.print(command, result, () => kmsText(result, session.label(kms)))
        if (options.requireStage !== undefined && result.apps.some((rating) => rating.stage < options.requireStage!)) cli.exitCode = exitCodes.denied
        return
      }
      const { address, record } = session.resolve(app!)
      spinner.update(`auditing ${address}`)
      const report = await auditAppAuth(session.client, {
        address,
        minNotice: options.minNotice,
        fromBlock: options.fromBlock ?? (record ? BigInt(record.blockNumber) : undefined),
        pageSize: options.pageSize,
        artifacts,
        trustedVerifiers: options.trustedVerifier,
        optOutRegistry: options.optOut === undefined ? undefined : session.resolve(options.optOut).address,
      })
      cli.print(command, report, () => auditText(report, session.label(address)))
      if (options.requireStage !== undefined && report.stage < options.requireStage) cli.exitCode = exitCodes.denied
    })
}

/** Reads an --artifact file; a file that is not one gets a one-line error before anything is read from the chain. */
function readArtifact(file: string): KnownBuild[] {
  let json: unknown
  try {
    json = JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    throw new InvalidInputError(`--artifact ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : 'not valid JSON'}`)
  }
  try {
    return buildsFromArtifact(json, file)
  } catch (error) {
    throw new InvalidInputError(`--artifact ${(error as Error).message}`)
  }
}

/** One line per app, worst first. */
export function kmsText(result: AuditKmsReturnType, label: string): string {
  const rows = result.apps.map((rating) => [
    rating.address,
    `Stage ${rating.stage}`,
    // The compiler settings are in --json and in the single-app report; the table keeps name @ release.
    rating.build?.replace(/ \(.*\)$/, '') ?? (rating.error ? '-' : 'unknown code'),
    rating.controller,
    rating.error ? '-' : formatDuration(rating.notice),
    rating.error ?? (rating.worst ? `${severityLabels[rating.worst.severity]} ${rating.worst.id}` : '-'),
  ])
  const header = ['app', 'stage', 'build', 'controller', 'notice', 'worst finding']
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]!.length)))
  const line = (cells: string[]) => cells.map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ')
  const counts = [0, 1, 2, 3].map((stageNumber) => `${result.apps.filter((rating) => rating.stage === stageNumber).length} at Stage ${stageNumber}`)
  return [`${label}: ${result.apps.length} registered apps (${counts.join(', ')}), read at block ${result.blockNumber}`, '', line(header), ...rows.map(line)].join('\n')
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
      ['build', report.build ? `${report.build}${report.variant === 'unknown' ? '' : ` (our ${report.variant} variant)`}` : 'unknown code: no build this release or a supplied --artifact knows'],
      ...report.identities
        .filter((identity) => !['app', 'implementation', 'controller', 'proposer'].includes(identity.role))
        .map((identity) => [identity.role, `${identity.address}: ${identity.build ?? 'unknown code'}${identity.vouched ? ', vouched by the auditor (--trusted-verifier)' : ''}`] as const),
      ['controller', describeController(report.controller)],
      ['notice', notice ? `${formatDuration(notice.period)} (floor ${formatDuration(notice.floor)}, grace ${formatDuration(notice.grace)})` : 'none in the contract'],
      ['effective notice', `${formatDuration(report.effectiveNotice)} (Stage 1 needs ${formatDuration(report.requiredNotice)})`],
      ['upgrades', upgradeText],
      ['history', report.history ? `${report.history.events} policy events, ${report.history.mismatches.length ? `${report.history.mismatches.length} mismatch(es)` : 'consistent with the views'}` : 'not read'],
      ['read at', `block ${report.blockNumber} on chain ${report.chainId}`],
    ]),
    '',
    'conditions',
    ...conditionLines(report),
    '',
    'findings',
    ...report.findings.map((finding) => `  ${severityLabels[finding.severity].padEnd(labelWidth)}  ${finding.id.padEnd(idWidth)}  ${finding.message}`),
  ].join('\n')
}

/** Each condition, met or not; under one not met, the reasons (the findings that decide it). */
export function conditionLines(report: Pick<AuditReport, 'conditions'>): string[] {
  return report.conditions.flatMap((condition) => [
    `  Stage ${condition.stage}  ${condition.met ? 'met    ' : 'NOT MET'}  ${condition.description}`,
    ...condition.reasons.map((reason) => `                    - ${reason}`),
  ])
}

function positive(label: string) {
  return (value: string): number => {
    const parsed = count(label)(value)
    if (parsed < 1) throw new InvalidInputError(`${label} must be at least 1, got ${JSON.stringify(value)}`)
    return parsed
  }
}

function stage(value: string): number {
  if (!/^[0123]$/.test(value)) throw new InvalidInputError(`--require-stage must be 0, 1, 2 or 3, got ${JSON.stringify(value)}`)
  return Number(value)
}
