// The URL is the app's only configuration: `#/<chain>/app/<address>[/governance]`,
// `#/<chain>/kms/<address>`, with `?rpc=<url>` and `?registry=<address>` in the hash or the query.
import { type Address, getAddress, isAddress } from 'viem'

export type Page = 'home' | 'app' | 'governance' | 'kms'

export type Route = {
  page: Page
  chainId: number
  address?: Address | undefined
  /** JSON-RPC endpoint: `?rpc=`, else the chain's public default. */
  rpc: string
  /** The opt-out registry serving the app, when the link names one. */
  registry?: Address | undefined
  /** A problem with the URL, in words. */
  error?: string | undefined
}

/** Public endpoints used when the link names none. */
export const defaultRpc: Record<number, string> = {
  8453: 'https://mainnet.base.org',
  84532: 'https://sepolia.base.org',
  31337: 'http://127.0.0.1:8545',
}

export function parseRoute(hash: string, search = ''): Route {
  const [path = '', hashQuery = ''] = hash.replace(/^#/, '').split('?')
  const query = new URLSearchParams(search)
  for (const [key, value] of new URLSearchParams(hashQuery)) query.set(key, value)
  const parts = path.split('/').filter(Boolean)
  const chainId = parts[0] && /^\d+$/.test(parts[0]) ? Number(parts[0]) : 8453
  const rpc = query.get('rpc') ?? defaultRpc[chainId] ?? ''
  const registryText = query.get('registry') ?? undefined
  const registry = registryText && isAddress(registryText) ? getAddress(registryText) : undefined
  const base = { chainId, rpc, registry }
  if (parts.length < 3) return { ...base, page: 'home' }
  const [, kind, addressText, sub] = parts
  if (!addressText || !isAddress(addressText)) return { ...base, page: 'home', error: `${addressText ?? ''} is not an address` }
  const address = getAddress(addressText)
  if (registryText && !registry) return { ...base, page: 'home', error: `registry ${registryText} is not an address` }
  if (!rpc) return { ...base, page: 'home', error: `no RPC for chain ${chainId}: add ?rpc=<url> to the link` }
  if (kind === 'kms') return { ...base, page: 'kms', address }
  if (kind === 'app') return { ...base, page: sub === 'governance' ? 'governance' : 'app', address }
  return { ...base, page: 'home', error: `unknown page ${kind}` }
}

/** The hash link to a page, keeping the RPC and registry the current link names. */
export function linkTo(route: Route, page: Exclude<Page, 'home'>, address: Address, extra: { registry?: Address | undefined } = {}): string {
  const path = page === 'kms' ? `kms/${address}` : page === 'governance' ? `app/${address}/governance` : `app/${address}`
  const query = new URLSearchParams()
  if (route.rpc !== defaultRpc[route.chainId]) query.set('rpc', route.rpc)
  const registry = 'registry' in extra ? extra.registry : route.registry
  if (registry) query.set('registry', registry)
  const text = query.toString()
  return `#/${route.chainId}/${path}${text ? `?${text}` : ''}`
}
