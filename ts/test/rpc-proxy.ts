// A JSON-RPC proxy for tests: forwards to a node, counts HTTP requests and calls, and lets a test
// refuse calls the way public providers do (eth_getLogs over too wide a range). Test code only.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

type JsonRpcRequest = { jsonrpc: '2.0'; id: unknown; method: string; params?: unknown[] }
type JsonRpcError = { code: number; message: string }

export type RpcProxy = {
  url: string
  /** HTTP requests received (a batch counts once). */
  requests: number
  /** JSON-RPC calls received, by method. */
  calls: Map<string, number>
  /** Calls the proxy refused. */
  refused: number
  close: () => Promise<void>
}

export type StartRpcProxyParameters = {
  upstream: string
  /** Returns an error to answer instead of forwarding the call, or undefined to forward it. */
  refuse?: ((call: JsonRpcRequest) => JsonRpcError | undefined) | undefined
}

export async function startRpcProxy({ upstream, refuse }: StartRpcProxyParameters): Promise<RpcProxy> {
  const proxy: RpcProxy = { url: '', requests: 0, calls: new Map(), refused: 0, close: async () => {} }
  const server: Server = createServer(async (request, response) => {
    proxy.requests += 1
    const chunks: Buffer[] = []
    for await (const chunk of request) chunks.push(chunk as Buffer)
    const payload = JSON.parse(Buffer.concat(chunks).toString('utf8')) as JsonRpcRequest | JsonRpcRequest[]
    const calls = Array.isArray(payload) ? payload : [payload]
    const answers = await Promise.all(
      calls.map(async (call) => {
        proxy.calls.set(call.method, (proxy.calls.get(call.method) ?? 0) + 1)
        const error = refuse?.(call)
        if (error) {
          proxy.refused += 1
          return { jsonrpc: '2.0', id: call.id, error }
        }
        const forwarded = await fetch(upstream, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(call) })
        return (await forwarded.json()) as unknown
      }),
    )
    const text = JSON.stringify(Array.isArray(payload) ? answers : answers[0])
    response.writeHead(200, { 'content-type': 'application/json' })
    response.end(text)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  proxy.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  proxy.close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve())
      server.closeAllConnections()
    })
  return proxy
}
