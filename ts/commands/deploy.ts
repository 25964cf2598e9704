import { Argument, Command } from 'commander'
import type { Address } from 'viem'
import { getCode, getTransactionCount } from 'viem/actions'
import { auditAppAuth } from '../lib/audit'
import { stageNames } from '../lib/audit-stage'
import type { Variant } from '../lib/contracts'
import { deploymentRecord, type InitialPolicy } from '../lib/deploy'
import { chooseDeploymentName } from '../lib/deployments'
import { InvalidInputError } from '../lib/errors'
import { parseAdapterArgument, parseMeasurementArgument, prepareVerifierConfig } from '../lib/verified'
import { assertKms, registerApp } from '../lib/kms'
import { formatDuration, parseDuration } from '../lib/time'
import type { Cli, Session } from '../runtime/context'
import { formatFields } from '../runtime/output'
import { transactionLine } from '../runtime/format'
import { address, bytes32, count, duration, each } from '../runtime/parsers'
import { deployVariants } from './deploy/index'
import { governorDefaults } from './deploy/governor'
import { checkFlags, defaultAttestationValidity, defaultGrace, defaultNotice, type DeployContext, type DeployOptions } from './deploy/shared'

/**
 * An owner that cannot act freezes the app for good: nothing can be proposed or handed over. An
 * address with no code is either an account (its key signs) or a contract not deployed yet (a
 * counterfactual Safe); one that has sent transactions is surely an account. One that has not is
 * refused unless the caller says it is in hand.
 */
async function checkOwner(session: Session, owner: Address, allowCodeless: boolean): Promise<void> {
  const [code, nonce] = await Promise.all([getCode(session.client, { address: owner }), getTransactionCount(session.client, { address: owner })])
  if ((code !== undefined && code !== '0x') || nonce > 0 || allowCodeless) return
  throw new InvalidInputError(
    `--owner ${owner} has no code and has never sent a transaction: it may be an account whose key you hold, or a contract (a Safe) not deployed yet, and an owner that cannot act freezes the app; deploy the Safe first, or pass --allow-codeless-owner if the key or the deployment is in hand`,
  )
}

