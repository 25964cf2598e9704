import {
  type AbiFunction,
  type Address,
  decodeAbiParameters,
  getAbiItem,
  type Hex,
  hexToBigInt,
  numberToHex,
  toFunctionSelector,
} from 'viem'
import { localKmsAbi, staticCallBatchAbi, staticCallBatchRuntimeBytecode } from '../generated/contracts'
import type { AppBootInfo } from '../lib/boot-info'
import { AppAuthError } from '../lib/errors'
import { type RpcCall, type RpcOutcome, rpcBatch } from './rpc'

/** Which boot the KMS asks about: an app's (`/bootAuth/app`) or another KMS node's (`/bootAuth/kms`). */
export type BootAuthKind = 'app' | 'kms'

/** The KMS contract's answer, read at one block. */
export type BootDecision = {
  isAllowed: boolean
  reason: string
  gatewayAppId: string
  /** The block both the decision and `gatewayAppId` were read at. */
  blockNumber: bigint
}

/** What `GET /` reports about the chain, read at one block. */
export type BackendState = {
  head: bigint
  blockNumber: bigint
  gatewayAppId: string
  /** DstackKms's `appImplementation()`, or null where the KMS has none. */
  appImplementation: Address | null
}

/** Where decisions come from. The server turns any exception into a denial. */
export type AuthBackend = {
  decide: (kind: BootAuthKind, bootInfo: AppBootInfo) => Promise<BootDecision>
  state: () => Promise<BackendState>
}

/**
 * The chain could not give a trustworthy answer: the RPC failed or timed out, it serves another
 * chain, the chain is shallower than the confirmation depth, or the KMS call reverted or returned
 * something undecodable. The auth server answers every such fault with a denial.
 */
export class BackendUnavailableError extends AppAuthError {
  override name = 'BackendUnavailableError'
}

export type ChainBackendParameters = {
  /** JSON-RPC endpoint (HTTP). */
  url: string
  /** The chain the KMS lives on; an RPC serving any other is a fault. */
  chainId: number
  /** The KMS contract (DstackKms or LocalKms). */
  kms: Address
  /** Decisions are read at `head - confirmations`. */
  confirmations: number
  /** Per RPC request, milliseconds. */
  timeoutMs?: number | undefined
  /** Most requests answered by one JSON-RPC batch (default 256). */
  maxBatch?: number | undefined
  /** Batches on their way to the node at once (default 1); requests arriving meanwhile wait for the next. */
  maxInFlight?: number | undefined
  /** Sends one JSON-RPC batch (default: {@link rpcBatch} to `url`); the benchmark swaps in viem's batching transport. */
  send?: ((calls: RpcCall[], options: { timeoutMs: number }) => Promise<RpcOutcome[]>) | undefined
  /**
   * Read a batch's calls in one `eth_call` through StaticCallBatch supplied as a state override
   * (default true); false sends one `eth_call` per distinct call, as a node refusing overrides gets.
   */
  aggregate?: boolean | undefined
}

/**
 * Where StaticCallBatch's runtime code is placed for the one `eth_call` (a state override; nothing is
 * deployed there): the last 20 bytes of keccak256("devproof-appauth StaticCallBatch"). The KMS sees
 * it as `msg.sender`, which no boot check reads.
 */
export const staticCallBatchAddress: Address = '0xb4fF73004295d15766d68625a81D12552C9913Dd'

/**
 * Gas one call inside StaticCallBatch may use. A boot check takes tens of thousands; one that needs
 * more (or reverts) is simply read again with its own `eth_call`, so the cap never changes an answer.
 */
export const gasPerBatchedCall = 2_000_000n

/** The KMS functions the server calls, each with its selector computed once. */
export const kmsFunctions = Object.fromEntries(
  (['isAppAllowed', 'isKmsAllowed', 'gatewayAppId', 'appImplementation'] as const).map((name) => {
    const item = getAbiItem({ abi: localKmsAbi, name }) as AbiFunction
    return [name, { item, selector: toFunctionSelector(item) }]
  }),
) as Record<'isAppAllowed' | 'isKmsAllowed' | 'gatewayAppId' | 'appImplementation', { item: AbiFunction; selector: Hex }>

