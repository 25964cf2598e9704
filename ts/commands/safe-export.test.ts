import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { type Address, decodeFunctionData, keccak256, toBytes } from 'viem'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { timelockAppAuthAbi } from '../generated/contracts'
import { safeBatchChecksum } from '../lib/safe'
import { deployTimelockAppAuth } from '../lib/deploy'
import { activity, hex32, policy, startTestChain, type TestChain } from '../test/chain'
import { deploySafe } from '../test/safe'
import { runCli } from '../test/cli'

/**
 * The Transaction Builder's checksum computed independently of ts/lib/safe.ts: a canonical form
 * built by hand (an object is `{`, its sorted keys as a JSON array, each value and a comma, `}`),
 * hashed with meta.name nulled. The builder validates an imported file with meta.checksum removed;
 * `keepChecksum` hashes it as given instead, as the builder's own test vector does.
 */
function independentChecksum(batch: Record<string, any>, { keepChecksum = false } = {}): string {
  const canonical = (value: unknown): string => {
    if (value === undefined || value === null) return 'null'
    if (Array.isArray(value)) return '[' + value.map((item) => canonical(item)).join(',') + ']'
    if (typeof value === 'object') {
      const keys = Object.keys(value as object).sort()
      let out = '{' + JSON.stringify(keys)
      for (const key of keys) out += canonical((value as Record<string, unknown>)[key]) + ','
      return out + '}'
    }
    return JSON.stringify(value)
  }
  const meta: Record<string, unknown> = { ...batch.meta, name: null }
  if (!keepChecksum) delete meta.checksum
  return keccak256(toBytes(canonical({ ...batch, meta })))
}

