import { type Account, type Address, type Chain, type Client, type Hex, type Transport, zeroAddress, zeroHash } from 'viem'
import { getCode, readContract } from 'viem/actions'
import { localKmsAbi } from '../generated/contracts'
import type { AppBootInfo } from './boot-info'
import { interfaceIds, supportsInterface } from './contracts'
import { AppAuthError } from './errors'
import { decodeRevert, formatRevert } from './revert'
import { type TransactionOptions, type WriteContractCallReturnType, writeContractCall } from './transactions'

type AnyClient = Client<Transport, Chain | undefined, Account | undefined>

/**
 * Throws unless `kms` is a KMS contract: it has code and answers DstackKms's `registeredApps(address)`
 * and `allowedOsImages(bytes32)`. An AppAuth answers `isAppAllowed` too (and would deny every KMS
 * boot behind the webhook), so the answer to that is not enough.
 */
export async function assertKms(client: Client, { kms, blockNumber }: { kms: Address; blockNumber?: bigint | undefined }): Promise<void> {
  const code = await getCode(client, { address: kms, blockNumber })
  if (!code || code === '0x') throw new AppAuthError(`${kms} is not a contract, so not a KMS (no code at that address)`)
  try {
    await Promise.all([
      readContract(client, { address: kms, abi: localKmsAbi, functionName: 'registeredApps', args: [zeroAddress], blockNumber }),
      readContract(client, { address: kms, abi: localKmsAbi, functionName: 'allowedOsImages', args: [zeroHash], blockNumber }),
    ])
  } catch (error) {
    if (await supportsInterface(client, kms, interfaceIds.appAuth)) {
      throw new AppAuthError(`${kms} is an AppAuth, not a KMS: pass the KMS contract the app is registered with`, { cause: error })
    }
    throw new AppAuthError(`${kms} is not a KMS: it does not answer registeredApps(address) and allowedOsImages(bytes32) as DstackKms does`, { cause: error })
  }
}

export type RegisterAppParameters = TransactionOptions & { kms: Address; app: Address }

/** Registers an app with a KMS (`registerApp`, permissionless in DstackKms). */
export async function registerApp(client: AnyClient, { kms, app, ...options }: RegisterAppParameters): Promise<WriteContractCallReturnType> {
  await assertKms(client, { kms })
  return writeContractCall(client, {
    ...options,
    call: { address: kms, abi: localKmsAbi, functionName: 'registerApp', args: [app] },
  })
}

export type AllowOsImageParameters = TransactionOptions & { kms: Address; osImageHash: Hex }

/** Allows a dstack OS image on a LocalKms (owner only; on DstackKms the KMS owner does this). */
export async function allowOsImage(client: AnyClient, { kms, osImageHash, ...options }: AllowOsImageParameters): Promise<WriteContractCallReturnType> {
  await assertKms(client, { kms })
  return writeContractCall(client, {
    ...options,
    call: { address: kms, abi: localKmsAbi, functionName: 'addOsImageHash', args: [osImageHash] },
  })
}

export type SimulateBootParameters = { kms: Address; bootInfo: AppBootInfo; blockNumber?: bigint | undefined }
export type SimulateBootReturnType = { isAllowed: boolean; reason: string }

/**
 * Asks the KMS contract, by `eth_call`, whether it would release the app's keys to this boot: the
 * same check dstack's KMS makes (registration, OS image, then the app's own AppAuth). A revert
 * anywhere on that path is a denial, reported with the decoded error as the reason.
 */
export async function simulateBoot(client: Client, { kms, bootInfo, blockNumber }: SimulateBootParameters): Promise<SimulateBootReturnType> {
  await assertKms(client, { kms, blockNumber })
  try {
    const [isAllowed, reason] = await readContract(client, {
      address: kms,
      abi: localKmsAbi,
      functionName: 'isAppAllowed',
      args: [bootInfo],
      blockNumber,
    })
    return { isAllowed, reason }
  } catch (error) {
    const revert = decodeRevert(error)
    if (!revert) throw error
    return { isAllowed: false, reason: `isAppAllowed reverted: ${formatRevert(revert)}` }
  }
}

/** Whether `app` is registered with the KMS. */
export async function isAppRegistered(client: Client, { kms, app }: { kms: Address; app: Address }): Promise<boolean> {
  return readContract(client, { address: kms, abi: localKmsAbi, functionName: 'registeredApps', args: [app] })
}