const checks = { app: 'isAppAllowed', kms: 'isKmsAllowed' } as const
export const gatewayAppIdData = kmsFunctions.gatewayAppId.selector
export const appImplementationData = kmsFunctions.appImplementation.selector
export const chainIdCall: RpcCall = { method: 'eth_chainId', params: [] }
export const blockNumberCall: RpcCall = { method: 'eth_blockNumber', params: [] }

/**
 * The call data of a boot check (`isAppAllowed` or `isKmsAllowed`), lower-case hex: the same bytes as
 * viem's `encodeFunctionData` (backend.test.ts compares them), written out by hand because it runs
 * for every request and viem's generic encoder was a tenth of the server's CPU.
 */
export function checkData(kind: BootAuthKind, bootInfo: AppBootInfo): Hex {
  const { selector } = kmsFunctions[checks[kind]]
  const { tcbStatus, advisoryIds } = bootInfo
  // The struct holds strings, so it is encoded behind an offset; its head is 7 values and 2 offsets.
  const tcb = stringTail(tcbStatus)
  const advisories = dynamicArrayTail(advisoryIds.map(stringTail))
  return `${selector}${word(32)}${address(bootInfo.appId)}${bytes32(bootInfo.composeHash)}${address(bootInfo.instanceId)}${bytes32(bootInfo.deviceId)}${bytes32(
    bootInfo.mrAggregated,
  )}${bytes32(bootInfo.mrSystem)}${bytes32(bootInfo.osImageHash)}${word(9 * 32)}${word(9 * 32 + tcb.length / 2)}${tcb}${advisories}`
}

/** The ABI encoding of a `bytes[]` (already as tails) after its offset: length, offsets, tails. */
function dynamicArrayTail(tails: readonly string[]): string {
  let offsets = ''
  let offset = tails.length * 32
  for (const tail of tails) {
    offsets += word(offset)
    offset += tail.length / 2
  }
  return `${word(tails.length)}${offsets}${tails.join('')}`
}

/** A `bytes` value's encoding: its length, then the bytes right-padded to whole words. */
function bytesTail(hex: string): string {
  const padded = hex.length % 64 === 0 ? hex : hex.padEnd(hex.length + 64 - (hex.length % 64), '0')
  return `${word(hex.length / 2)}${padded}`
}

const stringTail = (text: string): string => bytesTail(Buffer.from(text, 'utf8').toString('hex'))
const word = (value: number | bigint): string => value.toString(16).padStart(64, '0')
/** An address or bytes32 as parsed (0x and 40 or 64 hex digits, checked by the request parser), as a word. */
const address = (value: Hex): string => {
  if (value.length !== 42) throw new BackendUnavailableError(`not an address: ${value}`)
  return value.slice(2).toLowerCase().padStart(64, '0')
}
const bytes32 = (value: Hex): string => {
  if (value.length !== 66) throw new BackendUnavailableError(`not a bytes32: ${value}`)
  return value.slice(2).toLowerCase()
}

const staticCallsSelector = toFunctionSelector(getAbiItem({ abi: staticCallBatchAbi, name: 'staticCalls' }) as AbiFunction)

/** The call data of `StaticCallBatch.staticCalls(target, gasPerCall, calls)`, as {@link checkData} by hand. */
export function staticCallsData(target: Address, gasPerCall: bigint, calls: readonly Hex[]): Hex {
  return `${staticCallsSelector}${address(target)}${word(gasPerCall)}${word(3 * 32)}${dynamicArrayTail(calls.map((call) => bytesTail(call.slice(2))))}`
}

/** One request waiting for the next batch: the calls it needs, all read at one block. */
type Waiting = { data: readonly Hex[]; resolve: (read: { head: bigint; block: bigint; outcomes: RpcOutcome[] }) => void; reject: (error: unknown) => void }