describe('appauth safe-export', () => {
  let chain: TestChain
  let app: Address
  let safe: Address
  const cli = (...argv: string[]) => runCli([...chain.rpcArgs, ...argv], { cwd: chain.dir })

  beforeAll(async () => {
    chain = await startTestChain()
    // A real Safe owns the app: the export checks it is one and simulates the call from it.
    safe = await deploySafe(chain.client, { owners: [chain.address], threshold: 1n })
    ;({ address: app } = await deployTimelockAppAuth(chain.client, { owner: safe, noticePeriod: 3_600n, minNoticePeriod: 3_600n, gracePeriod: 86_400n, policy: policy() }))
  })
  afterAll(() => chain?.stop())

  it('writes a Transaction Builder batch with raw calldata and a checksum the builder accepts', async () => {
    const { code, stdout } = await cli('safe-export', app, 'propose', hex32('a2'), '--safe', safe, '--uri', 'git:v2')
    expect(code).toBe(0)
    const batch = JSON.parse(stdout)
    expect(Object.keys(batch)).toEqual(['version', 'chainId', 'createdAt', 'meta', 'transactions'])
    expect(batch).toMatchObject({ version: '1.0', chainId: '31337', meta: { createdFromSafeAddress: safe, createdFromOwnerAddress: '', txBuilderVersion: expect.any(String) } })
    expect(Object.keys(batch.meta).sort()).toEqual(['checksum', 'createdFromOwnerAddress', 'createdFromSafeAddress', 'description', 'name', 'txBuilderVersion'])
    expect(batch.transactions).toHaveLength(1)
    const [tx] = batch.transactions
    expect(Object.keys(tx)).toEqual(['to', 'value', 'data'])
    expect(tx).toMatchObject({ to: app, value: '0' })
    expect(decodeFunctionData({ abi: timelockAppAuthAbi, data: tx.data })).toEqual({ functionName: 'proposeComposeHash', args: [hex32('a2'), 'git:v2'] })
    expect(batch.meta.checksum).toBe(independentChecksum(batch))
    // Renaming a batch keeps its checksum; changing a transaction does not.
    expect(independentChecksum({ ...batch, meta: { ...batch.meta, name: 'renamed' } })).toBe(batch.meta.checksum)
    expect(independentChecksum({ ...batch, transactions: [{ ...tx, value: '1' }] })).not.toBe(batch.meta.checksum)
  })

  it("agrees with the Transaction Builder's published test vector", () => {
    // From safe-react-apps apps/tx-builder/src/lib/checksum.test: hashed with checksum '' present.
    const batch = {
      version: '1.0',
      chainId: '4',
      createdAt: 1646321521061,
      meta: { name: 'test batch file', txBuilderVersion: '1.4.0', checksum: '', createdFromSafeAddress: '0xDF8a1Ce35c9a6ACE153B4e0767942f1E2291a1Aa', createdFromOwnerAddress: '0x49d4450977E2c95362C13D3a31a09311E0Ea26A6' },
      transactions: [
        { to: '0x49d4450977E2c95362C13D3a31a09311E0Ea26A6', value: '0', contractMethod: { inputs: [{ internalType: 'address', name: 'paramAddress', type: 'address' }], name: 'testAddress', payable: false }, contractInputsValues: { paramAddress: '0x49d4450977E2c95362C13D3a31a09311E0Ea26A6' } },
        { to: '0x49d4450977E2c95362C13D3a31a09311E0Ea26A6', value: '0', contractMethod: { inputs: [{ internalType: 'bool', name: 'paramBool', type: 'bool' }], name: 'testBool', payable: false }, contractInputsValues: { paramAddress: '', paramBool: 'false' } },
        { to: '0x49d4450977E2c95362C13D3a31a09311E0Ea26A6', value: '2000000000000000000', data: '0x42f4579000000000000000000000000049d4450977e2c95362c13d3a31a09311e0ea26a6' },
      ],
    }
    expect(independentChecksum(batch, { keepChecksum: true })).toBe('0x4ecbfd364aa6759983915644e73f8bd411e85a2dc306f252a387c2728c4db64c')
    // ours is what the builder recomputes on import, where the checksum field is removed first.
    expect(safeBatchChecksum(batch as never)).toBe(independentChecksum(batch))
  })

  it('writes to a file with --out and prints a summary', async () => {
    const { code, stdout } = await cli('safe-export', app, 'remove', hex32('c1'), '--safe', safe, '--out', 'remove.json', '--name', 'Remove v1')
    expect(code).toBe(0)
    const batch = JSON.parse(readFileSync(join(chain.dir, 'remove.json'), 'utf8'))
    expect(batch.meta.name).toBe('Remove v1')
    expect(stdout).toBe(`wrote remove.json: removeComposeHash on ${app} for Safe ${safe} (checksum ${batch.meta.checksum})\n`)
  })

  it('refuses a change the Safe could not make, and sends nothing', async () => {
    const notOwner = await deploySafe(chain.client, { owners: [chain.address], threshold: 1n, saltNonce: 2n })
    const before = await activity(chain.client)
    const { code, stderr, stdout } = await cli('safe-export', app, 'propose', hex32('a3'), '--safe', notOwner)
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toBe(`error: proposeComposeHash would revert: AppAuthUnauthorized(caller ${notOwner})\n`)
    expect(await activity(chain.client)).toEqual(before)
  })

  it('refuses to write a Safe batch for an address that is not a Safe', async () => {
    const account = (await chain.clientFor(5)).account!.address
    const { code, stderr, stdout } = await cli('safe-export', app, 'propose', hex32('a3'), '--safe', account)
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toBe(`error: --safe ${account} is not a Safe: it is account ${account} with no code: one key, or a contract not deployed yet (getThreshold/getOwners do not answer)\n`)
    const contract = await cli('safe-export', app, 'propose', hex32('a3'), '--safe', app)
    expect(contract.stderr).toMatch(/is not a Safe: it is contract 0x\w+ \(TimelockAppAuth @ devproof-appauth /)
  })

  it('rejects an unknown action', async () => {
    const { code, stderr } = await cli('safe-export', app, 'upgrade', hex32('a3'), '--safe', safe)
    expect(code).toBe(2)
    expect(stderr).toBe('error: unknown action "upgrade": use propose, activate, cancel, remove, device-add, device-remove, transfer-ownership, accept-ownership, verifier-adapter, remove-adapter, lower-threshold, raise-threshold, pin-measurement, unpin-measurement\n')
  })
})
