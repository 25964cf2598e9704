import { AppAuthError } from '../lib/errors'

/** One JSON-RPC call of a batch. */
export type RpcCall = { method: string; params: readonly unknown[] }

/** What the node answered to one call: its result, or its JSON-RPC error. */
export type RpcOutcome = { ok: true; result: unknown } | { ok: false; error: { code: number; message: string; data?: unknown } }

/** The node could not be asked, or answered something that is no JSON-RPC batch response. */
export class RpcTransportError extends AppAuthError {
  override name = 'RpcTransportError'
}

export type RpcBatchOptions = {
  /** Abandon the request after this many milliseconds. */
  timeoutMs: number
}

type RpcAnswer = { id?: unknown; result?: unknown; error?: { code: number; message: string; data?: unknown } } | null

let nextId = 1

/**
 * Sends `calls` as one JSON-RPC batch (one HTTP request, one round trip) and returns the outcome of
 * each call in the order given. A call the node refused is an outcome, not an exception; only a
 * failed request (network, HTTP status, timeout, malformed answer) throws {@link RpcTransportError}.
 */
export async function rpcBatch(url: string, calls: readonly RpcCall[], { timeoutMs }: RpcBatchOptions): Promise<RpcOutcome[]> {
  const first = nextId
  nextId += calls.length
  if (nextId > Number.MAX_SAFE_INTEGER - 1_000_000) nextId = 1
  const body = JSON.stringify(calls.map((call, i) => ({ jsonrpc: '2.0', id: first + i, method: call.method, params: call.params })))

  let response: Response
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      signal: AbortSignal.timeout(timeoutMs),
    })
  } catch (error) {
    throw new RpcTransportError(`RPC request failed: ${(error as Error).message}`, { cause: error })
  }
  const text = await response.text().catch((error: unknown) => {
    throw new RpcTransportError(`RPC response could not be read: ${(error as Error).message}`, { cause: error })
  })
  if (!response.ok) throw new RpcTransportError(`RPC answered HTTP ${response.status}`, { details: text.slice(0, 500) })

  let answers: unknown
  try {
    answers = JSON.parse(text)
  } catch (error) {
    throw new RpcTransportError('RPC answered something that is not JSON', { details: text.slice(0, 500), cause: error })
  }
  // A node that does not take batches answers one error object for the whole request.
  if (!Array.isArray(answers)) throw new RpcTransportError('RPC did not answer the batch', { details: text.slice(0, 500) })

  const byId = new Map<number, RpcOutcome>()
  for (const answer of answers as RpcAnswer[]) {
    if (typeof answer?.id !== 'number') continue
    byId.set(answer.id, answer.error ? { ok: false, error: answer.error } : { ok: true, result: answer.result })
  }
  return calls.map((call, i) => {
    const outcome = byId.get(first + i)
    if (!outcome) throw new RpcTransportError(`RPC left ${call.method} unanswered in the batch`)
    return outcome
  })
}
