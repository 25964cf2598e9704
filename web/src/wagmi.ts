import { type Chain, defineChain } from 'viem'
import { base, baseSepolia } from 'viem/chains'
import { createConfig, http } from 'wagmi'
import { injected } from 'wagmi/connectors'
import { localChain } from '../../ts/lib/chains'

/** The viem chain for an id: Base, Base Sepolia, the local anvil chain, or a minimal definition. */
export function chainFor(chainId: number, rpc: string): Chain {
  if (chainId === base.id) return base
  if (chainId === baseSepolia.id) return baseSepolia
  if (chainId === localChain.id) return localChain
  return defineChain({ id: chainId, name: `Chain ${chainId}`, nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 }, rpcUrls: { default: { http: [rpc] } } })
}

/** One wagmi config per chain and RPC: reads go to the link's RPC (batched), writes to the injected wallet. */
export function makeConfig(chainId: number, rpc: string) {
  const chain = chainFor(chainId, rpc)
  return createConfig({
    chains: [chain],
    connectors: [injected()],
    transports: { [chain.id]: http(rpc, { batch: true }) },
    pollingInterval: chainId === localChain.id ? 500 : 4_000,
  })
}

/** Basescan's address or transaction page, on Base and Base Sepolia only. */
export function explorerUrl(chainId: number, kind: 'address' | 'tx', value: string): string | undefined {
  if (chainId === base.id) return `https://basescan.org/${kind}/${value}`
  if (chainId === baseSepolia.id) return `https://sepolia.basescan.org/${kind}/${value}`
  return undefined
}
