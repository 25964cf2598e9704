// The verified variant (VerifiedTimelockAppAuth): vendor names, adapter and measurement parsing, and
// the deploys — the owner-controlled AppAuth, the governed one (GovernedVerifiedAppAuthDeployment,
// through the VerifiedAppAuthDeployer factory) and our vendor adapters.
import { type Account, type Address, type Chain, type Client, type Hex, isHex, keccak256, size, stringToHex, type Transport } from 'viem'
import { readContract } from 'viem/actions'
import {
  automataDcapTdxAdapterAbi,
  automataDcapTdxAdapterBytecode,
  automataSevSnpAdapterAbi,
  automataSevSnpAdapterBytecode,
  baseNitroAdapterAbi,
  baseNitroAdapterBytecode,
  governedVerifiedAppAuthDeploymentAbi,
  governedVerifiedAppAuthDeploymentBytecode,
  verifiedAppAuthDeployerAbi,
  verifiedAppAuthDeployerBytecode,
  verifiedTimelockAppAuthAbi,
  verifiedTimelockAppAuthBytecode,
} from '../generated/contracts'
import type { InitialPolicy } from './deploy'
import { InvalidInputError } from './errors'
import { parseAddress } from './hex'
import type { DeployGovernedAppAuthReturnType, GovernorConfig } from './governor'
import { type DeployContractReturnType, deployContract, type TransactionOptions } from './transactions'

type AnyClient = Client<Transport, Chain | undefined, Account | undefined>

/** The vendors our adapters speak for; the on-chain vendor id is keccak256 of the name. */
export const vendors = {
  tdx: { name: 'intel-tdx', measurementBytes: 240, registers: 'MRTD ‖ RTMR0-3' },
  snp: { name: 'amd-sev-snp', measurementBytes: 48, registers: 'MEASUREMENT' },
  nitro: { name: 'aws-nitro', measurementBytes: 144, registers: 'PCR0 ‖ PCR1 ‖ PCR2' },
} as const
export type VendorAlias = keyof typeof vendors

/** `IVerifierAdapter.VerifierKind`. */
export const verifierKinds = ['router', 'direct'] as const
export type VerifierKind = (typeof verifierKinds)[number]

/** A vendor given by alias (`tdx`), full name (`intel-tdx`) or any other adapter's vendor name. */
export type Vendor = { name: string; id: Hex; alias?: VendorAlias }

export function parseVendor(text: string, label = 'vendor'): Vendor {
  const name = text.trim().toLowerCase()
  if (!/^[a-z0-9][a-z0-9._-]*$/.test(name)) throw new InvalidInputError(`${label}: ${JSON.stringify(text)} is not a vendor name (tdx, snp, nitro, or an adapter's vendor name)`)
  const alias = (Object.keys(vendors) as VendorAlias[]).find((key) => key === name || vendors[key].name === name)
  const full = alias ? vendors[alias].name : name
  return { name: full, id: keccak256(stringToHex(full)), ...(alias ? { alias } : {}) }
}

/** Splits `<vendor>=<value>`. */
function vendorPair(text: string, label: string): [Vendor, string] {
  const at = text.indexOf('=')
  if (at <= 0 || at === text.length - 1) throw new InvalidInputError(`${label} takes <vendor>=<value>, got ${JSON.stringify(text)}`)
  return [parseVendor(text.slice(0, at), label), text.slice(at + 1)]
}

export type AdapterArgument = { vendor: Vendor; address: Address }

/** `--adapter <vendor>=<address>`. */
export function parseAdapterArgument(text: string, label = '--adapter'): AdapterArgument {
  const [vendor, value] = vendorPair(text, label)
  return { vendor, address: parseAddress(value, label) }
}

export type MeasurementPin = { vendor: Hex; measurement: Hex }
export type MeasurementArgument = { vendor: Vendor; measurement: Hex; hashedFrom?: number }

/**
 * `--measurement <vendor>=<hex>`: either the 32-byte digest the adapter reports, or, for our vendors,
 * the raw registers it hashes (TDX MRTD ‖ RTMR0-3, 240 bytes; SNP MEASUREMENT, 48; Nitro PCR0-2, 144).
 */
export function parseMeasurementArgument(text: string, label = '--measurement'): MeasurementArgument {
  const [vendor, value] = vendorPair(text, label)
  const hex = (value.startsWith('0x') ? value : `0x${value}`).toLowerCase()
  if (!isHex(hex, { strict: true }) || hex.length % 2 !== 0) throw new InvalidInputError(`${label}: ${JSON.stringify(value)} is not hex`)
  const bytes = size(hex)
  if (bytes === 32) {
    if (/^0x0+$/.test(hex)) throw new InvalidInputError(`${label}: a zero measurement cannot be pinned`)
    return { vendor, measurement: hex as Hex }
  }
  const raw = vendor.alias ? vendors[vendor.alias] : undefined
  if (raw && bytes === raw.measurementBytes) return { vendor, measurement: keccak256(hex as Hex), hashedFrom: bytes }
  throw new InvalidInputError(
    `${label}: expected the 32-byte digest${raw ? ` or the ${raw.measurementBytes} bytes of ${raw.registers}` : ''} for ${vendor.name}, got ${bytes} bytes`,
  )
}

