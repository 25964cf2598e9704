import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { type Abi, type Address, type Client, decodeEventLog, getAddress, type Hex, type Log } from 'viem'
import { getBlock, getBlockNumber, getChainId, getCode, readContract } from 'viem/actions'
import { iAppAuthNoticeAbi, iOptOutRegistryAbi } from '../generated/contracts'
import { appAuthEventsAbi, interfaceIds, supportsInterface } from './contracts'
import { AppAuthError, NotAnAppAuthError, NotWatchableError } from './errors'
import { describeEvent, describeRegistryEvent } from './history'
import { defaultWatchPageSize, logPages } from './log-pages'
import { findDeploymentBlock, logTimestamps } from './logs'
import { formatTimestamp } from './time'

/** What an event means to someone watching an AppAuth or its opt-out registry. */
export type AlertType =
  | 'proposal'
  | 'cancellation'
  | 'activation'
  | 'expiry'
  | 'allowed'
  | 'removed'
  | 'policy'
  | 'controller'
  | 'notice-period'
  | 'opt-out-window'
  | 'opt-out'
  | 'unknown'

/**
 * The kinds of contract `watch` follows, each with the ERC-165 interface that identifies it, the ABI
 * its events decode with, the alert type of each event and how an event reads for people. Sources of
 * every kind share one `eth_getLogs` per page and one cursor.
 */
export const sourceKinds = {
  appauth: {
    interfaceId: interfaceIds.appAuth,
    abi: appAuthEventsAbi as Abi,
    types: {
      ChangeProposed: 'proposal',
      ChangeCancelled: 'cancellation',
      ChangeActivated: 'activation',
      ChangeExpired: 'expiry',
      ComposeHashAdded: 'allowed',
      DeviceAdded: 'allowed',
      ComposeHashRemoved: 'removed',
      DeviceRemoved: 'removed',
      AllowAnyDeviceSet: 'policy',
      RequireTcbUpToDateSet: 'policy',
      OwnershipTransferStarted: 'controller',
      OwnershipTransferred: 'controller',
      NoticePeriodSet: 'notice-period',
      PolicyChanged: 'policy',
      Initialized: 'controller',
      Upgraded: 'controller',
      UpgradesDisabled: 'controller',
    } as Record<string, AlertType>,
    describe: describeEvent,
  },
  registry: {
    interfaceId: interfaceIds.optOutRegistry,
    abi: iOptOutRegistryAbi as Abi,
    types: {
      ProposalTracked: 'opt-out-window',
      OptedOut: 'opt-out',
    } as Record<string, AlertType>,
    describe: describeRegistryEvent,
  },
} as const

export type SourceKind = keyof typeof sourceKinds

/** A contract to watch; without `kind`, the kind is read from the contract's ERC-165 answers. */
export type WatchSource = { address: Address; kind?: SourceKind | undefined }

/** One event of a watched contract, decoded and described. */
export type WatchAlert = {
  source: Address
  sourceKind: SourceKind
  type: AlertType
  event: string
  args: Record<string, unknown>
  /** One line for people (the same wording as `appauth history`). */
  summary: string
  blockNumber: bigint
  blockHash: Hex
  logIndex: number
  transactionHash: Hex
  /** Block timestamp, unix seconds. */
  timestamp: bigint
  /**
   * Proposals only: when the change may be activated, measured from the chain's time `now`, and,
   * for one inside its window, whether the AppAuth still holds this announcement as pending at the
   * block read (false once it was activated, cancelled or cleared: a replayed proposal is then
   * history, not something to activate now).
   */
  countdown?: { now: bigint; activatesAt: bigint; expiresAt: bigint; secondsLeft: bigint; stillPending: boolean } | undefined
}

/**
 * Where a watch stands: every event up to and including log `logIndex` of block `blockNumber` has
 * been delivered (`logIndex` null: the whole block). `blockHash` detects a reorganisation below the
 * cursor on resume; `chainId` and `sources` keep a cursor from being used for another watch.
 */
export type WatchCursor = {
  version: 1
  chainId: number
  sources: Address[]
  blockNumber: bigint
  logIndex: number | null
  blockHash: Hex
}

