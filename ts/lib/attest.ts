import { type Account, type Address, type Chain, type Client, type Hex, isHex, keccak256, parseEventLogs, stringToHex, type Transport } from 'viem'
import { iAppAuthVerifierHooksAbi } from '../generated/contracts'
import { AppAuthError, InvalidInputError } from './errors'
import { type ContractCall, type TransactionOptions, writeContractCall } from './transactions'

type AnyClient = Client<Transport, Chain | undefined, Account | undefined>

/**
 * A vendor id: 32 bytes of hex as is, otherwise `keccak256` of the name, as the adapters define
 * theirs (`intel-tdx`, `amd-sev-snp`, `aws-nitro`).
 */
export function vendorId(name: string): Hex {
  if (isHex(name) && name.length === 66) return name.toLowerCase() as Hex
  if (name.trim() === '') throw new InvalidInputError('vendor name is empty')
  return keccak256(stringToHex(name))
}

export type SubmitAttestationParameters = TransactionOptions & {
  address: Address
  vendor: Hex
  evidence: Hex
  instanceId: Address
  composeHash: Hex
  /** The block whose hash the report data commits to (one of the last 256). */
  blockNumber: bigint
}

export type SubmitAttestationReturnType = {
  app: Address
  vendor: Hex
  instanceId: Address
  composeHash: Hex
  adapter: Address
  /** What the vendor measured, as the adapter reported it. */
  measurement: Hex
  /** When the attestation stops counting, unix seconds. */
  expiresAt: bigint
  transactionHash: Hex
  blockNumber: bigint
}

/**
 * Submits vendor evidence to a verifier-hooked AppAuth (anyone may). The adapter's verdict is
 * simulated first: evidence it refuses is reported with the contract's error and nothing is sent.
 */
export async function submitAttestation(
  client: AnyClient,
  { address, vendor, evidence, instanceId, composeHash, blockNumber, ...options }: SubmitAttestationParameters,
): Promise<SubmitAttestationReturnType> {
  const call: ContractCall = { address, abi: iAppAuthVerifierHooksAbi, functionName: 'submitAttestation', args: [vendor, evidence, instanceId, composeHash, blockNumber] }
  const { transactionHash, blockNumber: included, receipt } = await writeContractCall(client, { ...options, call })
  const [log] = parseEventLogs({ abi: iAppAuthVerifierHooksAbi, logs: receipt.logs, eventName: 'AttestationSubmitted' })
  if (!log) throw new AppAuthError(`transaction ${transactionHash} recorded no attestation`)
  const args = log.args as { vendor: Hex; adapter: Address; measurement: Hex; expiresAt: bigint }
  return { app: address, vendor: args.vendor, instanceId, composeHash, adapter: args.adapter, measurement: args.measurement, expiresAt: BigInt(args.expiresAt), transactionHash, blockNumber: included }
}
