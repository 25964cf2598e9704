// A real Safe 1.4.1 (from @safe-global/safe-contracts' own build) for the tests that hand an app to
// a Safe, and execution of a Transaction Builder batch through it. Test code only.
import { type Address, concat, encodeFunctionData, getAddress, type Hex, pad, zeroAddress } from 'viem'
import type { AppAuthClient } from '../lib/client'
import type { SafeBatch } from '../lib/safe'
import { writeContractCall } from '../lib/transactions'
import { deployArtifact } from './actions'
import { safeArtifact } from './artifacts'

const safe = safeArtifact('Safe.sol/Safe')
const factory = safeArtifact('proxies/SafeProxyFactory.sol/SafeProxyFactory')

/** Deploys the Safe singleton, its proxy factory and a Safe proxy with these owners and threshold. */
export async function deploySafe(client: AppAuthClient, { owners, threshold, saltNonce = 1n }: { owners: readonly Address[]; threshold: bigint; saltNonce?: bigint }): Promise<Address> {
  const singleton = await deployArtifact(client, safe, [], 'Safe')
  const factoryAddress = await deployArtifact(client, factory, [], 'SafeProxyFactory')
  const setup = encodeFunctionData({ abi: safe.abi, functionName: 'setup', args: [owners, threshold, zeroAddress, '0x', zeroAddress, zeroAddress, 0n, zeroAddress] })
  const { result } = await writeContractCall(client, { call: { address: factoryAddress, abi: factory.abi, functionName: 'createProxyWithNonce', args: [singleton, setup, saltNonce] } })
  return getAddress(result as Address)
}

/**
 * Executes each transaction of a batch through the Safe with `execTransaction`, signed by the
 * client's account as a Safe owner (the "approved by the sender" signature: v = 1, r = owner), which
 * a 1-of-n Safe accepts.
 */
export async function executeBatch(client: AppAuthClient, { safe: address, batch }: { safe: Address; batch: SafeBatch }): Promise<void> {
  const owner = client.account!.address
  const signature: Hex = concat([pad(owner, { size: 32 }), pad('0x00', { size: 32 }), '0x01'])
  for (const transaction of batch.transactions) {
    await writeContractCall(client, {
      call: {
        address,
        abi: safe.abi,
        functionName: 'execTransaction',
        args: [transaction.to, BigInt(transaction.value), transaction.data, 0, 0n, 0n, 0n, zeroAddress, zeroAddress, signature],
      },
    })
  }
}
