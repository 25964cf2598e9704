import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { type Abi, type Address, encodeAbiParameters, getAddress, type Hex, keccak256, stringToHex } from 'viem'
import { getBlockNumber, readContract } from 'viem/actions'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { verifiedTimelockAppAuthAbi, verifiedTimelockAppAuthBytecode } from '../generated/contracts'
import { repositoryRoot } from '../lib/repository'
import { deployContract } from '../lib/transactions'
import { activity, hex32, policy, startTestChain, type TestChain } from '../test/chain'
import { runCli } from '../test/cli'

// The scriptable adapter of the Solidity tests (test/ only, so not in ts/generated): built on demand.
function mockAdapterArtifact(): { abi: Abi; bytecode: Hex } {
  const file = join(repositoryRoot, 'out/MockAdapter.sol/MockAdapter.json')
  if (!existsSync(file)) execFileSync('bash', ['tools/forge.sh', 'build', 'test/mocks/MockAdapter.sol'], { cwd: repositoryRoot, stdio: 'ignore' })
  const artifact = JSON.parse(readFileSync(file, 'utf8'))
  return { abi: artifact.abi, bytecode: artifact.bytecode.object }
}

describe('appauth attest', () => {
  let chain: TestChain
  let app: Address
  let adapter: Address
  const instance = getAddress('0x00000000000000000000000000000000000000aa')
  const cli = (...argv: string[]) => runCli([...chain.rpcArgs, ...argv], { cwd: chain.dir })
  const evidenceFor = async (block: bigint, status = 0) => {
    const challenge = await readContract(chain.client, { address: app, abi: verifiedTimelockAppAuthAbi, functionName: 'attestationChallenge', args: [instance, hex32('c1'), block] })
    return encodeAbiParameters([{ type: 'bytes32' }, { type: 'uint8' }], [challenge, status])
  }

  beforeAll(async () => {
    chain = await startTestChain()
    const mock = mockAdapterArtifact()
    ;({ address: adapter } = await deployContract(chain.client, { ...mock, args: [keccak256(stringToHex('intel-tdx'))], name: 'MockAdapter' }))
    ;({ address: app } = await deployContract(chain.client, {
      name: 'VerifiedTimelockAppAuth',
      abi: verifiedTimelockAppAuthAbi,
      bytecode: verifiedTimelockAppAuthBytecode,
      args: [chain.address, 3_600n, 3_600n, 86_400n, policy(), { adapters: [adapter], threshold: 1n, attestationValidity: 86_400n, measurements: [] }],
    }))
  }, 60_000)
  afterAll(() => chain?.stop())

  it('submits evidence that the vendor adapter accepts, and the attestation counts', async () => {
    const block = (await getBlockNumber(chain.client, { cacheTime: 0 })) - 1n
    writeFileSync(join(chain.dir, 'evidence.hex'), `${await evidenceFor(block)}\n`)
    const { code, json, stderr } = await cli('--json', 'attest', app, '--vendor', 'intel-tdx', '--evidence', 'evidence.hex', '--instance', instance, '--compose-hash', hex32('c1'), '--block', String(block))
    expect(stderr).toBe('')
    expect(code).toBe(0)
    const result = json()
    expect(result).toMatchObject({ app, vendor: keccak256(stringToHex('intel-tdx')), instanceId: instance, composeHash: hex32('c1'), adapter })
    expect(result.expiresAt).toBeGreaterThan(0)
    expect(await readContract(chain.client, { address: app, abi: verifiedTimelockAppAuthAbi, functionName: 'attestedVendorCount', args: [instance, hex32('c1')] })).toBe(1n)
  })

  it('names the contract error for an unregistered vendor and sends nothing', async () => {
    const block = (await getBlockNumber(chain.client, { cacheTime: 0 })) - 1n
    writeFileSync(join(chain.dir, 'evidence.hex'), await evidenceFor(block))
    const before = await activity(chain.client)
    const { code, stdout, stderr } = await cli('attest', app, '--vendor', 'amd-sev-snp', '--evidence', 'evidence.hex', '--instance', instance, '--compose-hash', hex32('c1'), '--block', String(block))
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toBe(`error: submitAttestation would revert: VerifierUnknownVendor(vendor ${keccak256(stringToHex('amd-sev-snp'))})\n`)
    expect(await activity(chain.client)).toEqual(before)
  })

  it('refuses an unreadable or malformed evidence file before connecting', async () => {
    const before = await activity(chain.client)
    const args = ['--vendor', 'intel-tdx', '--instance', instance, '--compose-hash', hex32('c1'), '--block', '1']
    expect((await cli('attest', app, '--evidence', 'missing.bin', ...args)).stderr).toBe('error: cannot read evidence file missing.bin\n')
    writeFileSync(join(chain.dir, 'odd.hex'), '0x123')
    const odd = await cli('attest', app, '--evidence', 'odd.hex', ...args)
    expect(odd.code).toBe(2)
    expect(odd.stderr).toBe('error: evidence file odd.hex starts with 0x but is not whole bytes of hex\n')
    expect(await activity(chain.client)).toEqual(before)
  })
})
