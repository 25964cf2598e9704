// One auth server for `npm run bench:server`, in a process of its own so that its CPU time is its
// own: started by ts/bench/auth-server.ts with the backend to use, it reports its port over IPC and
// answers "cpu" with process.cpuUsage(). Bench code only.
import { type Address, createClient, http } from 'viem'
import { type AuthBackend, createChainBackend } from '../server/backend'
import type { RpcCall, RpcOutcome } from '../server/rpc'
import { startAuthServer } from '../server/server'
import { createPerRequestBackend } from './per-request-backend'
import { naiveBackend } from './naive-backend'

const [name, url, kms, confirmationsText] = process.argv.slice(2) as [string, string, Address, string]
const confirmations = Number(confirmationsText)
const chainId = 31_337

/** viem's http transport with batching: the calls issued in one turn of the event loop leave as one batch. */
function viemSend(): (calls: RpcCall[]) => Promise<RpcOutcome[]> {
  const client = createClient({ transport: http(url, { batch: { batchSize: 10_000, wait: 0 }, retryCount: 0 }) })
  return async (calls) =>
    (await Promise.allSettled(calls.map((call) => client.request({ method: call.method as never, params: call.params as never }, { dedupe: false, retryCount: 0 })))).map(
      (settled): RpcOutcome =>
        settled.status === 'fulfilled'
          ? { ok: true, result: settled.value }
          : { ok: false, error: { code: (settled.reason as { code?: number }).code ?? -1, message: (settled.reason as Error).message } },
    )
}

const backend: AuthBackend =
  name === 'coalesced'
    ? createChainBackend({ url, chainId, kms, confirmations, maxInFlight: Number(process.env.BENCH_IN_FLIGHT ?? 1) })
    : name === 'coalesced-per-call'
      ? createChainBackend({ url, chainId, kms, confirmations, aggregate: false })
      : name === 'coalesced-viem'
        ? createChainBackend({ url, chainId, kms, confirmations, send: viemSend() })
        : name === 'per-request'
          ? createPerRequestBackend({ url, chainId, kms, confirmations })
          : naiveBackend(url, chainId, kms, confirmations)

const server = await startAuthServer({ backend, info: { chainId, kms, confirmations, version: 'bench' } })
process.on('message', (message) => {
  if (message === 'cpu') process.send!({ cpu: process.cpuUsage() })
  if (message === 'stop') void server.close().then(() => process.exit(0))
})
process.send!({ port: server.port })