export type VerifierConfig = {
  adapters: readonly Address[]
  /** How many distinct vendors a boot needs. */
  threshold: bigint
  /** Seconds a submitted attestation counts. */
  attestationValidity: bigint
  measurements: readonly MeasurementPin[]
}

/**
 * Checks, before anything is sent, that every `--adapter` is an IVerifierAdapter for the vendor it is
 * given for, that no vendor is named twice, that k fits and that every pinned vendor has an adapter.
 */
export async function prepareVerifierConfig(
  client: Client,
  { adapters, threshold, attestationValidity, measurements }: { adapters: readonly AdapterArgument[]; threshold: bigint; attestationValidity: bigint; measurements: readonly MeasurementArgument[] },
): Promise<VerifierConfig> {
  const seen = new Set<string>()
  for (const { vendor, address } of adapters) {
    if (seen.has(vendor.id)) throw new InvalidInputError(`--adapter: ${vendor.name} is given twice; one adapter per vendor`)
    seen.add(vendor.id)
    const reported = await readContract(client, { address, abi: automataDcapTdxAdapterAbi, functionName: 'vendor' }).catch(() => undefined)
    if (reported === undefined) throw new InvalidInputError(`--adapter ${vendor.name}=${address}: not a verifier adapter (no vendor())`)
    if (reported !== vendor.id) throw new InvalidInputError(`--adapter ${vendor.name}=${address}: the adapter speaks for another vendor (${reported})`)
  }
  if (threshold > BigInt(adapters.length)) {
    throw new InvalidInputError(`--threshold-vendors ${threshold} is more than the ${adapters.length} adapter(s) given`)
  }
  const pinned = new Set<string>()
  for (const { vendor, measurement } of measurements) {
    if (!seen.has(vendor.id)) throw new InvalidInputError(`--measurement ${vendor.name}=…: no --adapter is given for ${vendor.name}`)
    const key = `${vendor.id}${measurement}`
    if (pinned.has(key)) throw new InvalidInputError(`--measurement: ${measurement} is pinned twice for ${vendor.name}`)
    pinned.add(key)
  }
  return {
    adapters: adapters.map(({ address }) => address),
    threshold,
    attestationValidity,
    measurements: measurements.map(({ vendor, measurement }) => ({ vendor: vendor.id, measurement })),
  }
}

export type DeployVerifiedTimelockAppAuthParameters = TransactionOptions & {
  owner: Address
  noticePeriod: bigint
  minNoticePeriod: bigint
  gracePeriod: bigint
  policy: InitialPolicy
  verifiers: VerifierConfig
}

/** Deploys a VerifiedTimelockAppAuth (Stage 1 with k-of-n vendor attestation), owned by `owner`. */
export async function deployVerifiedTimelockAppAuth(
  client: AnyClient,
  { owner, noticePeriod, minNoticePeriod, gracePeriod, policy, verifiers, ...options }: DeployVerifiedTimelockAppAuthParameters,
): Promise<DeployContractReturnType> {
  return deployContract(client, {
    ...options,
    name: 'VerifiedTimelockAppAuth',
    abi: verifiedTimelockAppAuthAbi,
    bytecode: verifiedTimelockAppAuthBytecode,
    args: [owner, noticePeriod, minNoticePeriod, gracePeriod, policy, verifiers],
  })
}

/** Deploys the stateless VerifiedAppAuthDeployer factory the governed verified deployment calls. */
export async function deployVerifiedAppAuthDeployer(client: AnyClient, options: TransactionOptions = {}): Promise<DeployContractReturnType> {
  return deployContract(client, { ...options, name: 'VerifiedAppAuthDeployer', abi: verifiedAppAuthDeployerAbi, bytecode: verifiedAppAuthDeployerBytecode, args: [] })
}

export type DeployGovernedVerifiedAppAuthParameters = TransactionOptions & {
  token: Address
  governorName: string
  governor: GovernorConfig
  timelockDelay: bigint
  noticePeriod: bigint
  minNoticePeriod: bigint
  gracePeriod: bigint
  policy: InitialPolicy
  verifiers: VerifierConfig
  /** A VerifiedAppAuthDeployer already on the chain. */
  appDeployer: Address
}