/**
 * Decisions read from the KMS contract by `eth_call`, with the check (`isAppAllowed` or
 * `isKmsAllowed`) and `gatewayAppId` pinned to the same block, `head - confirmations`, and the chain
 * id checked by every batch.
 *
 * Requests are coalesced: those that arrive while a batch is on its way to the node (or in the same
 * event-loop turn) wait and leave together in the next JSON-RPC batch, `[eth_chainId,
 * eth_blockNumber, eth_call … @ B]`, with each distinct call once (`gatewayAppId` once for all). B
 * comes from the head the previous batch saw; the batch's own `eth_blockNumber`, answered after every
 * request in it arrived, says whether B is `head - confirmations` now. If it is, every answer
 * stands; if not (a new block, or the first batch), a second batch reads the same calls at the fresh
 * `head - confirmations`. So every answer is read at a block no older than `head - confirmations` at
 * the time its request arrived, and one round trip serves many requests. No answer is kept.
 */
export function createChainBackend(parameters: ChainBackendParameters): AuthBackend {
  const { url, chainId, kms } = parameters
  const depth = BigInt(parameters.confirmations)
  const timeoutMs = parameters.timeoutMs ?? 5_000
  const maxBatch = parameters.maxBatch ?? 256
  const send = parameters.send ?? ((calls: RpcCall[], options: { timeoutMs: number }) => rpcBatch(url, calls, options))
  if (depth < 0n) throw new AppAuthError('confirmations cannot be negative')
  let lastHead: bigint | undefined
  let queue: Waiting[] = []
  const maxInFlight = parameters.maxInFlight ?? 1
  let inFlight = 0
  let scheduled = false

  const batch = async (calls: RpcCall[]): Promise<RpcOutcome[]> => {
    try {
      return await send(calls, { timeoutMs })
    } catch (error) {
      throw new BackendUnavailableError((error as AppAuthError).shortMessage ?? String(error), { cause: error })
    }
  }

  const checkChainId = (outcome: RpcOutcome): void => {
    const actual = Number(hexToBigInt(result(outcome, 'eth_chainId')))
    if (actual !== chainId) throw new BackendUnavailableError(`wrong chain: the RPC serves chain ${actual}, expected ${chainId}`)
  }

  /** The head from `eth_blockNumber`, remembered for the next batch; throws when shallower than the depth. */
  const checkHead = (outcome: RpcOutcome): bigint => {
    const head = hexToBigInt(result(outcome, 'eth_blockNumber'))
    lastHead = head
    if (head < depth) throw new BackendUnavailableError(`the chain (head ${head}) is shallower than ${depth} confirmations`)
    return head
  }

  const at = (data: Hex, block: Hex): RpcCall => ({ method: 'eth_call', params: [{ to: kms, data }, block] })

  // Whether batches read their calls through StaticCallBatch; turned off for good once the node
  // refuses the aggregate call but answers the same calls one by one (no state overrides).
  let aggregating = parameters.aggregate ?? true
  const override = { [staticCallBatchAddress]: { code: staticCallBatchRuntimeBytecode } }

  /** The calls reading `data` at `block`: one aggregate `eth_call`, or one `eth_call` each. */
  const reads = (data: readonly Hex[], block: Hex, aggregate: boolean): RpcCall[] => {
    if (!aggregate) return data.map((item) => at(item, block))
    const call = staticCallsData(kms, gasPerBatchedCall, data)
    return [{ method: 'eth_call', params: [{ to: staticCallBatchAddress, data: call }, block, override] }]
  }

  /**
   * One outcome per item of `data` from the answers to {@link reads}. An item StaticCallBatch could
   * not answer (it reverted or ran out of its gas), or all of them when the aggregate call failed or
   * answered something undecodable, is read again with its own `eth_call` at the same block, so every
   * outcome, answer or refusal, is exactly what the KMS gives to a direct call.
   */
  const settle = async (answers: RpcOutcome[], data: readonly Hex[], block: Hex, aggregate: boolean): Promise<RpcOutcome[]> => {
    if (!aggregate) return answers
    const unpacked = unpack(answers[0]!, data.length)
    const outcomes: (RpcOutcome | undefined)[] = unpacked ?? data.map(() => undefined)
    const missing = outcomes.flatMap((outcome, i) => (outcome === undefined ? [i] : []))
    if (missing.length === 0) return outcomes as RpcOutcome[]
    const [chain, ...again] = await batch([chainIdCall, ...missing.map((i) => at(data[i]!, block))])
    checkChainId(chain!)
    // The node refused the aggregate call yet answers plain calls: it takes no state overrides.
    if (unpacked === undefined && again.some((outcome) => outcome.ok)) aggregating = false
    missing.forEach((i, k) => {
      outcomes[i] = again[k]!
    })
    return outcomes as RpcOutcome[]
  }

  /** Reads the distinct `data` at one block: one round trip when the remembered head is current, two otherwise. */
  const readPinned = async (data: readonly Hex[]): Promise<{ head: bigint; block: bigint; outcomes: RpcOutcome[] }> => {
    const guess = lastHead === undefined ? -1n : lastHead - depth
    let head: bigint
    if (guess >= 0n) {
      const tag = numberToHex(guess)
      const aggregate = aggregating
      const [chain, blockNumber, ...answers] = await batch([chainIdCall, blockNumberCall, ...reads(data, tag, aggregate)])
      checkChainId(chain!)
      head = checkHead(blockNumber!)
      if (head - depth === guess) return { head, block: guess, outcomes: await settle(answers, data, tag, aggregate) }
    } else {
      const [chain, blockNumber] = await batch([chainIdCall, blockNumberCall])
      checkChainId(chain!)
      head = checkHead(blockNumber!)
    }
    const block = head - depth
    const tag = numberToHex(block)
    const aggregate = aggregating
    const [chain, ...answers] = await batch([chainIdCall, ...reads(data, tag, aggregate)])
    checkChainId(chain!)
    return { head, block, outcomes: await settle(answers, data, tag, aggregate) }
  }

  /** Sends what waits as one batch (each distinct call once) and hands every request its outcomes. */
  const flush = async () => {
    scheduled = false
    if (inFlight >= maxInFlight || queue.length === 0) return
    const taken = queue.length > maxBatch ? queue.splice(0, maxBatch) : queue
    if (taken === queue) queue = []
    inFlight += 1
    const index = new Map<Hex, number>()
    for (const waiting of taken) for (const data of waiting.data) if (!index.has(data)) index.set(data, index.size)
    try {
      const read = await readPinned([...index.keys()])
      for (const waiting of taken) waiting.resolve({ ...read, outcomes: waiting.data.map((data) => read.outcomes[index.get(data)!]!) })
    } catch (error) {
      for (const waiting of taken) waiting.reject(error)
    } finally {
      inFlight -= 1
      if (queue.length > 0) schedule()
    }
  }

  const schedule = () => {
    if (scheduled) return
    scheduled = true
    setImmediate(() => void flush())
  }

  const read = (data: readonly Hex[]) =>
    new Promise<{ head: bigint; block: bigint; outcomes: RpcOutcome[] }>((resolve, reject) => {
      queue.push({ data, resolve, reject })
      if (inFlight < maxInFlight) schedule()
    })

  // Every request of a batch shares the one gatewayAppId outcome: decode it once.
  const gatewayAppIds = new WeakMap<RpcOutcome, string>()
  const gatewayAppIdOf = (outcome: RpcOutcome): string => {
    let value = gatewayAppIds.get(outcome)
    if (value === undefined) {
      value = (decode('gatewayAppId', result(outcome, 'gatewayAppId')) as readonly [string])[0]
      gatewayAppIds.set(outcome, value)
    }
    return value
  }

  return {
    async decide(kind, bootInfo) {
      const functionName = checks[kind]
      const { block, outcomes } = await read([checkData(kind, bootInfo), gatewayAppIdData])
      const [isAllowed, reason] = decode(functionName, result(outcomes[0]!, functionName)) as readonly [boolean, string]
      const gatewayAppId = gatewayAppIdOf(outcomes[1]!)
      return { isAllowed, reason, gatewayAppId, blockNumber: block }
    },

    async state() {
      const { head, block, outcomes } = await read([gatewayAppIdData, appImplementationData])
      const [gatewayAppId] = decode('gatewayAppId', result(outcomes[0]!, 'gatewayAppId')) as readonly [string]
      // A KMS without appImplementation() still serves boots; report it as absent.
      const implementation = outcomes[1]!.ok ? (decode('appImplementation', outcomes[1]!.result)[0] as Address) : null
      return { head, blockNumber: block, gatewayAppId, appImplementation: implementation }
    },
  }
}

