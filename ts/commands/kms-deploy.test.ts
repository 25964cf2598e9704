import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { readContract } from 'viem/actions'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { localKmsAbi } from '../generated/contracts'
import { startTestChain, type TestChain } from '../test/chain'
import { runCli } from '../test/cli'

describe('appauth kms deploy', () => {
  let chain: TestChain
  const cli = (...argv: string[]) => runCli([...chain.rpcArgs, ...argv], { cwd: chain.dir })

  beforeAll(async () => {
    chain = await startTestChain()
  })
  afterAll(() => chain?.stop())

  it('deploys a LocalKms owned by the signer and records it as "kms"', async () => {
    const { code, json } = await cli('--json', 'kms', 'deploy')
    expect(code).toBe(0)
    const out = json()
    expect(Object.keys(out).sort()).toEqual(['address', 'blockNumber', 'chainId', 'name', 'owner', 'transactionHash'])
    expect(out).toMatchObject({ name: 'kms', chainId: 31337, owner: chain.address })
    expect(await readContract(chain.client, { address: out.address, abi: localKmsAbi, functionName: 'owner' })).toBe(chain.address)
    const records = JSON.parse(readFileSync(join(chain.dir, 'deployments/31337.json'), 'utf8'))
    expect(records.kms).toMatchObject({ variant: 'kms', address: out.address })
  })

  it('takes another owner and name', async () => {
    const other = (await chain.clientFor(2)).account!.address
    const { code, stdout } = await cli('kms', 'deploy', '--owner', other, '--name', 'kms-b')
    expect(code).toBe(0)
    expect(stdout).toMatch(/^deployed LocalKms "kms-b" at 0x[0-9a-fA-F]{40}\n/)
    expect(stdout).toContain(`owner        ${other}`)
  })
})
