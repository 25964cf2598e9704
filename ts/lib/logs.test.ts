import { type Address, createClient, custom, http } from 'viem'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { localChain } from './chains'
import { proposeComposeHash } from './manage'
import { deployTimelock, hex32, startTestChain, type TestChain } from '../test/chain'
import { findDeploymentBlock, getLogsPaged } from './logs'
import { devRpc } from './dev-rpc'

describe('getLogsPaged', () => {
  let chain: TestChain
  let app: Address
  let deployedAt: bigint
  beforeAll(async () => {
    chain = await startTestChain()
    // A few empty blocks first, so the deployment block is not block 1.
    for (let i = 0; i < 5; i++) await devRpc(chain.client)({ method: 'evm_mine', params: [] })
    app = await deployTimelock(chain.client)
    deployedAt = 6n
    for (const byte of ['a1', 'a2', 'a3', 'a4']) await proposeComposeHash(chain.client, { address: app, composeHash: hex32(byte) })
  })
  afterAll(() => chain?.stop())

  /** A client whose RPC refuses log ranges wider than `limit` blocks, as public Base endpoints do. */
  function limitedClient(limit: bigint, requests: [bigint, bigint][]) {
    const upstream = http(chain.url)({ chain: localChain })
    return createClient({
      chain: localChain,
      transport: custom({
        async request({ method, params }) {
          if (method === 'eth_getLogs') {
            const [{ fromBlock, toBlock }] = params as [{ fromBlock: string; toBlock: string }]
            const range: [bigint, bigint] = [BigInt(fromBlock), BigInt(toBlock)]
            requests.push(range)
            if (range[1] - range[0] + 1n > limit) throw new Error(`block range too large (max ${limit})`)
          }
          return upstream.request({ method, params } as never)
        },
      }, { retryCount: 0 }),
    })
  }

  it('halves a refused page until the RPC accepts it, and keeps the smaller size', async () => {
    const requests: [bigint, bigint][] = []
    const logs = await getLogsPaged(limitedClient(3n, requests), { address: app, fromBlock: 0n, toBlock: 10n, pageSize: 16n })
    const direct = await getLogsPaged(chain.client, { address: app, fromBlock: 0n, toBlock: 10n })
    expect(logs).toEqual(direct)
    // Deployment: three policy events, each with PolicyChanged, the notice and the owner; then 4 proposals.
    expect(logs.length).toBe(8 + 4)
    // Blocks 0-10 (refused) -> 0-4 (refused) -> 0-1, then pages of two blocks after that.
    expect(requests.slice(0, 3).map(([from, to]) => to - from + 1n)).toEqual([11n, 5n, 2n])
    expect(requests.slice(3).every(([from, to]) => to - from + 1n <= 2n)).toBe(true)
  })

  it('gives up on a single block the RPC refuses', async () => {
    await expect(getLogsPaged(limitedClient(0n, []), { address: app, fromBlock: 0n, toBlock: 2n })).rejects.toThrow('block range too large')
  })

  it('finds the deployment block by bisection', async () => {
    expect(await findDeploymentBlock(chain.client, { address: app })).toBe(deployedAt)
  })
})
