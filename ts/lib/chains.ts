import { type Chain, type Client, defineChain } from 'viem'
import { getBlock } from 'viem/actions'
import { base, baseSepolia, foundry } from 'viem/chains'
import { ChainMismatchError, InvalidInputError } from './errors'

/** Chains known by name on the command line; any other chain is given by its numeric id. */
export const namedChains = {
  base,
  'base-sepolia': baseSepolia,
  local: foundry,
} as const satisfies Record<string, Chain>

/** Resolves `base`, `base-sepolia`, `local` or a numeric chain id to a viem chain. */
export function resolveChain(input: string): Chain {
  const named = namedChains[input as keyof typeof namedChains]
  if (named) return named
  if (!/^\d+$/.test(input) || BigInt(input) === 0n || BigInt(input) > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new InvalidInputError(`unknown chain ${JSON.stringify(input)}: use ${Object.keys(namedChains).join(', ')} or a chain id`)
  }
  return chainFromId(Number(input))
}

/** The viem chain for an id: a known one where we have it, otherwise a minimal definition. */
export function chainFromId(id: number, rpcUrl?: string): Chain {
  const known = Object.values(namedChains).find((chain) => chain.id === id)
  if (known) return known
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
