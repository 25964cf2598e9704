import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { type Address, type Hex, keccak256, stringToHex } from 'viem'
import { readContract } from 'viem/actions'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { automataDcapTdxAdapterAbi, automataSevSnpAdapterAbi, verifiedTimelockAppAuthAbi } from '../generated/contracts'
import { deployContract } from '../lib/transactions'
import { forgeArtifact } from '../test/artifacts'
import { activity, hex32, startTestChain, type TestChain } from '../test/chain'
import { runCli } from '../test/cli'
import { getAppAuth } from '../lib/contracts'

const vendorId = (name: string) => keccak256(stringToHex(name))
const TDX = vendorId('intel-tdx')
const SNP = vendorId('amd-sev-snp')
const NITRO = vendorId('aws-nitro')

// End to end on anvil: the adapters are ours, pointed at the stand-in verifiers of the Solidity tests
// (test/mocks), which keep the vendors' function signatures and answer layouts.
describe('appauth deploy adapter / verified / governor --verified', () => {
  let chain: TestChain
  let quoteVerifier: Address
  let dcapEntrypoint: Address
  let snpVerifier: Address
  let nitroValidator: Address
  const adapters: Record<'tdx' | 'snp' | 'nitro', Address> = {} as never
  const cli = (...argv: string[]) => runCli([...chain.rpcArgs, ...argv], { cwd: chain.dir })
  const records = () => JSON.parse(readFileSync(join(chain.dir, 'deployments/31337.json'), 'utf8'))
  const verifiedApp = (address: Address) => ({ address, abi: verifiedTimelockAppAuthAbi }) as const

  beforeAll(async () => {
    chain = await startTestChain()
    const deploy = async (source: string, contract: string) =>
      (await deployContract(chain.client, { ...forgeArtifact(source, contract), args: [], name: contract })).address
    quoteVerifier = await deploy('test/mocks/MockAutomataQuoteVerifier.sol', 'MockAutomataQuoteVerifier')
    dcapEntrypoint = await deploy('test/mocks/MockAutomataDcapAttestation.sol', 'MockAutomataDcapAttestation')
    snpVerifier = await deploy('test/mocks/MockSevSnpAttestation.sol', 'MockSevSnpAttestation')
    nitroValidator = await deploy('test/mocks/MockNitroValidator.sol', 'MockNitroValidator')
  }, 120_000)
  afterAll(() => chain?.stop())

  it('deploys each immutable adapter and says which verifier it calls', async () => {
    const tdx = await cli('--json', 'deploy', 'adapter', 'tdx', '--verifier', quoteVerifier)
    expect(tdx.stderr).toBe('')
    expect(tdx.code).toBe(0)
    expect(tdx.json()).toMatchObject({ name: 'adapter-tdx', vendor: 'intel-tdx', verifier: quoteVerifier, verifierKind: 'direct' })
    adapters.tdx = tdx.json().address
    expect(await readContract(chain.client, { address: adapters.tdx, abi: automataDcapTdxAdapterAbi, functionName: 'verifierKind' })).toBe(1)
    expect(await readContract(chain.client, { address: adapters.tdx, abi: automataDcapTdxAdapterAbi, functionName: 'verifier' })).toBe(quoteVerifier)

    const routed = await cli('--json', 'deploy', 'adapter', 'tdx', '--verifier', dcapEntrypoint, '--kind', 'router', '--name', 'tdx-routed')
    expect(routed.code).toBe(0)
    expect(await readContract(chain.client, { address: routed.json().address, abi: automataDcapTdxAdapterAbi, functionName: 'verifierKind' })).toBe(0)

    const snp = await cli('--json', 'deploy', 'adapter', 'snp', '--verifier', snpVerifier, '--min-tcb', '4.1.22.213')
    expect(snp.code).toBe(0)
    expect(snp.json()).toMatchObject({ vendor: 'amd-sev-snp', verifierKind: 'router', minimumTcb: { bootLoader: 4, tee: 1, snp: 22, microcode: 213 } })
    adapters.snp = snp.json().address
    expect(await readContract(chain.client, { address: adapters.snp, abi: automataSevSnpAdapterAbi, functionName: 'minimumTcb' })).toEqual([4, 1, 22, 213])

    const nitro = await cli('deploy', 'adapter', 'nitro', '--verifier', nitroValidator)
    expect(nitro.code).toBe(0)
    expect(nitro.stdout).toContain('immutable: no owner, no setter, no proxy')
    adapters.nitro = records()['adapter-nitro'].address
    expect(records()['adapter-tdx'].variant).toBe('adapter-tdx')
  }, 120_000)

  it('refuses adapter deployments it cannot make honestly, before sending anything', async () => {
    const before = await activity(chain.client)
    const noTcb = await cli('deploy', 'adapter', 'snp', '--verifier', snpVerifier)
    expect(noTcb.code).not.toBe(0)
    expect(noTcb.stderr).toContain('--min-tcb')
    const wrongKind = await cli('deploy', 'adapter', 'nitro', '--verifier', nitroValidator, '--kind', 'router')
    expect(wrongKind.code).not.toBe(0)
    expect(wrongKind.stderr).toContain('always calls a direct verifier')
    const badTcb = await cli('deploy', 'adapter', 'snp', '--verifier', snpVerifier, '--min-tcb', '4.1.22')
    expect(badTcb.code).not.toBe(0)
    expect(await activity(chain.client)).toEqual(before)
  })

  it('deploys the owner-controlled verified AppAuth with its adapters, k and pinned measurements', async () => {
    // TDX pinned by its raw registers (MRTD ‖ RTMR0-3, hashed by the CLI as the adapter does), SNP by digest.
    const tdxRegisters = `0x${'ab'.repeat(240)}` as Hex
    const { code, json, stderr } = await cli(
      '--json', 'deploy', 'verified', '--name', 'stage1v',
      '--compose-hash', hex32('c1'),
      '--adapter', `tdx=${adapters.tdx}`, '--adapter', `amd-sev-snp=${adapters.snp}`,
      '--threshold-vendors', '2',
      '--measurement', `tdx=${tdxRegisters}`, '--measurement', `snp=${hex32('5e')}`,
      '--attestation-validity', '12h',
    )
    expect(stderr).toBe('')
    expect(code).toBe(0)
    const out = json()
    expect(out).toMatchObject({
      variant: 'verified', owner: chain.address,
      verifiers: {
        adapters: [{ vendor: 'intel-tdx', address: adapters.tdx }, { vendor: 'amd-sev-snp', address: adapters.snp }],
        thresholdVendors: 2, attestationValidity: 43_200,
        measurements: [{ vendor: 'intel-tdx', measurement: keccak256(tdxRegisters) }, { vendor: 'amd-sev-snp', measurement: hex32('5e') }],
      },
    })
    const app = out.address as Address
    expect(await readContract(chain.client, { ...verifiedApp(app), functionName: 'owner' })).toBe(chain.address)
    expect(await readContract(chain.client, { ...verifiedApp(app), functionName: 'verifierThreshold' })).toBe(2n)
    expect(await readContract(chain.client, { ...verifiedApp(app), functionName: 'verifierAdapter', args: [TDX] })).toBe(adapters.tdx)
    expect(await readContract(chain.client, { ...verifiedApp(app), functionName: 'verifierAdapter', args: [SNP] })).toBe(adapters.snp)
    expect(await readContract(chain.client, { ...verifiedApp(app), functionName: 'attestationValidity' })).toBe(43_200n)
    expect(await readContract(chain.client, { ...verifiedApp(app), functionName: 'pinnedMeasurements', args: [TDX] })).toEqual([keccak256(tdxRegisters)])
    expect(await readContract(chain.client, { ...verifiedApp(app), functionName: 'isMeasurementPinned', args: [SNP, hex32('5e')] })).toBe(true)
    expect(await readContract(chain.client, { ...verifiedApp(app), functionName: 'measurementPinning', args: [NITRO] })).toBe(false)
    // The variant table tells it apart from the timelock it extends (IAppAuthVerifierHooks answers).
    expect(await getAppAuth(chain.client, { address: app })).toEqual({ address: app, variant: 'verified', hasNotice: true })
    expect(records().stage1v.variant).toBe('verified')
  }, 60_000)

  it('refuses a verified deployment whose adapters, k or pins are wrong, before sending anything', async () => {
    const before = await activity(chain.client)
    const cases: [string[], string][] = [
      [['--adapter', `tdx=${adapters.snp}`], 'speaks for another vendor'],
      [['--adapter', `tdx=${adapters.tdx}`, '--threshold-vendors', '2'], 'more than the 1 adapter'],
      [['--adapter', `tdx=${adapters.tdx}`, '--adapter', `intel-tdx=${adapters.tdx}`], 'given twice'],
      [['--adapter', `tdx=${adapters.tdx}`, '--measurement', 'tdx=0x1234'], 'expected the 32-byte digest or the 240 bytes'],
      [['--adapter', `tdx=${adapters.tdx}`, '--measurement', `nitro=${hex32('01')}`], 'no --adapter is given for aws-nitro'],
      [['--adapter', `tdx=${chain.address}`], 'not a verifier adapter'],
      [['--adapter', 'tdx'], '<vendor>=<value>'],
    ]
    for (const [args, message] of cases) {
      const { code, stderr } = await cli('deploy', 'verified', ...args)
      expect(code, args.join(' ')).not.toBe(0)
      expect(stderr).toContain(message)
    }
    const misplaced = await cli('deploy', 'timelock', '--verified')
    expect(misplaced.stderr).toContain('--verified applies to governor only')
    const stray = await cli('deploy', 'timelock', '--adapter', `tdx=${adapters.tdx}`)
    expect(stray.stderr).toContain('apply to verified and governor --verified only')
    expect(await activity(chain.client)).toEqual(before)
  })

  it('deploys the governed verified stack: the timelock owns the AppAuth and the signer keeps no role', async () => {
    const { code, json, stderr } = await cli(
      '--json', 'deploy', 'governor', '--verified', '--name', 'stage3',
      '--compose-hash', hex32('c1'),
      '--adapter', `tdx=${adapters.tdx}`, '--adapter', `nitro=${adapters.nitro}`,
      '--threshold-vendors', '2', '--measurement', `nitro=${hex32('0e')}`,
    )
    expect(stderr).toBe('')
    expect(code).toBe(0)
    const out = json()
    expect(out.verifiers).toMatchObject({ thresholdVendors: 2, measurements: [{ vendor: 'aws-nitro', measurement: hex32('0e') }] })
    const app = out.address as Address
    expect(await readContract(chain.client, { ...verifiedApp(app), functionName: 'owner' })).toBe(out.timelock)
    expect(await readContract(chain.client, { ...verifiedApp(app), functionName: 'verifierThreshold' })).toBe(2n)
    expect(await readContract(chain.client, { ...verifiedApp(app), functionName: 'verifierAdapter', args: [NITRO] })).toBe(adapters.nitro)
    expect(await readContract(chain.client, { ...verifiedApp(app), functionName: 'isMeasurementPinned', args: [NITRO, hex32('0e')] })).toBe(true)
    const timelockAbi = [
      { type: 'function', name: 'hasRole', stateMutability: 'view', inputs: [{ type: 'bytes32' }, { type: 'address' }], outputs: [{ type: 'bool' }] },
    ] as const
    const roles = [hex32('00'), keccak256(stringToHex('PROPOSER_ROLE')), keccak256(stringToHex('CANCELLER_ROLE')), keccak256(stringToHex('EXECUTOR_ROLE'))]
    for (const role of roles) {
      expect(await readContract(chain.client, { address: out.timelock, abi: timelockAbi, functionName: 'hasRole', args: [role, chain.address] })).toBe(false)
    }
    expect(await readContract(chain.client, { address: out.timelock, abi: timelockAbi, functionName: 'hasRole', args: [roles[1]!, out.governor] })).toBe(true)
    // The factory deployed for it is recorded, and a second governed deployment can reuse it.
    const appDeployer = records().stage3.appDeployer as Address
    expect(out.verifiers.appDeployer).toBe(appDeployer)
    const again = await cli('--json', 'deploy', 'governor', '--verified', '--name', 'stage3b', '--adapter', `snp=${adapters.snp}`, '--app-deployer', appDeployer)
    expect(again.code).toBe(0)
    expect(again.json().verifiers).toMatchObject({ appDeployer, thresholdVendors: 1 })
  }, 120_000)
})
