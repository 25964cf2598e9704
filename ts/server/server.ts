import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { type Address, getAddress } from 'viem'
import type { AuthBackend, BootAuthKind } from './backend'
import { bootAuthLimits, parseBootAuthRequest } from './request'

/** The body of every `/bootAuth/*` answer, as dstack's auth-eth returns it. */
export type BootAuthResponse = { isAllowed: boolean; reason: string; gatewayAppId: string }

/** Answer to a request the server cannot read (HTTP 400, or 413 when too large). */
export const invalidRequest: BootAuthResponse = { isAllowed: false, reason: 'invalid authorization request', gatewayAppId: '' }

/** Answer to every backend fault (HTTP 200, so the KMS records a denial rather than an outage). */
export const backendUnavailable: BootAuthResponse = { isAllowed: false, reason: 'authorization backend unavailable', gatewayAppId: '' }

/** What the server says about itself on `GET /`. */
export type ServiceInfo = {
  chainId: number
  kms: Address
  confirmations: number
  version: string
}

/** One served request, for logs: a decision, a refused request, or a backend fault. */
export type AuthServerEvent =
  | { type: 'decision'; kind: BootAuthKind; isAllowed: boolean; reason: string; blockNumber: bigint; appId: Address }
  | { type: 'invalid'; path: string; error: unknown }
  | { type: 'fault'; path: string; error: unknown }

export type AuthRequestHandlerParameters = {
  backend: AuthBackend
  info: ServiceInfo
  /** Largest request body accepted, bytes (default {@link bootAuthLimits.bodyBytes}). */
  maxBodyBytes?: number | undefined
  onEvent?: ((event: AuthServerEvent) => void) | undefined
}

const routes: Record<string, BootAuthKind> = { '/bootAuth/app': 'app', '/bootAuth/kms': 'kms' }

/**
 * The request handler of a dstack-compatible auth webhook: `GET /` for service information,
 * `POST /bootAuth/app` and `POST /bootAuth/kms` for boot decisions. It fails closed: a request it
 * cannot read is a 400 denial, and anything that goes wrong behind it (the backend throws for any
 * RPC fault, wrong chain, shallow chain or revert) is a 200 denial with the reason
 * "authorization backend unavailable". Nothing is cached: every request asks the backend.
 */
export function createAuthRequestHandler(parameters: AuthRequestHandlerParameters): (request: IncomingMessage, response: ServerResponse) => void {
  const { backend, info, onEvent } = parameters
  const maxBodyBytes = parameters.maxBodyBytes ?? bootAuthLimits.bodyBytes

  const serveInfo = async (response: ServerResponse) => {
    const fields = { name: 'appauth serve', version: info.version, chainId: info.chainId, kmsContractAddr: info.kms, confirmations: info.confirmations }
    try {
      const state = await backend.state()
      send(response, 200, {
        status: 'ok',
        ...fields,
        head: Number(state.head),
        blockNumber: Number(state.blockNumber),
        gatewayAppId: state.gatewayAppId,
        appImplementation: state.appImplementation,
        // dstack's auth-eth reports it under both names.
        appAuthImplementation: state.appImplementation,
      })
    } catch (error) {
      onEvent?.({ type: 'fault', path: '/', error })
      send(response, 503, { status: 'unavailable', ...fields, reason: backendUnavailable.reason })
    }
  }

  const serveBootAuth = async (request: IncomingMessage, response: ServerResponse, path: string, kind: BootAuthKind) => {
    let body: unknown
    try {
      body = JSON.parse(await readBody(request, maxBodyBytes))
    } catch (error) {
      onEvent?.({ type: 'invalid', path, error })
      // A body too large is answered before it is read to the end; the connection cannot be reused.
      if (error instanceof BodyTooLargeError) return send(response, 413, invalidRequest, { connection: 'close' })
      return send(response, 400, invalidRequest)
    }
    let bootInfo
    try {
      bootInfo = parseBootAuthRequest(body)
    } catch (error) {
      onEvent?.({ type: 'invalid', path, error })
      return send(response, 400, invalidRequest)
    }
    try {
      const decision = await backend.decide(kind, bootInfo)
      const { appId } = bootInfo
      onEvent?.({
        type: 'decision',
        kind,
        isAllowed: decision.isAllowed,
        reason: decision.reason,
        blockNumber: decision.blockNumber,
        // Checksummed only when a listener reads it (the parser leaves addresses in lower case).
        get appId() {
          return getAddress(appId)
        },
      })
      send(response, 200, { isAllowed: decision.isAllowed, reason: decision.reason, gatewayAppId: decision.gatewayAppId } satisfies BootAuthResponse)
    } catch (error) {
      onEvent?.({ type: 'fault', path, error })
      send(response, 200, backendUnavailable)
    }
  }

  return (request, response) => {
    // The KMS asks for a route exactly; only other targets need a URL parsed.
    const target = request.url ?? '/'
    const path = target === '/' || Object.hasOwn(routes, target) ? target : new URL(target, 'http://localhost').pathname
    const kind = routes[path]
    let served: Promise<void>
    if (path === '/') {
      served = request.method === 'GET' || request.method === 'HEAD' ? serveInfo(response) : notAllowed(response, 'GET')
    } else if (kind) {
      served = request.method === 'POST' ? serveBootAuth(request, response, path, kind) : notAllowed(response, 'POST')
    } else {
      send(response, 404, { error: `no route ${path}: use GET /, POST /bootAuth/app or POST /bootAuth/kms` })
      return
    }
    served.catch((error: unknown) => {
      // Only a bug gets here; still answer with a denial rather than leave the KMS waiting.
      onEvent?.({ type: 'fault', path, error })
      if (!response.headersSent) send(response, kind ? 200 : 500, kind ? backendUnavailable : { status: 'error' })
      else response.destroy()
    })
  }
}

export type StartAuthServerParameters = AuthRequestHandlerParameters & {
  /** Interface to listen on (default 127.0.0.1: loopback only). */
  host?: string | undefined
  /** Port (default 0: a free one). */
  port?: number | undefined
}

export type AuthServer = {
  url: string
  port: number
  server: Server
  /** Stops accepting, closes idle keep-alive connections and waits for the rest. */
  close: () => Promise<void>
}

/** Starts the auth webhook and resolves once it listens. */
export async function startAuthServer({ host = '127.0.0.1', port = 0, ...parameters }: StartAuthServerParameters): Promise<AuthServer> {
  const server = createServer({ keepAliveTimeout: 30_000 }, createAuthRequestHandler(parameters))
  // A KMS posting slowly must not hold a socket for ever.
  server.requestTimeout = 30_000
  server.headersTimeout = 10_000
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const address = server.address() as AddressInfo
  const hostInUrl = address.family === 'IPv6' ? `[${address.address}]` : address.address
  return {
    url: `http://${hostInUrl}:${address.port}`,
    port: address.port,
    server,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeIdleConnections()
      }),
  }
}

class BodyTooLargeError extends Error {}

function readBody(request: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(request.headers['content-length'])
  if (Number.isFinite(declared) && declared > limit) return Promise.reject(new BodyTooLargeError())
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    request.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) {
        request.removeAllListeners('data')
        request.resume()
        reject(new BodyTooLargeError())
        return
      }
      chunks.push(chunk)
    })
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    request.on('error', reject)
  })
}

async function notAllowed(response: ServerResponse, allow: string): Promise<void> {
  send(response, 405, { error: `method not allowed: use ${allow}` }, { allow })
}

function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body)
  response.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers })
  response.end(text)
}
