// The auth server's previous chain backend, kept for `npm run bench:server` as the reference the
// coalescing backend (ts/server/backend.ts) is measured against. Bench code only.
import { encodeFunctionData, type Hex, hexToBigInt, numberToHex } from 'viem'
import { localKmsAbi } from '../generated/contracts'
import { AppAuthError } from '../lib/errors'
import {
  type AuthBackend,
  appImplementationData,
  BackendUnavailableError,
  blockNumberCall,
  type ChainBackendParameters,
  chainIdCall,
  decode,
  gatewayAppIdData,
  result,
} from '../server/backend'
import { type RpcCall, type RpcOutcome, sendBatch } from '../server/rpc'

const checks = { app: 'isAppAllowed', kms: 'isKmsAllowed' } as const

/**
 * One JSON-RPC batch per request in the steady state, `[eth_chainId, eth_blockNumber, eth_call(check)
 * @ B, eth_call(gatewayAppId) @ B]` with B from the head the previous request saw, and a second
 * batch at the fresh `head - confirmations` when that head has moved on. Requests never share a batch.
 */
export function createPerRequestBackend(parameters: ChainBackendParameters): AuthBackend {
  const { url, chainId, kms } = parameters
  const depth = BigInt(parameters.confirmations)
  const timeoutMs = parameters.timeoutMs ?? 5_000
  let lastHead: bigint | undefined

  const batch = async (calls: RpcCall[]): Promise<RpcOutcome[]> => {
    try {
      return await fetchBatch(url, calls, { timeoutMs })
    } catch (error) {
      throw new BackendUnavailableError((error as AppAuthError).shortMessage ?? String(error), { cause: error })
    }
  }
  const checkChainId = (outcome: RpcOutcome): void => {
    if (Number(hexToBigInt(result(outcome, 'eth_chainId'))) !== chainId) throw new BackendUnavailableError('wrong chain')
  }
  const checkHead = (outcome: RpcOutcome): bigint => {
    const head = hexToBigInt(result(outcome, 'eth_blockNumber'))
    lastHead = head
    if (head < depth) throw new BackendUnavailableError(`the chain (head ${head}) is shallower than ${depth} confirmations`)
    return head
  }
  const at = (data: Hex, block: bigint): RpcCall => ({ method: 'eth_call', params: [{ to: kms, data }, numberToHex(block)] })

  const readPinned = async (data: Hex, extra: Hex): Promise<{ head: bigint; block: bigint; outcomes: RpcOutcome[] }> => {
    const guess = lastHead === undefined ? -1n : lastHead - depth
    let head: bigint
    if (guess >= 0n) {
      const [chain, blockNumber, ...outcomes] = await batch([chainIdCall, blockNumberCall, at(data, guess), at(extra, guess)])
      checkChainId(chain!)
      head = checkHead(blockNumber!)
      if (head - depth === guess) return { head, block: guess, outcomes }
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
      const [gatewayAppId] = decode('gatewayAppId', result(outcomes[1]!, 'gatewayAppId')) as readonly [string]
      return { isAllowed, reason, gatewayAppId, blockNumber: block }
    },
    async state() {
      const { head, block, outcomes } = await readPinned(gatewayAppIdData, appImplementationData)
      const [gatewayAppId] = decode('gatewayAppId', result(outcomes[0]!, 'gatewayAppId')) as readonly [string]
      return { head, blockNumber: block, gatewayAppId, appImplementation: null }
    },
  }
}

/** The previous transport, kept with the previous backend: fetch per batch (the batch itself as {@link sendBatch} reads it). */
function fetchBatch(url: string, calls: readonly RpcCall[], { timeoutMs }: { timeoutMs: number }): Promise<RpcOutcome[]> {
  return sendBatch(calls, async (body) => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body, signal: AbortSignal.timeout(timeoutMs) })
    return { status: response.status, text: await response.text() }
  })
}
