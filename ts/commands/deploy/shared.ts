// What every `deploy <variant>` shares: the parsed options, the flag groups and which variant takes
// which, and the context a variant's module deploys with. Each variant is one small module beside
// this one (timelock.ts, verified.ts, governor.ts, multisig.ts, baseline.ts); ts/commands/deploy.ts
// parses, checks the flags against the variant's module, deploys through it, records and prints.
import type { Command } from 'commander'
import type { Address, Hex } from 'viem'
import type { InitialPolicy } from '../../lib/deploy'
import type { Variant } from '../../lib/contracts'
import { InvalidInputError } from '../../lib/errors'
import type { DeployContractReturnType, TransactionOptions } from '../../lib/transactions'
import type { AdapterArgument, MeasurementArgument, VerifierConfig } from '../../lib/verified'
import type { Cli, Session } from '../../runtime/context'

export type DeployOptions = {
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

export const defaultNotice = '7d'
export const defaultGrace = '7d'
export const defaultAttestationValidity = '1d'

/**
 * Flags that belong together, with the one line that refuses them on a variant that does not take
 * them (a variant may refuse a group in its own words, see {@link DeployVariant.refusals}).
 */
export const flagGroups = {
  notice: {
    given: (o: DeployOptions) => (o.notice ?? o.minNotice ?? o.grace) !== undefined,
    refusal: '--notice, --min-notice and --grace apply to timelock only',
  },
  owner: { given: (o: DeployOptions) => o.owner !== undefined, refusal: '--owner applies to timelock and baseline only' },
  signers: {
    given: (o: DeployOptions) => o.signer.length > 0 || o.threshold !== undefined,
    refusal: '--signer and --threshold apply to multisig only',
  },
  governor: {
    given: (o: DeployOptions) => [o.token, o.votingDelay, o.votingPeriod, o.quorum, o.proposalThreshold, o.timelockDelay].some((value) => value !== undefined),
    refusal: '--token, --voting-delay, --voting-period, --quorum, --proposal-threshold and --timelock-delay apply to governor only',
  },
  verifiedFlag: { given: (o: DeployOptions) => o.verified, refusal: '--verified applies to governor only (deploy the owner-controlled one with `deploy verified`)' },
  verifiers: {
    given: (o: DeployOptions) => [o.thresholdVendors, o.attestationValidity].some((value) => value !== undefined) || o.adapter.length > 0 || o.measurement.length > 0,
    refusal: '--adapter, --threshold-vendors, --measurement and --attestation-validity apply to verified and governor --verified only',
  },
  appDeployer: { given: (o: DeployOptions) => o.appDeployer !== undefined, refusal: '--app-deployer applies to governor --verified only' },
} as const

export type FlagGroup = keyof typeof flagGroups

/** Everything a variant's module deploys with, read and checked before its first transaction. */
export type DeployContext = {
  cli: Cli
  command: Command
  session: Session
  options: DeployOptions
  /** The deployment name (checked free). */
  name: string
  /** `--owner`, else the signer: meaningful to variants that take an owner. */
  owner: Address
  policy: InitialPolicy
  timing: { noticePeriod: bigint; minNoticePeriod: bigint; gracePeriod: bigint }
  /** The verifier configuration, read and checked, when the variant boots through verifier adapters. */
  verifiers: VerifierConfig | undefined
  /** Progress output for the AppAuth's own deployment. */
  progress: TransactionOptions
}

/** A variant's deployment: the app, what the record adds, and the controller for JSON and for people. */
export type VariantDeployment = {
  deployed: DeployContractReturnType
  record?: Record<string, unknown> | undefined
  controller: { json: Record<string, unknown>; lines: (readonly [string, string])[] }
  /** The VerifiedAppAuthDeployer used, under a governor. */
  appDeployer?: Address | undefined
}

/** One `deploy <variant>`: which flags it takes, what it checks first, and how it deploys. */
export type DeployVariant = {
  /** Flag groups the variant takes (given the options: `governor` takes the verifier flags only with --verified). */
  accepts: (options: DeployOptions) => readonly FlagGroup[]
  /** The variant's own words for a group it refuses. */
  refusals?: Partial<Record<FlagGroup, string>>
  /** Whether boots go through verifier adapters (their configuration is read before deploying). */
  verifierHooks: (options: DeployOptions) => boolean
  /** The notice period when --notice is not given. */
  defaultNotice: string
  /** Whether the deployment has a notice period to print. */
  notice: boolean
  /** Checks needing no chain, run before anything is read. */
  check?: ((options: DeployOptions) => void) | undefined
  /** Checks of settings run after the chain is read and before the first transaction. */
  beforeDeploy?: ((context: DeployContext) => void) | undefined
  deploy: (context: DeployContext) => Promise<VariantDeployment>
}

/** Refuses, before anything is read, a flag the variant does not take: one line naming what it applies to. */
export function checkFlags(variant: DeployVariant, options: DeployOptions): void {
  const accepted = new Set(variant.accepts(options))
  for (const [group, { given, refusal }] of Object.entries(flagGroups) as [FlagGroup, (typeof flagGroups)[FlagGroup]][]) {
    if (!accepted.has(group) && given(options)) throw new InvalidInputError(variant.refusals?.[group] ?? refusal)
  }
}

/** A variant by the name the CLI and the deployment record give it. */
export type DeployVariants = Record<Variant, DeployVariant>
