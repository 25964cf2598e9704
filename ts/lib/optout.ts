import { type Account, type Address, type Chain, type Client, type Hex, parseEventLogs, type Transport } from 'viem'
import { getBlock, readContract, signTypedData } from 'viem/actions'
import { iAppAuthNoticeAbi, optOutRegistryAbi, optOutRegistryBytecode } from '../generated/contracts'
import { interfaceIds, supportsInterface } from './contracts'
import { AppAuthError, InvalidInputError } from './errors'
import { readEip712Domain } from './eip712'
import { parseAddress, parseBytes32 } from './hex'
import { findDeploymentBlock, getLogsPaged } from './logs'
import {
  type ContractCall,
  type DeployContractReturnType,
  deployContract,
  requireAccount,
  simulateContractCall,
  type TransactionOptions,
  writeContractCall,
} from './transactions'

type AnyClient = Client<Transport, Chain | undefined, Account | undefined>

export type DeployOptOutRegistryParameters = TransactionOptions & { app: Address }

/**
 * Deploys the OptOutRegistry serving `app`. Its constructor refuses (and so nothing is sent) an
 * address that does not answer IAppAuthNotice: only a notice-period AppAuth has windows to opt out in.
 */
export async function deployOptOutRegistry(client: AnyClient, { app, ...options }: DeployOptOutRegistryParameters): Promise<DeployContractReturnType> {
  return deployContract(client, { ...options, name: 'OptOutRegistry', abi: optOutRegistryAbi, bytecode: optOutRegistryBytecode, args: [app] })
}

export type OptOutReturnType = {
  registry: Address
  user: Address
  /** The pending change opted out of. */
  changeId: Hex
  /** The proposal key: keccak256(abi.encode(changeId, proposedAt, activatesAt)), one per announcement. */
  key: Hex
  /** The user's 0-based position in the proposal's opt-out list. */
  index: bigint
  /** The running digest of the list after this entry. */
  digest: Hex
  transactionHash: Hex
  blockNumber: bigint
}

export type OptOutParameters = TransactionOptions & { registry: Address; changeId: Hex }

/** Records the signer's opt-out of the pending change `changeId` (before it can activate). */
export async function optOut(client: AnyClient, { registry, changeId, ...options }: OptOutParameters): Promise<OptOutReturnType> {
  const call: ContractCall = { address: registry, abi: optOutRegistryAbi, functionName: 'optOut', args: [changeId] }
  const { transactionHash, blockNumber, receipt } = await writeContractCall(client, { ...options, call })
  return { registry, changeId, transactionHash, blockNumber, ...optedOut(receipt.logs, transactionHash) }
}

/** An opt-out signed for someone else to relay: the EIP-712 `OptOut` message, its fields and the signature. */
export type SignedOptOut = {
  registry: Address
  chainId: number
  user: Address
  changeId: Hex
  key: Hex
  deadline: bigint
  signature: Hex
}

export type SignOptOutParameters = { registry: Address; changeId: Hex; deadline?: bigint | undefined }

/**
 * Signs an opt-out of the pending change `changeId` without sending anything. The proposal key is
 * read now; the deadline defaults to the end of the window (`activatesAt`), after which the registry
 * would refuse it anyway. There is no nonce: the key is the replay guard (a user opts out of an
 * announcement once), so the signature stays valid whatever happens to the user's other opt-outs.
 * Throws the decoded revert when nothing is pending.
 */
export async function signOptOut(client: AnyClient, { registry, changeId, deadline }: SignOptOutParameters): Promise<SignedOptOut> {
  const wallet = requireAccount(client)
  const user = wallet.account.address
  const read = { address: registry, abi: optOutRegistryAbi } as const
  const key = (await simulateContractCall(wallet, { call: { ...read, functionName: 'currentProposalKey', args: [changeId] }, from: user })) as Hex
  const app = await readContract(wallet, { ...read, functionName: 'appAuth' })
  const until = deadline ?? (await readContract(wallet, { address: app, abi: iAppAuthNoticeAbi, functionName: 'activatesAt', args: [changeId] }))
  // The domain the registry declares (ERC-5267), so the signature is over what the registry checks.
  const domain = await readEip712Domain(wallet, { address: registry })
  const chainId = Number(domain.chainId)
  const signature = await signTypedData(wallet, {
    account: wallet.account,
    domain,
    types: { OptOut: [{ name: 'user', type: 'address' }, { name: 'proposal', type: 'bytes32' }, { name: 'deadline', type: 'uint256' }] },
    primaryType: 'OptOut',
    message: { user, proposal: key, deadline: BigInt(until) },
  })
  return { registry, chainId, user, changeId, key, deadline: BigInt(until), signature }
}

