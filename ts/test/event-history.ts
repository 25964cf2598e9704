// Long AppAuth event histories for the monitor's tests and benchmark, from the test helper
// test/utils/AppAuthEventFountain.sol. Test code only.
import { type Address, encodeFunctionData, hexToBigInt, type Hex } from 'viem'
import type { AppAuthClient } from '../lib/client'
import { forgeArtifact } from './artifacts'
import { deployArtifact, mine } from './actions'

export const fountainArtifact = () => forgeArtifact('test/utils/AppAuthEventFountain.sol', 'AppAuthEventFountain')

export async function deployFountain(client: AppAuthClient): Promise<Address> {
  return deployArtifact(client, fountainArtifact(), [], 'AppAuthEventFountain')
}

export type EmitHistoryParameters = {
  fountain: Address
  /** Events in all. */
  total: number
  /** Events per transaction (one transaction per block). */
  perTransaction: number
  /** Empty blocks mined after each transaction, to spread the history over many pages. */
  gap: number
}

/**
 * Emits events 0 .. total-1 (event i carries i in its `value`), `perTransaction` per block with
 * `gap` empty blocks between, and returns the range of blocks they span.
 */
export async function emitHistory(client: AppAuthClient, { fountain, total, perTransaction, gap }: EmitHistoryParameters): Promise<{ firstBlock: bigint; lastBlock: bigint }> {
  const abi = fountainArtifact().abi
  let firstBlock: bigint | undefined
  let lastBlock = 0n
  for (let first = 0; first < total; first += perTransaction) {
    const count = Math.min(perTransaction, total - first)
    const data = encodeFunctionData({ abi, functionName: 'emitHistory', args: [BigInt(first), BigInt(count)] })
    const hash = (await client.request({
      method: 'eth_sendTransaction',
      params: [{ from: client.account!.address, to: fountain, data, gas: '0x989680' }],
    })) as Hex
    const receipt = await receiptOf(client, hash)
    if (receipt.status !== '0x1') throw new Error(`emitHistory(${first}, ${count}) reverted`)
    firstBlock ??= hexToBigInt(receipt.blockNumber)
    lastBlock = hexToBigInt(receipt.blockNumber)
    if (gap > 0) await mine(client, gap)
  }
  return { firstBlock: firstBlock ?? 0n, lastBlock }
}

/** The sequence number an event of the fountain carries. */
export function sequenceOf(args: Record<string, unknown>): number {
  const value = (args.value ?? args.composeHash ?? args.deviceId) as Hex
  return Number(hexToBigInt(value))
}

/** anvil mines on arrival but may answer eth_sendTransaction a moment before the receipt is stored. */
async function receiptOf(client: AppAuthClient, hash: Hex): Promise<{ status: Hex; blockNumber: Hex }> {
  for (let attempt = 0; attempt < 500; attempt++) {
    const receipt = (await client.request({ method: 'eth_getTransactionReceipt', params: [hash] })) as { status: Hex; blockNumber: Hex } | null
    if (receipt) return receipt
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  throw new Error(`no receipt for ${hash}`)
}