export function deployCommand(cli: Cli): Command {
  return new Command('deploy')
    .description('deploy an AppAuth, record it in deployments/<chainId>.json and optionally register it with a KMS')
    .addArgument(
      new Argument('<variant>', 'timelock (Stage 1: notice period), verified (Stage 1 plus k-of-n TEE vendor attestation), governor (Stage 2: token holders vote through an OpenZeppelin Governor and a TimelockController; with --verified, the verified AppAuth), multisig (Stage 1: m-of-n signers, notice period) or baseline (Stage 0: instant owner); `deploy optout <app>` deploys an opt-out registry, `deploy adapter <vendor>` a verifier adapter').choices(Object.keys(deployVariants)),
    )
    .option('--notice <duration>', `notice period for loosening changes, e.g. 7d (timelock; default ${defaultNotice})`, duration('--notice'))
    .option('--min-notice <duration>', 'floor the notice period can never be shortened below (timelock; default: the notice period)', duration('--min-notice'))
    .option('--grace <duration>', `how long a matured change stays activatable (timelock; default ${defaultGrace})`, duration('--grace'))
    .option('--compose-hash <hex>', 'compose hash allowed from deployment (repeatable)', each(bytes32('--compose-hash')), [])
    .option('--device <hex>', 'device id allowed from deployment (repeatable)', each(bytes32('--device')), [])
    .option('--allow-any-device', 'let any device boot an allowed compose hash', false)
    .option('--require-tcb', 'require the TCB status "UpToDate"', false)
    .option('--owner <address>', 'owner (timelock, baseline; default: the signer); an address without code that never sent a transaction is refused unless --allow-codeless-owner', address('--owner'))
    .option('--allow-codeless-owner', 'accept an --owner with no code and no transactions (a fresh key, or a Safe to be deployed there later)')
    .option('--signer <address>', 'a signer of the multisig (repeatable)', each(address('--signer')), [])
    .option('--threshold <m>', 'signatures a multisig execution needs', (value) => BigInt(count('--threshold')(value)))
    .option('--token <address>', 'governor: the ERC-5805 votes token (timestamp clock) naming its mintAuthority() (none, or the new timelock); omitted, an AppAuthVotesToken of 1,000,000 votes is deployed to the signer, self-delegated')
    .option('--voting-delay <duration>', `governor: wait between proposal and vote, at least 1h (default ${governorDefaults.votingDelay})`, duration('--voting-delay'))
    .option('--voting-period <duration>', `governor: how long a vote lasts, at least 1d (default ${governorDefaults.votingPeriod})`, duration('--voting-period'))
    .option('--quorum <percent>', `governor: quorum, percent of the token supply, at least 1 (default ${governorDefaults.quorum})`, (value) => BigInt(count('--quorum')(value)))
    .option('--proposal-threshold <votes>', 'governor: votes needed to propose, in token units (default 0)', (value) => BigInt(count('--proposal-threshold')(value)))
    .option('--timelock-delay <duration>', `governor: how long the timelock holds a passed proposal, at least 1h (default ${governorDefaults.timelockDelay})`, duration('--timelock-delay'))
    .option('--verified', 'governor: deploy the verified AppAuth (VerifierHooks) under the governor', false)
    .option('--adapter <vendor=address>', 'verified: a vendor adapter, e.g. tdx=0x… (repeatable; vendors tdx, snp, nitro or an adapter\'s vendor name)', each(parseAdapterArgument), [])
    .option('--threshold-vendors <k>', 'verified: distinct vendors a boot needs (default: every --adapter)', (value) => BigInt(count('--threshold-vendors')(value)))
    .option('--measurement <vendor=hex>', 'verified: pin a measurement: the adapter\'s 32-byte digest or the raw registers (TDX MRTD‖RTMR0-3, SNP MEASUREMENT, Nitro PCR0-2) (repeatable)', each(parseMeasurementArgument), [])
    .option('--attestation-validity <duration>', `verified: how long a submitted attestation counts (default ${defaultAttestationValidity})`, duration('--attestation-validity'))
    .option('--app-deployer <address>', 'governor --verified: an existing VerifiedAppAuthDeployer (default: deploy one)', address('--app-deployer'))
    .option('--kms <kms>', 'register the app with this KMS (deployment name or address) after deploying')
    .option('--name <name>', 'deployment name (default: the variant, numbered if taken)')
    .action(async (variant: Variant, options: DeployOptions, command: Command) => {
      const shape = deployVariants[variant]
      shape.check?.(options)
      checkFlags(shape, options)
      const session = await cli.session(command, { signer: true })
      // Checked before deploying, so a taken or malformed name costs no transaction.
      const name = chooseDeploymentName(session.deploymentsDir, session.chainId, options.name, variant)
      // Adapters are read (vendor, ERC-165 shape) before anything is sent.
      const verifiers = shape.verifierHooks(options)
        ? await prepareVerifierConfig(session.client, {
            adapters: options.adapter,
            threshold: options.thresholdVendors ?? BigInt(options.adapter.length),
            attestationValidity: options.attestationValidity ?? parseDuration(defaultAttestationValidity),
            measurements: options.measurement,
          })
        : undefined
      const owner = options.owner ?? session.client.account!.address
      if (options.owner !== undefined && options.owner !== session.client.account!.address) {
        await checkOwner(session, options.owner, Boolean(options.allowCodelessOwner))
      }
      // Resolve and check the KMS before deploying, so a wrong --kms costs no transaction.
      const kms = options.kms === undefined ? undefined : session.resolve(options.kms).address
      if (kms) await assertKms(session.client, { kms })
      const policy: InitialPolicy = {
        composeHashes: options.composeHash,
        deviceIds: options.device,
        allowAnyDevice: options.allowAnyDevice,
        requireTcbUpToDate: options.requireTcb,
      }
      const notice = options.notice ?? parseDuration(shape.defaultNotice)
      const timing = { noticePeriod: notice, minNoticePeriod: options.minNotice ?? notice, gracePeriod: options.grace ?? parseDuration(defaultGrace) }
      const progress = cli.transaction(command, `deploying ${variant} AppAuth`)
      const context: DeployContext = { cli, command, session, options, name, owner, policy, timing, verifiers, progress }
      shape.beforeDeploy?.(context)

      const { deployed, record: recordExtras, controller, appDeployer } = await shape.deploy(context)
      const record = await deploymentRecord(session.client, variant, deployed)
      session.record(name, recordExtras ? { ...record, ...recordExtras } : record)
      const registration = kms ? await registerApp(session.client, { kms, app: deployed.address, ...cli.transaction(command, 'registering with the KMS') }) : undefined
      // The same rating `status` and `audit` print, read from the chain rather than assumed from the variant.
      cli.spinner(command).update('rating the deployed AppAuth')
      const { stage } = await auditAppAuth(session.client, { address: deployed.address, fromBlock: deployed.blockNumber })

      const json = {
        name,
        variant,
        chainId: session.chainId,
        address: deployed.address,
        stage,
        transactionHash: deployed.transactionHash,
        blockNumber: deployed.blockNumber,
        ...controller.json,
        ...(shape.notice ? timing : {}),
        policy,
        ...(verifiers
          ? {
              verifiers: {
                adapters: options.adapter.map(({ vendor, address }) => ({ vendor: vendor.name, address })),
                thresholdVendors: verifiers.threshold,
                attestationValidity: verifiers.attestationValidity,
                measurements: options.measurement.map(({ vendor, measurement }) => ({ vendor: vendor.name, measurement })),
                ...(appDeployer ? { appDeployer } : {}),
              },
            }
          : {}),
        registration: registration && kms ? { kms, transactionHash: registration.transactionHash, blockNumber: registration.blockNumber } : null,
      }
      cli.print(command, json, () => {
        return [
          `deployed ${variant} AppAuth "${name}" at ${deployed.address} (ERC-733 ${stageNames[stage]})`,
          formatFields([
            ['app id', `${deployed.address} (the app id is the AppAuth's address)`],
            ['transaction', transactionLine(deployed)],
            ...controller.lines,
            ...(shape.notice
              ? [['notice', `${formatDuration(timing.noticePeriod)} (never below ${formatDuration(timing.minNoticePeriod)}; activatable for ${formatDuration(timing.gracePeriod)} after)`] as const]
              : []),
            ['compose hashes', policy.composeHashes.length ? policy.composeHashes.join(', ') : 'none'],
            ['devices', policy.allowAnyDevice ? 'any' : policy.deviceIds.length ? policy.deviceIds.join(', ') : 'none'],
            ['TCB', policy.requireTcbUpToDate ? 'must be UpToDate' : 'not checked'],
            ...(verifiers
              ? [
                  ['adapters', options.adapter.length ? options.adapter.map(({ vendor, address }) => `${vendor.name} ${address}`).join(', ') : 'none'] as const,
                  ['vendors needed', `${verifiers.threshold} of ${options.adapter.length} (attestations count for ${formatDuration(verifiers.attestationValidity)})`] as const,
                  ['pinned', options.measurement.length ? options.measurement.map(({ vendor, measurement }) => `${vendor.name} ${measurement}`).join(', ') : 'none (any measurement counts)'] as const,
                  ...(appDeployer ? [['app deployer', `${appDeployer} (VerifiedAppAuthDeployer)`] as const] : []),
                ]
              : []),
            ['registered', registration && kms ? `with ${session.label(kms)} in ${transactionLine(registration)}` : 'no (pass --kms, or run `appauth kms register`)'],
            ['recorded in', `${session.deploymentsDir}/${session.chainId}.json`],
          ]),
        ].join('\n')
      })
    })
}
