import { type Address, decodeFunctionResult, encodeFunctionData, type Hex, hexToBigInt, numberToHex } from 'viem'
import { localKmsAbi } from '../generated/contracts'
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
  /**
   * How many blocks older than `head - confirmations` a read may be and still count (default 0:
   * exactly that block). See {@link createChainBackend} on how the block is chosen.
   */
  maxLagBlocks?: number | undefined
}

const checks = { app: 'isAppAllowed', kms: 'isKmsAllowed' } as const
const gatewayAppIdData = encodeFunctionData({ abi: localKmsAbi, functionName: 'gatewayAppId' })
const appImplementationData = encodeFunctionData({ abi: localKmsAbi, functionName: 'appImplementation' })
const chainIdCall: RpcCall = { method: 'eth_chainId', params: [] }
const blockNumberCall: RpcCall = { method: 'eth_blockNumber', params: [] }

/**
 * Decisions read from the KMS contract by `eth_call`, with the check (`isAppAllowed` or
 * `isKmsAllowed`) and `gatewayAppId` pinned to the same block, `head - confirmations`, and the chain
 * id checked on every request.
 *
 * One round trip per request in the steady state: the block to read at is not known before the head
 * is, so each request sends one JSON-RPC batch `[eth_chainId, eth_blockNumber, eth_call(check) @ B,
 * eth_call(gatewayAppId) @ B]` where B comes from the head the previous request saw. The batch's own
 * `eth_blockNumber` then says whether B was right: if `head - confirmations` is B (or at most
 * `maxLagBlocks` older), the answer stands; otherwise (a new block arrived, or this is the first
 * request) a second batch reads both at the fresh `head - confirmations`. A head is only ever used to
 * choose a block and is re-checked by every request; no decision is kept.
 */
export function createChainBackend(parameters: ChainBackendParameters): AuthBackend {
  const { url, chainId, kms } = parameters
  const depth = BigInt(parameters.confirmations)
  const maxLag = BigInt(parameters.maxLagBlocks ?? 0)
  const timeoutMs = parameters.timeoutMs ?? 5_000
  if (depth < 0n) throw new AppAuthError('confirmations cannot be negative')
  let lastHead: bigint | undefined

  const batch = async (calls: RpcCall[]): Promise<RpcOutcome[]> => {
    try {
      return await rpcBatch(url, calls, { timeoutMs })
    } catch (error) {
      throw new BackendUnavailableError((error as AppAuthError).shortMessage ?? String(error), { cause: error })
    }
  }

  const checkChainId = (outcome: RpcOutcome): void => {
    const actual = Number(hexToBigInt(result(outcome, 'eth_chainId')))
    if (actual !== chainId) throw new BackendUnavailableError(`wrong chain: the RPC serves chain ${actual}, expected ${chainId}`)
  }

  /** The head from `eth_blockNumber`, remembered for the next request; throws when shallower than the depth. */
  const checkHead = (outcome: RpcOutcome): bigint => {
    const head = hexToBigInt(result(outcome, 'eth_blockNumber'))
    lastHead = head
    if (head < depth) throw new BackendUnavailableError(`the chain (head ${head}) is shallower than ${depth} confirmations`)
    return head
  }

  const at = (data: Hex, block: bigint): RpcCall => ({ method: 'eth_call', params: [{ to: kms, data }, numberToHex(block)] })

  /** Reads `data` and `extra` at one block: one round trip when the remembered head is current, two otherwise. */
  const readPinned = async (data: Hex, extra: Hex): Promise<{ head: bigint; block: bigint; outcomes: RpcOutcome[] }> => {
    const guess = lastHead === undefined ? -1n : lastHead - depth
    let head: bigint
    if (guess >= 0n) {
      const [chain, blockNumber, ...outcomes] = await batch([chainIdCall, blockNumberCall, at(data, guess), at(extra, guess)])
      checkChainId(chain!)
      head = checkHead(blockNumber!)
      const lag = head - depth - guess
      if (lag >= 0n && lag <= maxLag) return { head, block: guess, outcomes }
    } else {
      const [chain, blockNumber] = await batch([chainIdCall, blockNumberCall])
      checkChainId(chain!)
      head = checkHead(blockNumber!)
    }
    const block = head - depth
    const [chain, ...outcomes] = await batch([chainIdCall, at(data, block), at(extra, block)])
    checkChainId(chain!)
    return { head, block, outcomes }
  }

  return {
    async decide(kind, bootInfo) {
      const functionName = checks[kind]
      const data = encodeFunctionData({ abi: localKmsAbi, functionName, args: [bootInfo] })
      const { block, outcomes } = await readPinned(data, gatewayAppIdData)
      const [isAllowed, reason] = decode(functionName, result(outcomes[0]!, functionName)) as readonly [boolean, string]
      const gatewayAppId = decode('gatewayAppId', result(outcomes[1]!, 'gatewayAppId')) as string
      return { isAllowed, reason, gatewayAppId, blockNumber: block }
    },

    async state() {
      const { head, block, outcomes } = await readPinned(gatewayAppIdData, appImplementationData)
      const gatewayAppId = decode('gatewayAppId', result(outcomes[0]!, 'gatewayAppId')) as string
      // A KMS without appImplementation() still serves boots; report it as absent.
      const implementation = outcomes[1]!.ok ? (decode('appImplementation', outcomes[1]!.result) as Address) : null
      return { head, blockNumber: block, gatewayAppId, appImplementation: implementation }
    },
  }
}

function result(outcome: RpcOutcome, what: string): Hex {
  if (!outcome.ok) throw new BackendUnavailableError(`${what} failed: ${outcome.error.message}`, { details: JSON.stringify(outcome.error) })
  if (typeof outcome.result !== 'string' || !outcome.result.startsWith('0x')) {
    throw new BackendUnavailableError(`${what} returned no hex: ${JSON.stringify(outcome.result)}`)
  }
  return outcome.result as Hex
}

function decode(functionName: 'isAppAllowed' | 'isKmsAllowed' | 'gatewayAppId' | 'appImplementation', data: unknown): unknown {
  try {
    return decodeFunctionResult({ abi: localKmsAbi, functionName, data: data as Hex })
  } catch (error) {
    // "0x" is what a block without the KMS's code answers; anything else is the wrong ABI.
    throw new BackendUnavailableError(`cannot decode ${functionName}: ${data === '0x' ? 'no contract at the KMS address' : 'unexpected return data'}`, {
      cause: error,
    })
  }
}