export type WatchEventsParameters = {
  sources: readonly WatchSource[]
  /** First block to read when there is no cursor (default: the earliest deployment block of the sources). */
  fromBlock?: bigint | 'latest' | undefined
  /** Only blocks at least this deep are read: `head - confirmations`. */
  confirmations: number
  pageSize?: bigint | undefined
  /** File to resume from and to save the cursor in. */
  cursorFile?: string | undefined
  /** A cursor to resume from, held in memory by a caller that calls again (takes precedence over the file). */
  resume?: WatchCursor | undefined
  /** Longest time between cursor writes while alerts flow (ms, default 1000); see {@link watchEvents}. */
  checkpointMs?: number | undefined
  /** Keep polling for new blocks (true) or stop at the current safe head (false). */
  follow: boolean
  pollIntervalMs?: number | undefined
  /** Stops the watch after the alert being delivered (the cursor is saved first). */
  signal?: AbortSignal | undefined
  /** Delivers one alert; awaited before the cursor moves past it, so a failed delivery is retried on resume. */
  onAlert: (alert: WatchAlert) => unknown
  /** After each page: the range read and where the chain stands. */
  onProgress?: ((progress: { fromBlock: bigint; toBlock: bigint; safeHead: bigint; logs: number }) => void) | undefined
  /** When the provider refused a range and it was narrowed. */
  onNarrow?: ((narrowed: { fromBlock: bigint; toBlock: bigint; pageSize: bigint; reason: string }) => void) | undefined
}

export type WatchEventsReturnType = { cursor: WatchCursor | undefined; delivered: number }

/**
 * Follows the events of one or more AppAuths and opt-out registries and delivers each as an alert, in chain order, once
 * across restarts: the cursor advances after each delivered alert (never before: a failed delivery
 * stops the watch and is retried on resume) and a restart resumes right after it. Only blocks `confirmations` deep are read, so a
 * reorganisation shallower than that never shows; a deeper one below the cursor is detected on
 * resume by the cursor's block hash and stops the watch. Logs are paged (`pageSize` blocks, halved
 * when the provider refuses a range).
 */
export async function watchEvents(client: Client, parameters: WatchEventsParameters): Promise<WatchEventsReturnType> {
  const { confirmations, cursorFile, follow, signal, onAlert, onProgress, onNarrow } = parameters
  if (parameters.sources.length === 0) throw new AppAuthError('nothing to watch: give at least one AppAuth or opt-out registry')
  // Every source is checked before anything is read: a wrong address fails at once, not mid-watch.
  const kindOf = new Map<Address, SourceKind>()
  for (const source of parameters.sources) {
    const address = getAddress(source.address)
    kindOf.set(address, await getSourceKind(client, { address, expected: source.kind }))
  }
  const addresses = [...kindOf.keys()].sort()
  const chainId = await getChainId(client)

  let cursor = parameters.resume ?? (cursorFile && existsSync(cursorFile) ? readCursor(cursorFile) : undefined)
  if (cursor) await checkCursor(client, cursor, chainId, addresses, cursorFile ?? 'in memory')
  // The cursor moves in memory after every alert and reaches the file at the end of every page, on
  // every stop or failure, and at most `checkpointMs` apart in between: a clean stop never repeats
  // an alert; a crash repeats at most the alerts of the last interval (at-least-once delivery).
  const checkpointMs = parameters.checkpointMs ?? 1_000
  let written = cursor
  let writtenAt = Date.now()
  const flush = () => {
    if (!cursorFile || !cursor || cursor === written) return
    writeCursor(cursorFile, cursor)
    written = cursor
    writtenAt = Date.now()
  }
  const save = (next: WatchCursor, force: boolean) => {
    cursor = next
    if (force || Date.now() - writtenAt >= checkpointMs) flush()
  }
  let from: bigint
  if (cursor) from = cursor.logIndex === null ? cursor.blockNumber + 1n : cursor.blockNumber
  else if (parameters.fromBlock === 'latest') from = (await getBlockNumber(client)) + 1n
  else if (parameters.fromBlock !== undefined) from = parameters.fromBlock
  else from = (await Promise.all(addresses.map((address) => findDeploymentBlock(client, { address })))).reduce((a, b) => (a < b ? a : b))

  let delivered = 0
  try {
    for (;;) {
      const head = await getBlockNumber(client, { cacheTime: 0 })
      const safeHead = head - BigInt(confirmations)
      if (from <= safeHead) {
        const now = (await getBlock(client, { blockNumber: head })).timestamp
        const pages = logPages(client, { address: addresses, fromBlock: from, toBlock: safeHead, pageSize: parameters.pageSize ?? defaultWatchPageSize, onNarrow })
        for await (const page of pages) {
          const timestamps = await logTimestamps(client, page.logs)
          for (const log of page.logs) {
            if (isDelivered(cursor, log)) continue
            const kind = kindOf.get(getAddress(log.address)) ?? 'appauth'
            const alert = toAlert(log, kind, timestamps.get(log.blockNumber!) ?? 0n, now)
            // Only a claim that it can be activated now needs the chain's word that it still can.
            const { countdown } = alert
            if (countdown && countdown.secondsLeft <= 0n && countdown.now <= countdown.expiresAt) countdown.stillPending = await isStillPending(client, alert, head)
            await onAlert(alert)
            delivered += 1
            save({ version: 1, chainId, sources: addresses, blockNumber: log.blockNumber!, logIndex: log.logIndex!, blockHash: log.blockHash! }, false)
            if (signal?.aborted) return { cursor, delivered }
          }
          const end = await getBlock(client, { blockNumber: page.toBlock })
          save({ version: 1, chainId, sources: addresses, blockNumber: page.toBlock, logIndex: null, blockHash: end.hash }, true)
          onProgress?.({ fromBlock: page.fromBlock, toBlock: page.toBlock, safeHead, logs: page.logs.length })
          if (signal?.aborted) return { cursor, delivered }
        }
        from = safeHead + 1n
      }
      if (!follow || signal?.aborted) return { cursor, delivered }
      await sleep(parameters.pollIntervalMs ?? 2_000, signal)
      if (signal?.aborted) return { cursor, delivered }
    }
  } finally {
    flush()
  }
}

