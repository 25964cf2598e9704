import { Agent as HttpAgent, request as httpRequest } from 'node:http'
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https'
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

/** Keep-alive agents per origin: a batch reuses the connection the previous one opened. */
const agents = new Map<string, HttpAgent>()

/**
 * Sends `calls` as one JSON-RPC batch (one HTTP request, one round trip) and returns the outcome of
 * each call in the order given. A call the node refused is an outcome, not an exception; only a
 * failed request (network, HTTP status, timeout, malformed answer) throws {@link RpcTransportError}.
 *
 * Sent with node:http over a keep-alive agent rather than fetch: the auth server sends a batch per
 * event-loop turn, and fetch costs it several times the CPU per batch (ts/server/README.md).
 */
export function rpcBatch(url: string, calls: readonly RpcCall[], { timeoutMs }: RpcBatchOptions): Promise<RpcOutcome[]> {
  return sendBatch(calls, (body) => post(url, body, timeoutMs))
}

/**
 * The transport-independent half of {@link rpcBatch}: numbers the calls, hands the batch body to
 * `send` (which POSTs it and returns the HTTP status and body) and reads the answer back, one outcome
 * per call in order. A failure of `send` becomes {@link RpcTransportError}.
 */
export async function sendBatch(calls: readonly RpcCall[], send: (body: string) => Promise<{ status: number; text: string }>): Promise<RpcOutcome[]> {
  const first = nextId
  nextId += calls.length
  if (nextId > Number.MAX_SAFE_INTEGER - 1_000_000) nextId = 1
  const body = JSON.stringify(calls.map((call, i) => ({ jsonrpc: '2.0', id: first + i, method: call.method, params: call.params })))

  let status: number
  let text: string
  try {
    ;({ status, text } = await send(body))
  } catch (error) {
    throw new RpcTransportError(`RPC request failed: ${(error as Error).message}`, { cause: error })
  }
  if (status < 200 || status > 299) throw new RpcTransportError(`RPC answered HTTP ${status}`, { details: text.slice(0, 500) })

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

/** Where and how to POST for one RPC URL, worked out once: parsing the URL per batch showed in profiles. */
type Target = { secure: boolean; options: { protocol: string; hostname: string; port: string; path: string; auth?: string; agent: HttpAgent } }
const targets = new Map<string, Target>()

function targetOf(url: string): Target {
  let target = targets.get(url)
  if (!target) {
    const parsed = new URL(url)
    const secure = parsed.protocol === 'https:'
    if (!secure && parsed.protocol !== 'http:') throw new Error(`unsupported RPC URL scheme ${parsed.protocol}`)
    let agent = agents.get(parsed.origin)
    if (!agent) {
      agent = secure ? new HttpsAgent({ keepAlive: true }) : new HttpAgent({ keepAlive: true })
      agents.set(parsed.origin, agent)
    }
    const auth = parsed.username || parsed.password ? `${decodeURIComponent(parsed.username)}:${decodeURIComponent(parsed.password)}` : undefined
    // node:http wants the hostname of an IPv6 literal without its brackets.
    const hostname = parsed.hostname.startsWith('[') ? parsed.hostname.slice(1, -1) : parsed.hostname
    target = { secure, options: { protocol: parsed.protocol, hostname, port: parsed.port, path: `${parsed.pathname}${parsed.search}`, ...(auth ? { auth } : {}), agent } }
    targets.set(url, target)
  }
  return target
}

/** POSTs a JSON body and reads the whole answer; rejects on a network error or after `timeoutMs`. */
function post(url: string, body: string, timeoutMs: number): Promise<{ status: number; text: string }> {
  let target: Target
  try {
    target = targetOf(url)
  } catch (error) {
    return Promise.reject(error)
  }
  return new Promise((resolve, reject) => {
    // One timer per batch rather than an AbortSignal.timeout, which cost more than the timer itself.
    const timer = setTimeout(() => request.destroy(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs)
    const fail = (error: Error) => {
      clearTimeout(timer)
      reject(error)
    }
    const request = (target.secure ? httpsRequest : httpRequest)(
      { ...target.options, method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.once('error', fail)
        response.once('end', () => {
          clearTimeout(timer)
          resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') })
        })
      },
    )
    request.once('error', fail)
    request.end(body)
  })
}
