import type { Account, Address, Chain, Client, Hex, Transport } from 'viem'
import { getBlock } from 'viem/actions'
import {
  baselineAppAuthAbi,
  baselineAppAuthBytecode,
  compilerVersion,
  localKmsAbi,
  localKmsBytecode,
  timelockAppAuthAbi,
  timelockAppAuthBytecode,
} from '../generated/contracts'
import { type DeploymentRecord, sourceCommit } from './deployments'
import { type DeployContractReturnType, deployContract, type TransactionOptions } from './transactions'

type AnyClient = Client<Transport, Chain | undefined, Account | undefined>

/** The allow-lists an AppAuth starts with, effective from deployment. */
export type InitialPolicy = {
  composeHashes: readonly Hex[]
  deviceIds: readonly Hex[]
  allowAnyDevice: boolean
  requireTcbUpToDate: boolean
}

export type DeployTimelockAppAuthParameters = TransactionOptions & {
  owner: Address
  /** Seconds every loosening change waits. */
  noticePeriod: bigint
  /** Seconds the notice period can never go below. */
  minNoticePeriod: bigint
  /** Seconds a matured change stays activatable. */
  gracePeriod: bigint
  policy: InitialPolicy
}

/** Deploys a TimelockAppAuth (ERC-733 Stage 1). */
export async function deployTimelockAppAuth(
  client: AnyClient,
  { owner, noticePeriod, minNoticePeriod, gracePeriod, policy, ...options }: DeployTimelockAppAuthParameters,
): Promise<DeployContractReturnType> {
  return deployContract(client, {
    ...options,
    name: 'TimelockAppAuth',
    abi: timelockAppAuthAbi,
    bytecode: timelockAppAuthBytecode,
    args: [owner, noticePeriod, minNoticePeriod, gracePeriod, policy],
  })
}

export type DeployBaselineAppAuthParameters = TransactionOptions & { owner: Address; policy: InitialPolicy }

/** Deploys a BaselineAppAuth (Stage 0: DstackApp's instant owner). */
export async function deployBaselineAppAuth(
  client: AnyClient,
  { owner, policy, ...options }: DeployBaselineAppAuthParameters,
): Promise<DeployContractReturnType> {
  return deployContract(client, {
    ...options,
    name: 'BaselineAppAuth',
    abi: baselineAppAuthAbi,
    bytecode: baselineAppAuthBytecode,
    args: [owner, policy],
  })
}

export type DeployLocalKmsParameters = TransactionOptions & { owner: Address }

/** Deploys a LocalKms, the local stand-in for dstack's DstackKms. */
export async function deployLocalKms(
  client: AnyClient,
  { owner, ...options }: DeployLocalKmsParameters,
): Promise<DeployContractReturnType> {
  return deployContract(client, {
    ...options,
    name: 'LocalKms',
    abi: localKmsAbi,
    bytecode: localKmsBytecode,
    args: [owner],
  })
}

/** The `deployments/<chainId>.json` record of a deployment made here. */
export async function deploymentRecord(
  client: AnyClient,
  variant: string,
  deployed: DeployContractReturnType,
): Promise<DeploymentRecord> {
  const block = await getBlock(client, { blockNumber: deployed.blockNumber })
  return {
    variant,
    address: deployed.address,
    transactionHash: deployed.transactionHash,
    blockNumber: Number(deployed.blockNumber),
    constructorArgs: deployed.constructorArgs,
    compiler: compilerVersion,
    commit: sourceCommit(),
    deployedAt: Number(block.timestamp),
  }
}
