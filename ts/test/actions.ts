// Chain actions the operations tests need beyond ts/test/chain.ts: deploy an artifact, send a call,
// mine, move the clock. Test code only.
import type { Abi, Address } from 'viem'
import type { AppAuthClient } from '../lib/client'
import { deployContract, writeContractCall } from '../lib/transactions'
import type { Artifact } from './artifacts'
import { devRpc } from '../lib/dev-rpc'

/** Deploys an artifact and returns its address. */
export async function deployArtifact(client: AppAuthClient, artifact: Artifact, args: readonly unknown[] = [], name = 'contract'): Promise<Address> {
  const { address } = await deployContract(client, { abi: artifact.abi, bytecode: artifact.bytecode, args, name })
  return address
}

/** Sends one contract call (simulated first) and returns its block number. */
export async function send(client: AppAuthClient, address: Address, abi: Abi, functionName: string, args: readonly unknown[] = []): Promise<bigint> {
  const { blockNumber } = await writeContractCall(client, { call: { address, abi, functionName, args } })
  return blockNumber
}

/** Mines `blocks` empty blocks. */
export async function mine(client: AppAuthClient, blocks = 1): Promise<void> {
  await devRpc(client)({ method: 'anvil_mine', params: [`0x${blocks.toString(16)}`] })
}

/** Moves the clock forward by `seconds` and mines a block at the new time. */
export async function warp(client: AppAuthClient, seconds: bigint | number): Promise<void> {
  await devRpc(client)({ method: 'evm_increaseTime', params: [Number(seconds)] })
  await mine(client)
}