/**
 * The (ok, returndata) pairs of StaticCallBatch's answer (`bool[]`, `bytes[]`), an item it could not
 * answer as undefined; undefined when the answer is not exactly such a pair of `count` items. Read by
 * hand with every offset and length bounds-checked (backend.test.ts compares it with viem's decoder):
 * viem's generic decoder was a twentieth of the server's CPU. Anything off makes the caller read each
 * call on its own, so a mistake here can cost a round trip, never an answer.
 */
export function unpack(answer: RpcOutcome, count: number): (RpcOutcome | undefined)[] | undefined {
  if (!answer.ok || typeof answer.result !== 'string') return undefined
  const hex = answer.result
  if (!hex.startsWith('0x') || hex.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(hex.slice(2))) return undefined
  const size = (hex.length - 2) / 2
  if (size % 32 !== 0) return undefined
  /** The word at byte `at` as a number, or NaN when it lies outside the data or exceeds 2^32. */
  const word = (at: number): number => {
    if (!Number.isInteger(at) || at < 0 || at + 32 > size) return Number.NaN
    const text = hex.slice(2 + at * 2, 2 + at * 2 + 64)
    return /^0{56}/.test(text) ? Number.parseInt(text.slice(56), 16) : Number.NaN
  }
  const flags = word(0)
  const list = word(32)
  if (word(flags) !== count || word(list) !== count) return undefined
  const outcomes: (RpcOutcome | undefined)[] = []
  for (let i = 0; i < count; i++) {
    const flag = word(flags + 32 + i * 32)
    if (flag !== 0 && flag !== 1) return undefined
    const start = list + 32 + word(list + 32 + i * 32)
    const length = word(start)
    if (Number.isNaN(length) || start + 32 + length > size) return undefined
    outcomes.push(flag === 1 ? { ok: true, result: `0x${hex.slice(2 + (start + 32) * 2, 2 + (start + 32 + length) * 2)}` } : undefined)
  }
  return outcomes
}

export function result(outcome: RpcOutcome, what: string): Hex {
  if (!outcome.ok) throw new BackendUnavailableError(`${what} failed: ${outcome.error.message}`, { details: JSON.stringify(outcome.error) })
  if (typeof outcome.result !== 'string' || !outcome.result.startsWith('0x')) {
    throw new BackendUnavailableError(`${what} returned no hex: ${JSON.stringify(outcome.result)}`)
  }
  return outcome.result as Hex
}

/** Decodes a KMS function's return values (as an array, like viem's decodeAbiParameters). */
export function decode(functionName: keyof typeof kmsFunctions, data: unknown): readonly unknown[] {
  try {
    return decodeAbiParameters(kmsFunctions[functionName].item.outputs, data as Hex)
  } catch (error) {
    // "0x" is what a block without the KMS's code answers; anything else is the wrong ABI.
    throw new BackendUnavailableError(`cannot decode ${functionName}: ${data === '0x' ? 'no contract at the KMS address' : 'unexpected return data'}`, {
      cause: error,
    })
  }
}
