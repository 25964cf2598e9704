// The naive auth backend `npm run bench:server` compares against: four sequential calls through
// viem, each its own HTTP request. Bench code only.
import { type Address, createPublicClient, http } from 'viem'
import { localKmsAbi } from '../generated/contracts'
import type { AppBootInfo } from '../lib/boot-info'
import { type AuthBackend, BackendUnavailableError, type BootAuthKind } from '../server/backend'

export function naiveBackend(url: string, chainId: number, kms: Address, confirmations: number): AuthBackend {
  const client = createPublicClient({ transport: http(url, { retryCount: 0 }), cacheTime: 0 })
  const functionName = { app: 'isAppAllowed', kms: 'isKmsAllowed' } as const
  return {
    async decide(kind: BootAuthKind, bootInfo: AppBootInfo) {
      const actual = await client.getChainId()
      if (actual !== chainId) throw new BackendUnavailableError('wrong chain')
      const head = await client.getBlockNumber({ cacheTime: 0 })
      if (head < BigInt(confirmations)) throw new BackendUnavailableError('shallow')
      const blockNumber = head - BigInt(confirmations)
      const [isAllowed, reason] = await client.readContract({ address: kms, abi: localKmsAbi, functionName: functionName[kind], args: [bootInfo], blockNumber })
      const gatewayAppId = await client.readContract({ address: kms, abi: localKmsAbi, functionName: 'gatewayAppId', blockNumber })
      return { isAllowed, reason, gatewayAppId, blockNumber }
    },
    async state() {
      throw new BackendUnavailableError('not benchmarked')
    },
  }
}
