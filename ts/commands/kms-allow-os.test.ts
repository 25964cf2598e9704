import { readContract } from 'viem/actions'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { localKmsAbi } from '../generated/contracts'
import { devPrivateKey } from '../lib/local-chain'
import { activity, deployKms, hex32, startTestChain, type TestChain } from '../test/chain'
import { runCli } from '../test/cli'

describe('appauth kms allow-os', () => {
  let chain: TestChain
  let kms: `0x${string}`
  const cli = (...argv: string[]) => runCli([...chain.rpcArgs, ...argv], { cwd: chain.dir })

  beforeAll(async () => {
    chain = await startTestChain()
    kms = await deployKms(chain.client)
  })
  afterAll(() => chain?.stop())

  it('allows an OS image hash on the KMS', async () => {
    const { code, json } = await cli('--json', 'kms', 'allow-os', hex32('05'), '--kms', kms)
    expect(code).toBe(0)
    expect(json()).toMatchObject({ kms, osImageHash: hex32('05') })
    expect(await readContract(chain.client, { address: kms, abi: localKmsAbi, functionName: 'allowedOsImages', args: [hex32('05')] })).toBe(true)
  })

  it("names OpenZeppelin's error for a caller that is not the KMS owner, and sends nothing", async () => {
    const other = await chain.clientFor(4)
    const before = await activity(chain.client, other.account!.address)
    const { code, stderr } = await runCli(['--rpc', chain.url, '--private-key', devPrivateKey(4), 'kms', 'allow-os', hex32('06'), '--kms', kms], { cwd: chain.dir })
    expect(code).toBe(2)
    expect(stderr).toBe(`error: addOsImageHash would revert: OwnableUnauthorizedAccount(account ${other.account!.address})\n`)
    expect(await activity(chain.client, other.account!.address)).toEqual(before)
  })

  it('refuses an address without code as the KMS', async () => {
    const { code, stderr } = await cli('kms', 'allow-os', hex32('05'), '--kms', chain.address)
    expect(code).toBe(2)
    expect(stderr).toBe(`error: ${chain.address} is not a contract, so not a KMS (no code at that address)\n`)
  })
})
