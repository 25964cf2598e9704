// A local chain for the TypeScript tests: anvil, a signing client on its first dev account, and
// deploy helpers on top of the library. Test code only.
import type { Abi, Address, Hex } from 'viem'
import { type Anvil, type StartAnvilParameters, startAnvil } from '../lib/anvil'
import { type AppAuthClient, connect } from '../lib/client'
import { deployContract, writeContractCall } from '../lib/transactions'
import { devPrivateKey } from '../lib/local-chain'
import type { Artifact } from './artifacts'

export type TestChain = {
  anvil: Anvil
  url: string
  /** Signs with anvil's dev account 0. */
  client: AppAuthClient
  account: Address
  stop: () => Promise<void>
}

export async function startTestChain(parameters: StartAnvilParameters = {}): Promise<TestChain> {
  const anvil = await startAnvil(parameters)
  const client = await connect({ url: anvil.url, privateKey: devPrivateKey(0), pollingInterval: 20 })
  return { anvil, url: anvil.url, client, account: client.account!.address, stop: () => anvil.stop() }
}

/** A signing client on another dev account (owners, nominees, attackers). */
export function devClient(url: string, index: number): Promise<AppAuthClient> {
  return connect({ url, privateKey: devPrivateKey(index), pollingInterval: 20 })
}

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
  await client.request({ method: 'anvil_mine' as never, params: [`0x${blocks.toString(16)}`] as never })
}

/** Moves the clock forward by `seconds` and mines a block at the new time. */
export async function warp(client: AppAuthClient, seconds: bigint | number): Promise<void> {
  await client.request({ method: 'evm_increaseTime' as never, params: [Number(seconds)] as never })
  await mine(client)
}

/** A recognisable 32-byte value for tests: `0x<tag repeated>`. */
export function bytes32(tag: string): Hex {
  return `0x${tag.repeat(64).slice(0, 64)}`
}
