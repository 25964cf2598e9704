import {
  type Account,
  type Address,
  type Chain,
  type Client,
  type Hex,
  hashTypedData,
  keccak256,
  parseEventLogs,
  recoverAddress,
  type Transport,
  type TypedDataDomain,
} from 'viem'
import { readContract, signTypedData } from 'viem/actions'
import { multisigAppAuthAbi, multisigAppAuthBytecode } from '../generated/contracts'
import { appAuthEventsAbi, changeKindName } from './contracts'
import type { InitialPolicy } from './deploy'
import { InvalidInputError } from './errors'
import { readEip712Domain } from './eip712'
import { type ContractCall, contractCall, encodeCall, type DeployContractReturnType, deployContract, requireAccount, type TransactionOptions, writeContractCall } from './transactions'

type AnyClient = Client<Transport, Chain | undefined, Account | undefined>

export type DeployMultisigAppAuthParameters = TransactionOptions & {
  signers: readonly Address[]
  threshold: bigint
  noticePeriod: bigint
  minNoticePeriod: bigint
  gracePeriod: bigint
  policy: InitialPolicy
}

/** Deploys a MultisigAppAuth: m-of-n signers in place of an owner, loosening behind the notice period. */
export async function deployMultisigAppAuth(
  client: AnyClient,
  { signers, threshold, noticePeriod, minNoticePeriod, gracePeriod, policy, ...options }: DeployMultisigAppAuthParameters,
): Promise<DeployContractReturnType> {
  return deployContract(client, {
    ...options,
    name: 'MultisigAppAuth',
    abi: multisigAppAuthAbi,
    bytecode: multisigAppAuthBytecode,
    args: [signers, threshold, noticePeriod, minNoticePeriod, gracePeriod, policy],
  })
}

const executeTypes = { Execute: [{ name: 'data', type: 'bytes' }, { name: 'nonce', type: 'uint256' }] } as const


/** The EIP-712 digest the signers sign to authorise `data` under `nonce` on `app`. */
export function executeDigest({ domain, data, nonce }: { domain: TypedDataDomain; data: Hex; nonce: bigint }): Hex {
  return hashTypedData({ domain, types: executeTypes, primaryType: 'Execute', message: { data, nonce } })
}

/** The multisig's next execution nonce. */
export async function getMultisigNonce(client: Client, { address }: { address: Address }): Promise<bigint> {
  return readContract(client, { address, abi: multisigAppAuthAbi, functionName: 'nonce' })
}

export type SignExecuteParameters = { address: Address; call: ContractCall; nonce?: bigint | undefined }
export type SignExecuteReturnType = { app: Address; chainId: number; signer: Address; functionName: string; data: Hex; nonce: bigint; digest: Hex; signature: Hex }

/**
 * Signs `Execute(bytes data,uint256 nonce)` over the call's calldata, with the multisig's next
 * nonce unless one is given. Sends nothing.
 */
export async function signExecute(client: AnyClient, { address, call, nonce }: SignExecuteParameters): Promise<SignExecuteReturnType> {
  const wallet = requireAccount(client)
  const data = encodeCall(call)
  const useNonce = nonce ?? (await getMultisigNonce(wallet, { address }))
  // The domain the multisig declares (ERC-5267), so the signature is over what the contract checks.
  const domain = await readEip712Domain(wallet, { address })
  const chainId = Number(domain.chainId)
  const signature = await signTypedData(wallet, {
    account: wallet.account,
    domain,
    types: executeTypes,
    primaryType: 'Execute',
    message: { data, nonce: useNonce },
  })
  const digest = executeDigest({ domain, data, nonce: useNonce })
  return { app: address, chainId, signer: wallet.account.address, functionName: call.functionName, data, nonce: useNonce, digest, signature }
}

export type ExecuteParameters = TransactionOptions & { address: Address; call: ContractCall; signatures: readonly Hex[]; nonce?: bigint | undefined }
export type ExecuteReturnType = {
  app: Address
  nonce: bigint
  functionName: string
  /** Who signed, in the ascending order the contract requires. */
  signers: Address[]
  transactionHash: Hex
  blockNumber: bigint
  /** The change the call announced, when it proposed one. */
  change?: { id: Hex; kind: string; value: Hex; activatesAt: bigint; expiresAt: bigint; uri: string } | undefined
}

