import { Argument, Command } from 'commander'
import type { Address, Hex } from 'viem'
import { getCode, getTransactionCount } from 'viem/actions'
import { auditAppAuth } from '../lib/audit'
import { stageNames } from '../lib/audit-stage'
import { deployBaselineAppAuth, deployTimelockAppAuth, deploymentRecord, type InitialPolicy } from '../lib/deploy'
import { chooseDeploymentName } from '../lib/deployments'
import { InvalidInputError } from '../lib/errors'
import { assertGovernanceFloors, deployGovernedAppAuth, deployVotesToken } from '../lib/governor'
import {
  type AdapterArgument,
  deployGovernedVerifiedAppAuth,
  deployVerifiedAppAuthDeployer,
  deployVerifiedTimelockAppAuth,
  type MeasurementArgument,
  parseAdapterArgument,
  parseMeasurementArgument,
  prepareVerifierConfig,
} from '../lib/verified'
import { deployMultisigAppAuth } from '../lib/multisig'
import { assertKms, registerApp } from '../lib/kms'
import { formatDuration, parseDuration } from '../lib/time'
import type { Cli, Session } from '../runtime/context'
import { formatFields } from '../runtime/output'
import { transactionLine } from '../runtime/format'
import { address, bytes32, count, duration, each } from '../runtime/parsers'

type DeployOptions = {
  notice?: bigint
  minNotice?: bigint
  grace?: bigint
  composeHash: Hex[]
  device: Hex[]
  allowAnyDevice: boolean
  requireTcb: boolean
  owner?: Address
  allowCodelessOwner?: boolean
  signer: Address[]
  threshold?: bigint
  kms?: string
  name?: string
  token?: Address
  votingDelay?: bigint
  votingPeriod?: bigint
  quorum?: bigint
  proposalThreshold?: bigint
  timelockDelay?: bigint
  verified: boolean
  adapter: AdapterArgument[]
  thresholdVendors?: bigint
  measurement: MeasurementArgument[]
  attestationValidity?: bigint
  appDeployer?: Address
}

type DeployVariant = 'timelock' | 'governor' | 'baseline' | 'multisig' | 'verified'

