import type { Address } from 'viem'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { deployTimelock, startTestChain, type TestChain } from '../test/chain'
import { readEip712Domain } from './eip712'
import { deployOptOutRegistry } from './optout'

describe('readEip712Domain', () => {
  let chain: TestChain
  let registry: Address
  beforeAll(async () => {
    chain = await startTestChain()
    const app = await deployTimelock(chain.client)
    registry = (await deployOptOutRegistry(chain.client, { app })).address
  })
  afterAll(() => chain?.stop())

  it("reads the domain the contract declares, with only the fields its ERC-5267 bitmap names (no salt)", async () => {
    const domain = await readEip712Domain(chain.client, { address: registry })
    expect(domain).toEqual({ name: 'OptOutRegistry', version: '1', chainId: 31337, verifyingContract: registry })
  })

  it('fails on a contract without eip712Domain()', async () => {
    const app = await deployTimelock(chain.client)
    await expect(readEip712Domain(chain.client, { address: app })).rejects.toThrow()
  })
})