/**
 * Submits a call the signers signed: recovers each signature's signer over the digest, orders the
 * signatures by signer as the contract requires, simulates and sends `execute`. A signature over
 * anything else recovers a stranger, which the simulation names (MultisigNotSigner) before sending.
 */
export async function executeSigned(client: AnyClient, { address, call, signatures, nonce, ...options }: ExecuteParameters): Promise<ExecuteReturnType> {
  const wallet = requireAccount(client)
  const data = encodeCall(call)
  const useNonce = nonce ?? (await getMultisigNonce(wallet, { address }))
  const digest = executeDigest({ domain: await readEip712Domain(wallet, { address }), data, nonce: useNonce })
  const signed = await Promise.all(
    signatures.map(async (signature, index) => {
      try {
        return { signer: await recoverAddress({ hash: digest, signature }), signature }
      } catch {
        throw new InvalidInputError(`signature #${index + 1} is not a valid signature: ${signature}`)
      }
    }),
  )
  signed.sort((a, b) => (BigInt(a.signer) < BigInt(b.signer) ? -1 : BigInt(a.signer) > BigInt(b.signer) ? 1 : 0))
  const execute: ContractCall = { address, abi: multisigAppAuthAbi, functionName: 'execute', args: [data, useNonce, signed.map((entry) => entry.signature)] }
  const { transactionHash, blockNumber, receipt } = await writeContractCall(wallet, { ...options, call: execute })
  const [proposed] = parseEventLogs({ abi: appAuthEventsAbi, logs: receipt.logs, eventName: 'ChangeProposed' })
  const change = proposed
    ? (({ id, kind, value, activatesAt, expiresAt, uri }) => ({ id, kind: changeKindName(kind), value, activatesAt, expiresAt, uri }))(
        proposed.args as { id: Hex; kind: number; value: Hex; activatesAt: bigint; expiresAt: bigint; uri: string },
      )
    : undefined
  return { app: address, nonce: useNonce, functionName: call.functionName, signers: signed.map((entry) => entry.signer), transactionHash, blockNumber, change }
}

export type ApproveExecutionParameters = TransactionOptions & { address: Address; call: ContractCall; nonce?: bigint | undefined; revoke?: boolean | undefined }
export type ApproveExecutionReturnType = {
  app: Address
  signer: Address
  functionName: string
  /** keccak256 of the call's calldata: what the approval is for. */
  dataHash: Hex
  nonce: bigint
  digest: Hex
  /** On-chain approvals of this call and nonce after the transaction, and how many execution needs. */
  approvals: bigint
  threshold: bigint
  transactionHash: Hex
  blockNumber: bigint
}

/**
 * Approves on chain (or, with `revoke`, withdraws the approval of) a call under a nonce, from the
 * client's account, which must be a signer: an on-chain approval counts toward the threshold as a
 * signature does, so signers who cannot sign off chain (a Safe, a hardware wallet without EIP-712)
 * take part. Simulated first: a non-signer, a second approval or revoking what was never approved is
 * refused by name before anything is sent.
 */
export async function approveExecution(client: AnyClient, { address, call, nonce, revoke = false, ...options }: ApproveExecutionParameters): Promise<ApproveExecutionReturnType> {
  const wallet = requireAccount(client)
  const data = encodeCall(call)
  const dataHash = keccak256(data)
  const useNonce = nonce ?? (await getMultisigNonce(wallet, { address }))
  const approval = contractCall({ address, abi: multisigAppAuthAbi, functionName: revoke ? 'revokeApproval' : 'approve', args: [dataHash, useNonce] })
  const { transactionHash, blockNumber } = await writeContractCall(wallet, { ...options, call: approval })
  const at = { address, abi: multisigAppAuthAbi, blockNumber } as const
  const [approvals, threshold, digest] = await Promise.all([
    readContract(wallet, { ...at, functionName: 'approvalCount', args: [dataHash, useNonce] }),
    readContract(wallet, { ...at, functionName: 'threshold' }),
    readContract(wallet, { ...at, functionName: 'executeHash', args: [dataHash, useNonce] }),
  ])
  return { app: address, signer: wallet.account.address, functionName: call.functionName, dataHash, nonce: useNonce, digest, approvals, threshold, transactionHash, blockNumber }
}
