import {
  type Abi,
  type Account,
  type ContractFunctionArgs,
  type ContractFunctionName,
  type Address,
  type Chain,
  type Client,
  encodeDeployData,
  encodeFunctionData,
  getAddress,
  type Hex,
  type TransactionReceipt,
  type Transport,
} from 'viem'
import {
  estimateFeesPerGas,
  estimateGas,
  getBalance,
  getBlock,
  sendTransaction,
  simulateContract,
  waitForTransactionReceipt,
} from 'viem/actions'
import { ContractRevertError, InsufficientFundsError, MissingKeyError } from './errors'
import { decodeRevert, toRevertError } from './revert'

/** The state-changing functions a write may call. */
type Writable = 'nonpayable' | 'payable'

/**
 * A contract function call, ready to simulate, send or export (e.g. to a Safe batch). Generic over
 * a `const` ABI and a function name as viem's own actions are, so that the arguments are checked
 * where the call is built (see {@link contractCall}); with the defaults it is any call, which is what
 * a Safe batch or a governor proposal carries.
 */
export type ContractCall<
  abi extends Abi = Abi,
  functionName extends ContractFunctionName<abi, Writable> = ContractFunctionName<abi, Writable>,
> = {
  address: Address
  abi: abi
  functionName: functionName
  args: ContractFunctionArgs<abi, Writable, functionName>
}

/**
 * Builds a {@link ContractCall} whose function name and arguments are checked against its ABI at
 * compile time; the result still fits wherever any call is taken.
 */
export function contractCall<const abi extends Abi, functionName extends ContractFunctionName<abi, Writable>>(
  call: ContractCall<abi, functionName>,
): ContractCall<abi, functionName> {
  return call
}

/** What a write is doing, for progress output. */
export type TransactionProgress =
  | { stage: 'simulating' }
  | { stage: 'sending' }
  | { stage: 'waiting'; hash: Hex; confirmations: number }

export type TransactionOptions = {
  /** Blocks to wait for after inclusion; 1 (the default) means included. */
  confirmations?: number | undefined
  onProgress?: ((progress: TransactionProgress) => void) | undefined
}

export type WalletClient = Client<Transport, Chain, Account>

/** The client's account, or {@link MissingKeyError}: checked before anything is sent. */
export function requireAccount(client: Client<Transport, Chain | undefined, Account | undefined>): WalletClient {
  if (!client.account) throw new MissingKeyError()
  return client as WalletClient
}

export type WriteContractCallParameters = TransactionOptions & { call: ContractCall }
export type WriteContractCallReturnType = {
  /** The simulated return value of the function. */
  result: unknown
  transactionHash: Hex
  blockNumber: bigint
  receipt: TransactionReceipt
}

/**
 * Simulates a contract call from the client's account, checks that the account can pay for it,
 * sends it and waits for the receipt. Nothing is sent when the simulation reverts (the error names
 * the decoded custom error) or the account lacks the funds.
 */
export async function writeContractCall(
  client: Client<Transport, Chain | undefined, Account | undefined>,
  { call, ...options }: WriteContractCallParameters,
): Promise<WriteContractCallReturnType> {
  const wallet = requireAccount(client)
  options.onProgress?.({ stage: 'simulating' })
  let result: unknown
  try {
    ;({ result } = await simulateContract(wallet, { address: call.address, abi: call.abi, functionName: call.functionName, args: call.args, account: wallet.account }))
  } catch (error) {
    throw (await revertError(wallet, call.functionName, error)) ?? error
  }
  const data = encodeCall(call)
  const { transactionHash, receipt } = await send(wallet, { to: call.address, data, what: call.functionName }, options)
  return { result, transactionHash, blockNumber: receipt.blockNumber, receipt }
}

/** The calldata of a call (what a Safe batch, a multisig signature or a governor proposal carries). */
export function encodeCall(call: ContractCall): Hex {
  return encodeFunctionData({ abi: call.abi, functionName: call.functionName, args: call.args })
}

export type DeployContractParameters = TransactionOptions & {
  abi: Abi
  bytecode: Hex
  args: readonly unknown[]
  /** Names the contract in error messages. */
  name: string
}
export type DeployContractReturnType = {
  address: Address
  transactionHash: Hex
  blockNumber: bigint
  /** ABI-encoded constructor arguments, as block explorers take them for verification. */
  constructorArgs: Hex
}

/** Deploys a contract with the same checks as {@link writeContractCall}: a reverting constructor sends nothing. */
export async function deployContract(
  client: Client<Transport, Chain | undefined, Account | undefined>,
  { abi, bytecode, args, name, ...options }: DeployContractParameters,
): Promise<DeployContractReturnType> {
  const wallet = requireAccount(client)
  const data = encodeDeployData({ abi, bytecode, args })
  options.onProgress?.({ stage: 'simulating' })
  const { transactionHash, receipt } = await send(wallet, { data, what: `deploying ${name}` }, options)
  if (!receipt.contractAddress) throw new ContractRevertError(`deploying ${name} created no contract`, {})
  return {
    address: getAddress(receipt.contractAddress),
    transactionHash,
    blockNumber: receipt.blockNumber,
    constructorArgs: `0x${data.slice(bytecode.length)}`,
  }
}

export type SimulateContractCallParameters = { call: ContractCall; from: Address }

/**
 * Simulates a call as `from` would make it (a Safe, a governor's timelock) without signing
 * anything; throws the decoded revert if it would fail.
 */
export async function simulateContractCall(client: Client, { call, from }: SimulateContractCallParameters): Promise<unknown> {
  try {
    const { result } = await simulateContract(client, { address: call.address, abi: call.abi, functionName: call.functionName, args: call.args, account: from })
    return result
  } catch (error) {
    throw (await revertError(client, call.functionName, error)) ?? error
  }
}

async function send(
  wallet: WalletClient,
  { to, data, what }: { to?: Address; data: Hex; what: string },
  { confirmations = 1, onProgress }: TransactionOptions,
): Promise<{ transactionHash: Hex; receipt: TransactionReceipt }> {
  const account = wallet.account
  let gas: bigint
  try {
    gas = await estimateGas(wallet, { account, to, data })
  } catch (error) {
    throw (await revertError(wallet, what, error)) ?? error
  }
  const fees = await estimateFeesPerGas(wallet)
  const balance = await getBalance(wallet, { address: account.address })
  const required = gas * fees.maxFeePerGas
  if (balance < required) throw new InsufficientFundsError(account.address, balance, required)

  onProgress?.({ stage: 'sending' })
  const transactionHash = await sendTransaction(wallet, {
    account,
    chain: wallet.chain,
    to,
    data,
    gas,
    maxFeePerGas: fees.maxFeePerGas,
    maxPriorityFeePerGas: fees.maxPriorityFeePerGas,
  })
  onProgress?.({ stage: 'waiting', hash: transactionHash, confirmations })
  const receipt = await waitForTransactionReceipt(wallet, { hash: transactionHash, confirmations })
  if (receipt.status !== 'success') {
    // The chain moved between simulation and inclusion; say so rather than report success.
    throw new ContractRevertError(`${what}: transaction ${transactionHash} reverted on chain`, {})
  }
  return { transactionHash, receipt }
}

async function revertError(client: Client, what: string, error: unknown) {
  if (!decodeRevert(error)) return undefined
  const { timestamp } = await getBlock(client, { blockTag: 'latest' })
  return toRevertError(what, error, timestamp)
}

