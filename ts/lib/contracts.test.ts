import type { Address } from 'viem'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { deployBaseline, deployTimelock, startTestChain, type TestChain } from '../test/chain'
import { getAppAuth, interfaceIds, supportsInterface } from './contracts'

describe('interface ids', () => {
  it("computes dstack's ids from the generated ABIs", () => {
    expect(interfaceIds.appAuth).toBe('0x1e079198')
    expect(interfaceIds.basicManagement).toBe('0x8fd37527')
  })

  describe('against deployed contracts', () => {
    let chain: TestChain
    let timelock: Address
    let baseline: Address
    beforeAll(async () => {
      chain = await startTestChain()
      timelock = await deployTimelock(chain.client)
      baseline = await deployBaseline(chain.client)
    })
    afterAll(() => chain?.stop())

    it('match what each variant answers, and only that', async () => {
      const answers = async (address: Address) =>
        Object.fromEntries(await Promise.all(Object.entries(interfaceIds).map(async ([name, id]) => [name, await supportsInterface(chain.client, address, id)])))
      expect(await answers(timelock)).toEqual({ appAuth: true, basicManagement: false, policy: true, notice: true, ownable: true, multisig: false, optOutRegistry: false })
      expect(await answers(baseline)).toEqual({ appAuth: true, basicManagement: true, policy: true, notice: false, ownable: false, multisig: false, optOutRegistry: false })
    })

    it('detect the variant', async () => {
      expect(await getAppAuth(chain.client, { address: timelock })).toEqual({ address: timelock, variant: 'timelock', hasNotice: true })
      expect(await getAppAuth(chain.client, { address: baseline })).toEqual({ address: baseline, variant: 'baseline', hasNotice: false })
    })
  })
})

describe('the variant table', () => {
  it('names a project build for every variant code can tell apart, and maps each build back to its variant', async () => {
    const { knownBuilds } = await import('./code-identity')
    const { detectedVariants, variantOfBuild, variants } = await import('./contracts')
    const projectBuilds = new Set(knownBuilds.filter((build) => build.origin === 'project').map((build) => build.name))
    for (const variant of detectedVariants()) {
      const build = variants[variant].build
      expect(projectBuilds.has(build), `${variant} runs ${build}`).toBe(true)
      expect(variantOfBuild[build]).toBe(variant)
    }
    // A governor AppAuth is a deployment shape over the timelock or verified build, never detected on its own.
    expect(detectedVariants()).not.toContain('governor')
    expect(Object.keys(variants).sort()).toEqual(['baseline', 'governor', 'multisig', 'timelock', 'verified'])
  })

  it('detects the verified variant ahead of the timelock it extends', async () => {
    const { detectedVariants } = await import('./contracts')
    const order = detectedVariants()
    expect(order.indexOf('verified')).toBeLessThan(order.indexOf('timelock'))
  })
})
