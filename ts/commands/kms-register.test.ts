import type { Address } from 'viem'
import { readContract } from 'viem/actions'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { localKmsAbi } from '../generated/contracts'
import { activity, deployKms, deployTimelock, startTestChain, type TestChain } from '../test/chain'
import { runCli } from '../test/cli'

describe('appauth kms register', () => {
  let chain: TestChain
  let kms: Address
  let app: Address
  const cli = (...argv: string[]) => runCli([...chain.rpcArgs, ...argv], { cwd: chain.dir })

  beforeAll(async () => {
    chain = await startTestChain()
    kms = await deployKms(chain.client)
    app = await deployTimelock(chain.client)
  })
  afterAll(() => chain?.stop())

  it('registers an AppAuth with the KMS', async () => {
    const { code, json } = await cli('--json', 'kms', 'register', app, '--kms', kms)
    expect(code).toBe(0)
    expect(json()).toMatchObject({ kms, app })
    expect(await readContract(chain.client, { address: kms, abi: localKmsAbi, functionName: 'registeredApps', args: [app] })).toBe(true)
  })

  it('refuses to register something that is not an AppAuth', async () => {
    const before = await activity(chain.client)
    const { code, stderr } = await cli('kms', 'register', chain.address, '--kms', kms)
    expect(code).toBe(2)
    expect(stderr).toBe(`error: ${chain.address} is not a contract (no code at that address)\n`)
    expect(await activity(chain.client)).toEqual(before)
  })
})