/** Reads a {@link SignedOptOut} from its JSON form (numbers as decimal strings or numbers). */
export function parseSignedOptOut(json: unknown, source: string): SignedOptOut {
  const fail = (what: string): never => {
    throw new InvalidInputError(`${source} is not a signed opt-out: ${what}`)
  }
  if (typeof json !== 'object' || json === null) fail('expected a JSON object')
  const value = json as Record<string, unknown>
  const text = (field: string): string => (typeof value[field] === 'string' ? (value[field] as string) : fail(`"${field}" is missing`))
  const address = (field: string): Address => parseAddress(text(field), `${source}: "${field}"`)
  const word = (field: string): Hex => parseBytes32(text(field), `${source}: "${field}"`)
  const integer = (field: string): bigint => {
    const raw = value[field]
    if ((typeof raw !== 'string' && typeof raw !== 'number') || !/^\d+$/.test(String(raw))) return fail(`"${field}" must be a non-negative integer`)
    return BigInt(raw)
  }
  const signature = (): Hex => {
    const raw = text('signature')
    return /^0x([0-9a-fA-F]{2})+$/.test(raw) ? (raw as Hex) : fail('"signature" must be hex')
  }
  return {
    registry: address('registry'),
    chainId: Number(integer('chainId')),
    user: address('user'),
    changeId: word('changeId'),
    key: word('key'),
    deadline: integer('deadline'),
    signature: signature(),
  }
}

export type RelayOptOutParameters = TransactionOptions & { signed: SignedOptOut }

/** Sends a signed opt-out (anyone may pay for it); the registry checks the signature, key and deadline. */
export async function relayOptOut(client: AnyClient, { signed, ...options }: RelayOptOutParameters): Promise<OptOutReturnType> {
  const { registry, user, changeId, key, deadline, signature } = signed
  const wallet = requireAccount(client)
  if (signed.chainId !== wallet.chain.id) {
    throw new InvalidInputError(`the opt-out was signed for chain ${signed.chainId}, not this chain (${wallet.chain.id})`)
  }
  const call: ContractCall = { address: registry, abi: optOutRegistryAbi, functionName: 'optOutBySig', args: [user, changeId, key, deadline, signature] }
  const { transactionHash, blockNumber, receipt } = await writeContractCall(wallet, { ...options, call })
  return { registry, changeId, transactionHash, blockNumber, ...optedOut(receipt.logs, transactionHash) }
}

function optedOut(logs: Parameters<typeof parseEventLogs>[0]['logs'], transactionHash: Hex) {
  const [log] = parseEventLogs({ abi: optOutRegistryAbi, logs, eventName: 'OptedOut' })
  if (!log) throw new AppAuthError(`transaction ${transactionHash} recorded no opt-out`)
  const { key, user, index, digest } = log.args
  return { user, key, index, digest }
}

/** One announcement an opt-out registry tracked, with the users who opted out of it. */
export type OptOutWindow = {
  key: Hex
  changeId: Hex
  proposedAt: bigint
  activatesAt: bigint
  /** Whether opt-outs can still be added: the activation time has not come and the change is still pending. */
  open: boolean
  count: bigint
  /** The users who opted out, in the order they were recorded (at most `usersPerWindow`). */
  users: Address[]
}

export type OptOutSummary = {
  registry: Address
  /** The AppAuth the registry serves. */
  app: Address
  blockNumber: bigint
  /** Chain time the windows are measured from. */
  now: bigint
  /** Tracked announcements, newest first. */
  windows: OptOutWindow[]
  /** Opt-outs across every window. */
  total: bigint
}

export type GetOptOutSummaryParameters = {
  registry: Address
  /** First block to read `ProposalTracked` from (default: the registry's deployment block). */
  fromBlock?: bigint | undefined
  pageSize?: bigint | undefined
  /** Users listed per window; the count is always complete (default 100). */
  usersPerWindow?: bigint | undefined
}

/**
 * What an opt-out registry holds, as an app user wants it outside a running watch: every
 * announcement it tracked (from `ProposalTracked`), whether its window is still open, how many opted
 * out and who. Counts and users are read from the registry's views at one block, never summed from logs.
 */
export async function getOptOutSummary(client: Client, { registry, fromBlock, pageSize, usersPerWindow = 100n }: GetOptOutSummaryParameters): Promise<OptOutSummary> {
  if (!(await supportsInterface(client, registry, interfaceIds.optOutRegistry))) {
    throw new AppAuthError(`${registry} is not an opt-out registry (supportsInterface(${interfaceIds.optOutRegistry}) is not true)`)
  }
  const { number: blockNumber, timestamp: now } = await getBlock(client, { blockTag: 'latest' })
  const at = { address: registry, abi: optOutRegistryAbi, blockNumber } as const
  const app = await readContract(client, { ...at, functionName: 'appAuth' })
  const from = fromBlock ?? (await findDeploymentBlock(client, { address: registry }))
  const logs = await getLogsPaged(client, { address: registry, fromBlock: from, toBlock: blockNumber, pageSize })
  const tracked = parseEventLogs({ abi: optOutRegistryAbi, eventName: 'ProposalTracked', logs })
  const windows = await Promise.all(
    tracked.map(async ({ args: { key, changeId, proposedAt, activatesAt } }): Promise<OptOutWindow> => {
      const [count, frozen] = await Promise.all([
        readContract(client, { ...at, functionName: 'optOutCount', args: [key] }),
        readContract(client, { ...at, functionName: 'isFrozen', args: [key] }),
      ])
      const users = count === 0n ? [] : [...(await readContract(client, { ...at, functionName: 'optOuts', args: [key, 0n, usersPerWindow] }))]
      return { key, changeId, proposedAt: BigInt(proposedAt), activatesAt: BigInt(activatesAt), open: !frozen, count, users }
    }),
  )
  windows.reverse()
  return { registry, app, blockNumber, now, windows, total: windows.reduce((sum, window) => sum + window.count, 0n) }
}