export type GetSourceKindParameters = { address: Address; expected?: SourceKind | undefined }

/**
 * Which kind of watchable contract `address` is, from its ERC-165 answers (an AppAuth answers
 * IAppAuth 0x1e079198, an opt-out registry its own interface). Throws {@link NotAnAppAuthError}
 * when there is no contract there, and {@link NotWatchableError} when it is neither kind or not
 * the `expected` one.
 */
export async function getSourceKind(client: Client, { address, expected }: GetSourceKindParameters): Promise<SourceKind> {
  const code = await getCode(client, { address })
  if (!code || code === '0x') throw new NotAnAppAuthError(address, 'no code')
  const candidates = expected ? [expected] : (Object.keys(sourceKinds) as SourceKind[])
  for (const kind of candidates) if (await supportsInterface(client, address, sourceKinds[kind].interfaceId)) return kind
  if (expected === 'appauth') throw new NotAnAppAuthError(address, 'no IAppAuth')
  throw new NotWatchableError(address, { appAuth: interfaceIds.appAuth, optOutRegistry: interfaceIds.optOutRegistry })
}

function isDelivered(cursor: WatchCursor | undefined, log: Log): boolean {
  if (!cursor || log.blockNumber! > cursor.blockNumber) return false
  if (log.blockNumber! < cursor.blockNumber) return true
  return cursor.logIndex === null || log.logIndex! <= cursor.logIndex
}

/** Decodes a log of a watched contract into an alert; `now` is the chain's time for countdowns. */
export function toAlert(log: Log, kind: SourceKind, timestamp: bigint, now: bigint): WatchAlert {
  const base = {
    source: getAddress(log.address),
    sourceKind: kind,
    blockNumber: log.blockNumber!,
    blockHash: log.blockHash!,
    logIndex: log.logIndex!,
    transactionHash: log.transactionHash!,
    timestamp,
  }
  const { abi, types, describe } = sourceKinds[kind]
  let decoded: { eventName: string; args: Record<string, unknown> }
  try {
    const { eventName, args } = decodeEventLog({ abi, data: log.data, topics: log.topics })
    decoded = { eventName: String(eventName), args: (args ?? {}) as Record<string, unknown> }
  } catch {
    return { ...base, type: 'unknown', event: 'unknown', args: { topics: log.topics, data: log.data }, summary: `unknown event ${log.topics[0] ?? '(anonymous)'}` }
  }
  const { eventName, args } = decoded
  const alert: WatchAlert = { ...base, type: types[eventName] ?? 'unknown', event: eventName, args, summary: describe(eventName, args) }
  if (eventName === 'ChangeProposed') {
    const activatesAt = args.activatesAt as bigint
    alert.countdown = { now, activatesAt, expiresAt: args.expiresAt as bigint, secondsLeft: activatesAt - now, stillPending: true }
  }
  return alert
}

