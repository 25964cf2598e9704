import type { Address, Client, Log } from 'viem'
import { getBlock, getBlockNumber, getCode, getLogs } from 'viem/actions'
import { AppAuthError } from './errors'

/**
 * Blocks per `eth_getLogs` request to start with. Public Base endpoints cap the range (and the
 * result size) of one request; a refused page is split in halves until it passes, and the smaller
 * size is kept for the pages after it.
 */
export const defaultLogPageSize = 10_000n

export type GetLogsPagedParameters = {
  address: Address
  fromBlock: bigint
  toBlock: bigint
  pageSize?: bigint | undefined
  /** Called after each page, for progress output. */
  onPage?: ((page: { fromBlock: bigint; toBlock: bigint; logs: number }) => void) | undefined
}

/** Every log of `address` in `[fromBlock, toBlock]`, in chain order, fetched in pages. */
export async function getLogsPaged(client: Client, parameters: GetLogsPagedParameters): Promise<Log[]> {
  const { address, toBlock, onPage } = parameters
  let pageSize = parameters.pageSize ?? defaultLogPageSize
  if (pageSize < 1n) throw new AppAuthError('log page size must be at least one block')
  const logs: Log[] = []
  let from = parameters.fromBlock
  while (from <= toBlock) {
    const to = from + pageSize - 1n < toBlock ? from + pageSize - 1n : toBlock
    let page: Log[]
    try {
      page = await getLogs(client, { address, fromBlock: from, toBlock: to })
    } catch (error) {
      if (to === from) throw error
      pageSize = (to - from + 1n) / 2n
      continue
    }
    logs.push(...page)
    onPage?.({ fromBlock: from, toBlock: to, logs: page.length })
    from = to + 1n
  }
  return logs
}

/**
 * The block a contract was created in, by bisecting `eth_getCode` over history. Needs a node that
 * serves historical state (an archive node, or anvil); otherwise pass the block explicitly.
 */
export async function findDeploymentBlock(client: Client, { address }: { address: Address }): Promise<bigint> {
  let high = await getBlockNumber(client)
  const hasCode = async (blockNumber: bigint) => {
    const code = await getCode(client, { address, blockNumber })
    return code !== undefined && code !== '0x'
  }
  try {
    if (!(await hasCode(high))) throw new AppAuthError(`${address} has no code at block ${high}`)
    let low = 0n
    while (low < high) {
      const middle = (low + high) / 2n
      if (await hasCode(middle)) high = middle
      else low = middle + 1n
    }
    return high
  } catch (error) {
    if (error instanceof AppAuthError) throw error
    throw new AppAuthError(`cannot find when ${address} was deployed (the RPC serves no historical state): pass --from-block`, {
      cause: error,
    })
  }
}

/** Block timestamps for logs, from the log itself where the node includes it, else from the block. */
export async function logTimestamps(client: Client, logs: readonly Log[]): Promise<Map<bigint, bigint>> {
  const timestamps = new Map<bigint, bigint>()
  for (const log of logs) {
    if (log.blockNumber === null) continue
    const stamped = (log as { blockTimestamp?: bigint | null }).blockTimestamp
    if (stamped != null) timestamps.set(log.blockNumber, stamped)
  }
  const missing = [...new Set(logs.map((log) => log.blockNumber).filter((n): n is bigint => n !== null && !timestamps.has(n)))]
  for (const blockNumber of missing) {
    timestamps.set(blockNumber, (await getBlock(client, { blockNumber })).timestamp)
  }
  return timestamps
}
