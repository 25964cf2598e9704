import { type Account, BaseError, type Chain, type Client, createClient, http, type Transport } from 'viem'
import { privateKeyToAccount } from 'viem/accounts'
import { getChainId } from 'viem/actions'
import { assertChainId, chainFromId } from './chains'
import { AppAuthError } from './errors'
import { parsePrivateKey } from './hex'

/** The client every library function takes: a chain, and an account when it is to sign. */
export type AppAuthClient = Client<Transport, Chain, Account | undefined>

export type ConnectParameters = {
  url: string
  /** The chain the caller expects; refused if the RPC serves another. Omitted: whatever it serves. */
  chain?: Chain | undefined
  /** Hex private key to sign with; omitted for read-only use. */
  privateKey?: string | undefined
  /** How often to poll for receipts and blocks (ms). */
  pollingInterval?: number | undefined
  /** Send concurrent requests as JSON-RPC batches (viem's http batching), for many parallel reads. */
  batch?: boolean | undefined
}

/**
 * Connects to an RPC and checks the chain id it serves before anything else happens, so that no
 * transaction ever goes to a chain nobody meant.
 */
export async function connect({ url, chain, privateKey, pollingInterval = 1_000, batch = false }: ConnectParameters): Promise<AppAuthClient> {
  const account = privateKey === undefined ? undefined : privateKeyToAccount(parsePrivateKey(privateKey))
  const probe = createClient({ transport: http(url, { retryCount: 1 }) })
  let actual: number
  try {
    actual = await getChainId(probe)
  } catch (error) {
    throw new AppAuthError(`cannot reach the RPC at ${url}`, { details: error instanceof BaseError ? error.shortMessage : String(error), cause: error })
  }
  if (chain) assertChainId(chain.id, actual)
  return createClient({
    chain: chain ?? (await chainFromId(actual, url)),
    transport: http(url, batch ? { batch: { batchSize: 200, wait: 0 } } : {}),
    account,
    pollingInterval,
    cacheTime: 0,
  })
}