/**
 * Deploys the governed verified stack in one transaction (GovernedVerifiedAppAuthDeployment): governor,
 * TimelockController, and a VerifiedTimelockAppAuth owned by the timelock. `address` is the AppAuth's.
 */
export async function deployGovernedVerifiedAppAuth(
  client: AnyClient,
  { token, governorName, governor, timelockDelay, noticePeriod, minNoticePeriod, gracePeriod, policy, verifiers, appDeployer, ...options }: DeployGovernedVerifiedAppAuthParameters,
): Promise<DeployGovernedAppAuthReturnType> {
  const deployed = await deployContract(client, {
    ...options,
    name: 'GovernedVerifiedAppAuthDeployment',
    abi: governedVerifiedAppAuthDeploymentAbi,
    bytecode: governedVerifiedAppAuthDeploymentBytecode,
    args: [token, governorName, governor, timelockDelay, { noticePeriod, minNoticePeriod, gracePeriod, policy }, verifiers, appDeployer],
  })
  const read = (functionName: 'app' | 'governor' | 'timelock') =>
    readContract(client, { address: deployed.address, abi: governedVerifiedAppAuthDeploymentAbi, functionName, blockNumber: deployed.blockNumber })
  const [app, governorAddress, timelock] = await Promise.all([read('app'), read('governor'), read('timelock')])
  return { ...deployed, factory: deployed.address, address: app, governor: governorAddress, timelock }
}

/** The lowest SEV-SNP TCB an SNP adapter counts as up to date. */
export type SnpMinimumTcb = { bootLoader: number; tee: number; snp: number; microcode: number }

export type DeployVerifierAdapterParameters = TransactionOptions & {
  vendor: VendorAlias
  verifier: Address
  /** TDX only: Automata's V4QuoteVerifier (`direct`) or its entry point (`router`). */
  kind?: VerifierKind
  /** SNP only. */
  minimumTcb?: SnpMinimumTcb
}

/** `--min-tcb <bootloader>.<tee>.<snp>.<microcode>`, each 0-255. */
export function parseSnpMinimumTcb(text: string, label = '--min-tcb'): SnpMinimumTcb {
  const parts = text.split('.')
  if (parts.length !== 4 || parts.some((part) => !/^\d{1,3}$/.test(part) || Number(part) > 255)) {
    throw new InvalidInputError(`${label} takes <bootloader>.<tee>.<snp>.<microcode>, each 0-255, got ${JSON.stringify(text)}`)
  }
  const [bootLoader, tee, snp, microcode] = parts.map(Number) as [number, number, number, number]
  return { bootLoader, tee, snp, microcode }
}

/** What each adapter calls, fixed in its code except TDX's (see the adapters' NatSpec). */
export function adapterKind(vendor: VendorAlias, kind?: VerifierKind): VerifierKind {
  if (vendor === 'tdx') return kind ?? 'direct'
  const fixed: VerifierKind = vendor === 'snp' ? 'router' : 'direct'
  if (kind !== undefined && kind !== fixed) throw new InvalidInputError(`--kind: the ${vendors[vendor].name} adapter always calls a ${fixed} verifier`)
  return fixed
}

/** Deploys one of our immutable adapters, pointed at `verifier`. */
export async function deployVerifierAdapter(
  client: AnyClient,
  { vendor, verifier, kind, minimumTcb, ...options }: DeployVerifierAdapterParameters,
): Promise<DeployContractReturnType & { kind: VerifierKind }> {
  const resolved = adapterKind(vendor, kind)
  if (vendor !== 'snp' && minimumTcb) throw new InvalidInputError('--min-tcb applies to the snp adapter only')
  if (vendor === 'tdx') {
    const deployed = await deployContract(client, {
      ...options,
      name: 'AutomataDcapTdxAdapter',
      abi: automataDcapTdxAdapterAbi,
      bytecode: automataDcapTdxAdapterBytecode,
      args: [verifier, verifierKinds.indexOf(resolved)],
    })
    return { ...deployed, kind: resolved }
  }
  if (vendor === 'snp') {
    if (!minimumTcb) throw new InvalidInputError('the snp adapter needs the lowest up-to-date TCB: pass --min-tcb <bootloader>.<tee>.<snp>.<microcode>')
    const { bootLoader, tee, snp, microcode } = minimumTcb
    const deployed = await deployContract(client, {
      ...options,
      name: 'AutomataSevSnpAdapter',
      abi: automataSevSnpAdapterAbi,
      bytecode: automataSevSnpAdapterBytecode,
      args: [verifier, bootLoader, tee, snp, microcode],
    })
    return { ...deployed, kind: resolved }
  }
  const deployed = await deployContract(client, { ...options, name: 'BaseNitroAdapter', abi: baseNitroAdapterAbi, bytecode: baseNitroAdapterBytecode, args: [verifier] })
  return { ...deployed, kind: resolved }
}
