import { type Account, type Address, type Chain, type Client, type Hex, parseEventLogs, type Transport } from 'viem'
import { getCode, readContract } from 'viem/actions'
import { baselineAppAuthAbi, timelockAppAuthAbi } from '../generated/contracts'
import { type AppAuthInfo, type AppAuthTarget, appAuthEventsAbi, resolveAppAuth, variants } from './contracts'
import { type Controller, identifyController } from './controller'
import { AppAuthError, InvalidInputError } from './errors'
import { type ContractCall, contractCall, type TransactionOptions, writeContractCall } from './transactions'

type AnyClient = Client<Transport, Chain | undefined, Account | undefined>

// Handing an AppAuth to another controller: an account, a Safe or a TimelockController. The
// notice-period variants announce the hand-over as a Controller change, which the nominee accepts
// once the notice period has passed (control never lands on an address that cannot use it); the
// baseline hands over in two steps at once (OpenZeppelin's Ownable2Step). A multisig has signers,
// changed by its own proposals, and no owner.

/** The owner's call nominating `newOwner`. */
export function prepareTransferOwnership(app: AppAuthInfo, { newOwner }: { newOwner: Address }): ContractCall {
  assertOwnable(app, 'transfer ownership of')
  return contractCall({ address: app.address, abi: app.hasNotice ? timelockAppAuthAbi : baselineAppAuthAbi, functionName: 'transferOwnership', args: [newOwner] })
}

/** The nominee's call taking control (on a notice-period variant: once the notice period has passed). */
export function prepareAcceptOwnership(app: AppAuthInfo): ContractCall {
  assertOwnable(app, 'accept ownership of')
  return contractCall({ address: app.address, abi: app.hasNotice ? timelockAppAuthAbi : baselineAppAuthAbi, functionName: 'acceptOwnership', args: [] })
}

function assertOwnable(app: AppAuthInfo, action: string): void {
  if (variants[app.variant].multisig) {
    throw new InvalidInputError(`cannot ${action} ${app.address}: a multisig AppAuth has signers, not an owner (change them with SignerAdded / SignerRemoved proposals)`)
  }
}

/** Who owns the app now, who is nominated, and what each is. */
export type Ownership = {
  app: AppAuthInfo
  owner: Address
  pendingOwner: Address | null
  controller: Controller
}

export async function getOwnership(client: Client, { address, app: known }: AppAuthTarget): Promise<Ownership> {
  const app = await resolveAppAuth(client, { address, app: known })
  if (variants[app.variant].multisig) throw new InvalidInputError(`${address} is a multisig AppAuth: it has signers, not an owner`)
  const abi = app.hasNotice ? timelockAppAuthAbi : baselineAppAuthAbi
  const [owner, pending] = await Promise.all([
    readContract(client, { address, abi, functionName: 'owner' }),
    readContract(client, { address, abi, functionName: 'pendingOwner' }),
  ])
  const controller = await identifyController(client, { address: owner, depth: 0 })
  return { app, owner, pendingOwner: pending === '0x0000000000000000000000000000000000000000' ? null : pending, controller }
}

/** What an address is, as the CLI names a future owner: a Safe, a TimelockController, an account without code, another contract. */
export async function describeNewOwner(client: Client, { address }: { address: Address }): Promise<Controller> {
  return identifyController(client, { address, depth: 0 })
}

export type TransferOwnershipReturnType = {
  app: Address
  newOwner: Address
  /** `announced`: a Controller change waiting for the notice period; `nominated`: acceptable at once. */
  mode: 'announced' | 'nominated'
  id?: Hex | undefined
  activatesAt?: bigint | undefined
  expiresAt?: bigint | undefined
  transactionHash: Hex
  blockNumber: bigint
}

/** Nominates `newOwner`; on a notice-period variant the hand-over waits out the notice period. */
export async function transferOwnership(
  client: AnyClient,
  { address, app: known, newOwner, ...options }: TransactionOptions & AppAuthTarget & { newOwner: Address },
): Promise<TransferOwnershipReturnType> {
  const app = await resolveAppAuth(client, { address, app: known })
  const { transactionHash, blockNumber, receipt } = await writeContractCall(client, { ...options, call: prepareTransferOwnership(app, { newOwner }) })
  if (!app.hasNotice) return { app: address, newOwner, mode: 'nominated', transactionHash, blockNumber }
  const [proposed] = parseEventLogs({ abi: appAuthEventsAbi, logs: receipt.logs, eventName: 'ChangeProposed' })
  if (!proposed) throw new AppAuthError(`transaction ${transactionHash} announced no hand-over to ${newOwner}`)
  const { id, activatesAt, expiresAt } = proposed.args as { id: Hex; activatesAt: bigint; expiresAt: bigint }
  return { app: address, newOwner, mode: 'announced', id, activatesAt, expiresAt, transactionHash, blockNumber }
}

/** The signer takes control of an AppAuth it was nominated for. */
export async function acceptOwnership(client: AnyClient, { address, app: known, ...options }: TransactionOptions & AppAuthTarget) {
  const app = await resolveAppAuth(client, { address, app: known })
  const { transactionHash, blockNumber } = await writeContractCall(client, { ...options, call: prepareAcceptOwnership(app) })
  return { app: address, owner: client.account!.address, transactionHash, blockNumber }
}

/** Whether an address holds code (a deployed contract, or an EIP-7702 delegated account). */
export async function hasCode(client: Client, address: Address): Promise<boolean> {
  const code = await getCode(client, { address })
  return code !== undefined && code !== '0x'
}