const defaultNotice = '7d'
const defaultGrace = '7d'
const governorDefaults = { votingDelay: '1d', votingPeriod: '5d', quorum: 4n, timelockDelay: '2d', notice: '14d' }
const defaultAttestationValidity = '1d'

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
      new Argument('<variant>', 'timelock (Stage 1: notice period), verified (Stage 1 plus k-of-n TEE vendor attestation), governor (Stage 2: token holders vote through an OpenZeppelin Governor and a TimelockController; with --verified, the verified AppAuth), multisig (Stage 1: m-of-n signers, notice period) or baseline (Stage 0: instant owner); `deploy optout <app>` deploys an opt-out registry, `deploy adapter <vendor>` a verifier adapter').choices([
        'timelock',
        'verified',
        'governor',
        'baseline',
        'multisig',
      ]),
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
    .action(async (variant: DeployVariant, options: DeployOptions, command: Command) => {
      if (variant === 'baseline' && (options.notice ?? options.minNotice ?? options.grace) !== undefined) {
        throw new InvalidInputError('a baseline AppAuth has no notice period: --notice, --min-notice and --grace apply to timelock only')
      }
      if (variant === 'multisig' && (options.signer.length === 0 || options.threshold === undefined)) {
        throw new InvalidInputError('a multisig needs its signers and threshold: pass --signer <address> (repeatable) and --threshold <m>')
      }
      if (variant === 'multisig' && options.owner !== undefined) throw new InvalidInputError('a multisig has no owner: its --signer accounts control it')
      if (variant !== 'multisig' && (options.signer.length > 0 || options.threshold !== undefined)) {
        throw new InvalidInputError('--signer and --threshold apply to multisig only')
      }
      const governorOnly = [options.token, options.votingDelay, options.votingPeriod, options.quorum, options.proposalThreshold, options.timelockDelay]
      if (variant !== 'governor' && governorOnly.some((value) => value !== undefined)) {
        throw new InvalidInputError('--token, --voting-delay, --voting-period, --quorum, --proposal-threshold and --timelock-delay apply to governor only')
      }
      if (variant === 'governor' && options.owner !== undefined) throw new InvalidInputError('a governor AppAuth has no owner to choose: its timelock owns it')
      if (options.verified && variant !== 'governor') throw new InvalidInputError('--verified applies to governor only (deploy the owner-controlled one with `deploy verified`)')
      const verified = variant === 'verified' || options.verified
      const verifierOnly = [options.thresholdVendors, options.attestationValidity, options.adapter.length ? true : undefined, options.measurement.length ? true : undefined]
      if (!verified && verifierOnly.some((value) => value !== undefined)) {
        throw new InvalidInputError('--adapter, --threshold-vendors, --measurement and --attestation-validity apply to verified and governor --verified only')
      }
      if (options.appDeployer !== undefined && !options.verified) throw new InvalidInputError('--app-deployer applies to governor --verified only')
      const session = await cli.session(command, { signer: true })
      // Checked before deploying, so a taken or malformed name costs no transaction.
      const name = chooseDeploymentName(session.deploymentsDir, session.chainId, options.name, variant)
      // Adapters are read (vendor, ERC-165 shape) before anything is sent.
      const verifiers = verified
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
      const notice = options.notice ?? parseDuration(variant === 'governor' ? governorDefaults.notice : defaultNotice)
      const timing = { noticePeriod: notice, minNoticePeriod: options.minNotice ?? notice, gracePeriod: options.grace ?? parseDuration(defaultGrace) }

      const progress = cli.transaction(command, `deploying ${variant} AppAuth`)
      const governor = {
        votingDelay: Number(options.votingDelay ?? parseDuration(governorDefaults.votingDelay)),
        votingPeriod: Number(options.votingPeriod ?? parseDuration(governorDefaults.votingPeriod)),
        proposalThreshold: options.proposalThreshold ?? 0n,
        quorumNumerator: options.quorum ?? governorDefaults.quorum,
        lateQuorumExtension: Number(parseDuration('1d')),
        executionWindow: Number(parseDuration('14d')),
      }
      const timelockDelay = options.timelockDelay ?? parseDuration(governorDefaults.timelockDelay)
      // Before the votes token is deployed, so that a setting below a floor sends nothing at all.
      if (variant === 'governor') assertGovernanceFloors({ governor, timelockDelay })
      const token =
        variant === 'governor'
          ? (options.token ??
            (await deployVotesToken(session.client, { name: `${name} votes`, symbol: 'VOTE', recipient: owner, supply: 10n ** 24n, ...cli.transaction(command, 'deploying the votes token') })).address)
          : undefined
      const appDeployer =
        options.verified
          ? (options.appDeployer ?? (await deployVerifiedAppAuthDeployer(session.client, cli.transaction(command, 'deploying the VerifiedAppAuthDeployer factory'))).address)
          : undefined
      const governed =
        token
          ? verifiers && appDeployer
            ? await deployGovernedVerifiedAppAuth(session.client, { token, governorName: `${name} governor`, governor, timelockDelay, policy, verifiers, appDeployer, ...timing, ...progress })
            : await deployGovernedAppAuth(session.client, { token, governorName: `${name} governor`, governor, timelockDelay, policy, ...timing, ...progress })
          : undefined
      const deployed =
        governed ??
        (variant === 'timelock'
          ? await deployTimelockAppAuth(session.client, { owner, policy, ...timing, ...progress })
          : variant === 'verified'
            ? await deployVerifiedTimelockAppAuth(session.client, { owner, policy, verifiers: verifiers!, ...timing, ...progress })
          : variant === 'multisig'
            ? await deployMultisigAppAuth(session.client, { signers: options.signer, threshold: options.threshold!, policy, ...timing, ...progress })
            : await deployBaselineAppAuth(session.client, { owner, policy, ...progress }))
      const record = await deploymentRecord(session.client, variant, deployed)
      session.record(name, governed ? { ...record, governor: governed.governor, timelock: governed.timelock, ...(appDeployer ? { appDeployer } : {}) } : record)
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
        ...(variant === 'multisig'
          ? { signers: options.signer, threshold: options.threshold }
          : governed
            ? { governor: governed.governor, timelock: governed.timelock, token, ...governor, timelockDelay }
            : { owner }),
        ...(variant === 'baseline' ? {} : timing),
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
            ...(variant === 'multisig'
              ? [['signers', `${options.threshold} of ${options.signer.join(', ')}`] as const]
              : governed
                ? [
                    ['governor', `${governed.governor} (token ${token}${options.token ? '' : ', deployed to the signer'}; vote after ${formatDuration(BigInt(governor.votingDelay))} for ${formatDuration(BigInt(governor.votingPeriod))}, quorum ${governor.quorumNumerator}%)`] as const,
                    ['owner', `${governed.timelock} (TimelockController, delay ${formatDuration(timelockDelay)})`] as const,
                  ]
                : [['owner', owner] as const]),
            ...(variant !== 'baseline'
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
