import { type Address, BaseError, type Client, type Log } from 'viem'
import { getLogs } from 'viem/actions'
import { AppAuthError } from './errors'

/**
 * Blocks per `eth_getLogs` request for following events: within what public Base endpoints accept
 * (several cap a request at 2,000 to 10,000 blocks, or at a number of results).
 */
export const defaultWatchPageSize = 2_000n

export type LogPage = { fromBlock: bigint; toBlock: bigint; logs: Log[] }

export type LogPagesParameters = {
  /** One contract or several (one `eth_getLogs` covers them all). */
  address: Address | readonly Address[]
  fromBlock: bigint
  toBlock: bigint
  /** Blocks per request to start with; a refused range halves it, and the smaller size is kept. */
  pageSize?: bigint | undefined
  /** Attempts per page on errors that are not about the range (network, 5xx, rate limits). */
  attempts?: number | undefined
  /** Called when the provider refused a range and the page was halved. */
  onNarrow?: ((narrowed: { fromBlock: bigint; toBlock: bigint; pageSize: bigint; reason: string }) => void) | undefined
}

/**
 * Every log of the given contracts in `[fromBlock, toBlock]`, page by page in chain order. A page the
 * provider refuses for its size (block range, result count, response size, or a timeout on a wide
 * range) is split in half and retried, down to one block; other errors are retried `attempts` times
 * with a growing pause and then thrown. Pages are yielded as they arrive, so a caller can act on
 * (and checkpoint after) each one without holding the whole history.
 */
export async function* logPages(client: Client, parameters: LogPagesParameters): AsyncGenerator<LogPage> {
  const { toBlock, onNarrow } = parameters
  const address = typeof parameters.address === 'string' ? parameters.address : [...parameters.address]
  const attempts = parameters.attempts ?? 4
  let pageSize = parameters.pageSize ?? defaultWatchPageSize
  if (pageSize < 1n) throw new AppAuthError('log page size must be at least one block')
  let from = parameters.fromBlock
  let failures = 0
  while (from <= toBlock) {
    const to = from + pageSize - 1n < toBlock ? from + pageSize - 1n : toBlock
    let logs: Log[]
    try {
      logs = await getLogs(client, { address, fromBlock: from, toBlock: to })
    } catch (error) {
      const reason = rangeRefusal(error)
      if (reason !== undefined) {
        // One block refused for its size cannot be narrowed further, and asking again will not help.
        if (to === from) throw error
        pageSize = (to - from + 1n) / 2n
        onNarrow?.({ fromBlock: from, toBlock: to, pageSize, reason })
        continue
      }
      failures += 1
      if (failures >= attempts) {
        throw new AppAuthError(`eth_getLogs for blocks ${from}-${to} failed ${failures} times: ${shortMessage(error)}`, { cause: error })
      }
      await new Promise((resolve) => setTimeout(resolve, 250 * 2 ** failures))
      continue
    }
    failures = 0
    yield { fromBlock: from, toBlock: to, logs }
    from = to + 1n
  }
}

// What providers say when a getLogs request is too big: Infura/Alchemy -32005 "query returned more
// than 10000 results", QuickNode -32602 "eth_getLogs is limited to a 10,000 range", Cloudflare "range
// too large", publicnode "exceed maximum block range", Ankr "block range is too wide", Alchemy
// "Log response size exceeded", and others with "limit"/"too many".
const rangeWords = /range|too (many|large|wide|big)|exceed|limit|max(imum)? (block|results?)|response size|more than \d+/i
// ... but a rate limit is about pace, not size: wait and retry the same range.
const rateWords = /rate.?limit|rate exceeded|too many requests|requests per|capacity|throttl/i

/**
 * Why a provider refused a getLogs request for its size, or undefined when the error is about
 * something else. Timeouts count: a wide range is the usual reason a getLogs request times out.
 */
export function rangeRefusal(error: unknown): string | undefined {
  if (!(error instanceof BaseError)) return undefined
  let reason: string | undefined
  error.walk((cause) => {
    const { code, status, name } = cause as { code?: unknown; status?: unknown; name?: string }
    const text = [(cause as BaseError).details, (cause as Error).message].filter(Boolean).join(' ')
    if (status === 429 || code === 429 || rateWords.test(text)) return true
    if (name === 'TimeoutError') reason = 'timeout'
    else if (status === 413) reason = 'HTTP 413'
    else if (code === -32005) reason = 'limit exceeded (-32005)'
    else if (rangeWords.test(text)) reason = typeof code === 'number' ? `${text.slice(0, 120)} (${code})` : text.slice(0, 120)
    return reason !== undefined
  })
  return reason
}

function shortMessage(error: unknown): string {
  if (error instanceof BaseError) return error.shortMessage
  return error instanceof Error ? error.message : String(error)
}