/** Whether the AppAuth still holds the proposal of `alert` pending (the same announcement) at `blockNumber`. */
async function isStillPending(client: Client, alert: WatchAlert, blockNumber: bigint): Promise<boolean> {
  try {
    const activatesAt = await readContract(client, {
      address: alert.source,
      abi: iAppAuthNoticeAbi,
      functionName: 'activatesAt',
      args: [alert.args.id as Hex],
      blockNumber,
    })
    return activatesAt === alert.countdown!.activatesAt
  } catch {
    // A contract that emits the events without the view: nothing says it was settled.
    return true
  }
}

async function checkCursor(client: Client, cursor: WatchCursor, chainId: number, sources: Address[], file: string): Promise<void> {
  if (cursor.chainId !== chainId) {
    throw new AppAuthError(`cursor ${file} is for chain ${cursor.chainId}, the RPC serves chain ${chainId}`)
  }
  if (cursor.sources.join() !== sources.join()) {
    throw new AppAuthError(`cursor ${file} follows ${cursor.sources.join(', ')}: watch the same contracts, or use another --cursor file`)
  }
  const block = await getBlock(client, { blockNumber: cursor.blockNumber }).catch(() => undefined)
  if (block?.hash !== cursor.blockHash) {
    throw new AppAuthError(
      `block ${cursor.blockNumber} of cursor ${file} is no longer on the chain (a reorganisation deeper than the confirmations): alerts after it may be stale; restart from an earlier --from-block with a new cursor`,
    )
  }
}

/** Reads a cursor file. */
export function readCursor(file: string): WatchCursor {
  let raw: Record<string, unknown>
  try {
    raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>
  } catch (error) {
    throw new AppAuthError(`cannot read cursor ${file}: not valid JSON`, { cause: error })
  }
  if (raw.version !== 1 || typeof raw.blockNumber !== 'string' || typeof raw.blockHash !== 'string' || !Array.isArray(raw.sources)) {
    throw new AppAuthError(`cursor ${file} is not an appauth watch cursor (version 1)`)
  }
  return {
    version: 1,
    chainId: Number(raw.chainId),
    sources: (raw.sources as string[]).map((address) => getAddress(address)),
    blockNumber: BigInt(raw.blockNumber),
    logIndex: raw.logIndex === null ? null : Number(raw.logIndex),
    blockHash: raw.blockHash as Hex,
  }
}

/** Writes a cursor file whole (a crash leaves the previous cursor, never half of one). */
export function writeCursor(file: string, cursor: WatchCursor): void {
  mkdirSync(dirname(file), { recursive: true })
  const text = `${JSON.stringify({ ...cursor, blockNumber: cursor.blockNumber.toString() }, null, 2)}\n`
  writeFileSync(`${file}.tmp`, text)
  renameSync(`${file}.tmp`, file)
}

/** An alert as plain JSON: numbers where they fit, decimal strings for larger integers. */
export function alertJson(alert: WatchAlert): Record<string, unknown> {
  return JSON.parse(
    JSON.stringify(alert, (_key, value) =>
      typeof value === 'bigint' ? (value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= -BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value.toString()) : value,
    ),
  ) as Record<string, unknown>
}

export type PostAlertParameters = { url: string; alert: WatchAlert; attempts?: number | undefined; timeoutMs?: number | undefined }

/**
 * POSTs an alert as JSON to a webhook, retrying a few times with a growing pause; throws when every
 * attempt failed (the watch then stops without moving its cursor past the alert).
 */
export async function postAlert({ url, alert, attempts = 4, timeoutMs = 10_000 }: PostAlertParameters): Promise<void> {
  const body = JSON.stringify(alertJson(alert))
  let last: unknown
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body, signal: AbortSignal.timeout(timeoutMs) })
      await response.arrayBuffer()
      if (response.ok) return
      last = new Error(`HTTP ${response.status}`)
    } catch (error) {
      last = error
    }
    if (attempt < attempts) await new Promise((resolve) => setTimeout(resolve, 200 * 2 ** attempt))
  }
  const reason = last instanceof Error ? last.message : String(last)
  throw new AppAuthError(`webhook ${url} refused the alert for block ${alert.blockNumber} log ${alert.logIndex}: ${reason}`, { cause: last })
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms)
    signal?.addEventListener('abort', done, { once: true })
    function done() {
      clearTimeout(timer)
      signal?.removeEventListener('abort', done)
      resolve()
    }
  })
}
