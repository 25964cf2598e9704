import { type Chain, type Client, defineChain } from 'viem'
import { getBlock } from 'viem/actions'
import { ChainMismatchError, InvalidInputError } from './errors'

/** The embedded chain: anvil's default chain id, so wallets and tools recognise it as a dev chain. */
export const localChain = defineChain({
  id: 31_337,
  name: 'Local (anvil)',
  nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 },
  rpcUrls: { default: { http: ['http://127.0.0.1:8545'] } },
})

/** Chains known by name on the command line, by id; any other chain is given by its numeric id. */
export const chainNames = { base: 8453, 'base-sepolia': 84532, local: localChain.id } as const

/** Resolves `base`, `base-sepolia`, `local` or a numeric chain id to a viem chain. */
export async function resolveChain(input: string): Promise<Chain> {
  const named = chainNames[input as keyof typeof chainNames]
  if (named !== undefined) return chainFromId(named)
  if (!/^\d+$/.test(input) || BigInt(input) === 0n || BigInt(input) > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new InvalidInputError(`unknown chain ${JSON.stringify(input)}: use ${Object.keys(chainNames).join(', ')} or a chain id`)
  }
  return chainFromId(Number(input))
}

/**
 * The viem chain for an id: Base and Base Sepolia with their OP-stack formatters, the local chain,
 * or a minimal definition. viem/chains is loaded only for Base: it defines hundreds of chains, and
 * local commands should not wait for them.
 */
export async function chainFromId(id: number, rpcUrl?: string): Promise<Chain> {
  if (id === localChain.id) return localChain
  if (id === chainNames.base || id === chainNames['base-sepolia']) {
    const { base, baseSepolia } = await import('viem/chains')
    return id === base.id ? base : baseSepolia
  }
  return defineChain({
    id,
    name: `Chain ${id}`,
    nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 },
    rpcUrls: { default: { http: rpcUrl ? [rpcUrl] : [] } },
  })
}

/** Throws unless the chain the RPC serves is the one asked for. */
export function assertChainId(expected: number, actual: number): void {
  if (expected !== actual) throw new ChainMismatchError(expected, actual)
}

/**
 * The chain's time as the next transaction would see it: the pending block's timestamp where the
 * node offers one (anvil stamps it with its clock, which moves without blocks), else the latest.
 */
export async function chainTime(client: Client): Promise<bigint> {
  try {
    return (await getBlock(client, { blockTag: 'pending' })).timestamp
  } catch {
    return (await getBlock(client, { blockTag: 'latest' })).timestamp
  }
}
