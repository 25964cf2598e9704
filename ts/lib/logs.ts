import type { Address, Client, Log } from 'viem'
import { getBlock, getBlockNumber, getCode } from 'viem/actions'
import { AppAuthError } from './errors'
import { logPages } from './log-pages'

/**
 * Blocks per `eth_getLogs` request to start with for a one-off read (history, status). Public Base
 * endpoints cap the range (and the result size) of one request; a refused page is split in halves
 * until it passes, and the smaller size is kept for the pages after it.
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

/** Every log of `address` in `[fromBlock, toBlock]`, in chain order, fetched in pages ({@link logPages}). */
export async function getLogsPaged(client: Client, parameters: GetLogsPagedParameters): Promise<Log[]> {
  const { address, fromBlock, toBlock, onPage } = parameters
  const logs: Log[] = []
  for await (const page of logPages(client, { address, fromBlock, toBlock, pageSize: parameters.pageSize ?? defaultLogPageSize })) {
    logs.push(...page.logs)
    onPage?.({ fromBlock: page.fromBlock, toBlock: page.toBlock, logs: page.logs.length })
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
