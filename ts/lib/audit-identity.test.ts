// The audit establishes code identity before it believes any answer (threat table row "look-alike
// code"): look-alikes built from our own contracts, proxies and dependencies it cannot know.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { type Address, encodeFunctionData, hexToBigInt, keccak256, toHex } from 'viem'
import { sendTransaction, waitForTransactionReceipt } from 'viem/actions'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { baseNitroAdapterAbi, baseNitroAdapterBytecode, timelockAppAuthAbi, verifiedTimelockAppAuthAbi, verifiedTimelockAppAuthBytecode } from '../generated/contracts'
import { deployArtifact } from '../test/actions'
import { forgeArtifact, forgeArtifactPath, openZeppelinArtifact } from '../test/artifacts'
import { policy, startTestChain, type TestChain } from '../test/chain'
import { type AuditReport, auditAppAuth } from './audit'
import { buildsFromArtifact } from './code-identity'
import { startRpcProxy } from '../test/rpc-proxy'
import { connect } from './client'
import { deployLocalKms, deployTimelockAppAuth } from './deploy'
import { NotAnAppAuthError } from './errors'
import { deployMultisigAppAuth } from './multisig'
import { deployOptOutRegistry } from './optout'
import { repositoryRoot } from './repository'
import { erc1967Slots } from './standards'

const day = 86_400n
const unknownCode = (report: AuditReport) => report.findings.filter((finding) => finding.id === 'UNKNOWN_CODE').map((finding) => finding.message)

describe('audit by code identity', { timeout: 120_000 }, () => {
  let chain: TestChain
  let owner: Address
  const timelockArgs = () => [owner, 7n * day, 7n * day, day, policy()]
  const artifactBuilds = (source: string, contract: string) => {
    const file = forgeArtifactPath(source, contract)
    return buildsFromArtifact(JSON.parse(readFileSync(join(repositoryRoot, file), 'utf8')), file)
  }

  beforeAll(async () => {
    chain = await startTestChain()
    owner = chain.address
  })
  afterAll(async () => {
    await chain?.stop()
  })

  it('keeps the genuine TimelockAppAuth at Stage 1 and names its build', async () => {
    const { address } = await deployTimelockAppAuth(chain.client, { owner, noticePeriod: 7n * day, minNoticePeriod: 7n * day, gracePeriod: day, policy: policy() })
    const report = await auditAppAuth(chain.client, { address })
    expect(report.stage).toBe(1)
    expect(report.variant).toBe('timelock')
    expect(report.build).toMatch(/^TimelockAppAuth @ devproof-appauth \d+\.\d+\.\d+ \(solc 0\.8\.28/)
    expect(report.conditions.filter((condition) => condition.stage === 1).every((condition) => condition.met)).toBe(true)
    expect(unknownCode(report)).toEqual([])
  })

  it('rates a look-alike with an extra owner-only door Stage 0 UNKNOWN_CODE, though it answers like the timelock', async () => {
    const app = await deployArtifact(chain.client, forgeArtifact('test/identity/LookAlikeAppAuths.sol', 'TimelockWithOwnerDoor'), timelockArgs(), 'TimelockWithOwnerDoor')
    const report = await auditAppAuth(chain.client, { address: app })
    expect(report.stage).toBe(0)
    expect(report.variant).toBe('unknown')
    expect(report.build).toBe(null)
    expect(unknownCode(report)).toEqual([`the code at ${app} is no known build: nothing limits what unknown code allows, and no probe of its functions can prove a door absent; pass its build with --artifact`])
    // The four DstackApp probes find nothing: the door has another name.
    expect(report.instantPaths).toEqual([])
    expect(report.conditions.find((condition) => condition.id === 'KNOWN_CODE')).toMatchObject({ met: false })
    expect(report.conditions.find((condition) => condition.id === 'NOTICE_BEFORE_LOOSENING')).toMatchObject({ met: true })

    // With its build supplied, every function of its ABI is probed and the door is found by its effect.
    const judged = await auditAppAuth(chain.client, { address: app, artifacts: artifactBuilds('test/identity/LookAlikeAppAuths.sol', 'TimelockWithOwnerDoor') })
    expect(judged.build).toMatch(/^TimelockWithOwnerDoor @ artifact out\/LookAlikeAppAuths\.sol\/TimelockWithOwnerDoor\.json/)
    expect(unknownCode(judged)).toEqual([])
    expect(judged.instantPaths).toEqual([{ id: 'INSTANT_LOOSENING', function: 'maintenance(bytes32)', evidence: 'simulated' }])
    expect(judged.stage).toBe(0)
  })

  it('falls back to single calls for a supplied ABI where the RPC has no eth_simulateV1, counting every callable function', async () => {
    const app = await deployArtifact(chain.client, forgeArtifact('test/identity/LookAlikeAppAuths.sol', 'TimelockWithOwnerDoor'), timelockArgs(), 'TimelockWithOwnerDoor')
    const proxy = await startRpcProxy({ upstream: chain.url, refuse: (call) => (call.method === 'eth_simulateV1' ? { code: -32601, message: 'the method eth_simulateV1 does not exist' } : undefined) })
    try {
      const report = await auditAppAuth(await connect({ url: proxy.url }), { address: app, artifacts: artifactBuilds('test/identity/LookAlikeAppAuths.sol', 'TimelockWithOwnerDoor') })
      expect(report.instantPaths).toContainEqual({ id: 'INSTANT_LOOSENING', function: 'maintenance(bytes32)', evidence: 'call succeeded' })
      expect(report.findings.filter((finding) => finding.id === 'SIMULATION_UNAVAILABLE')).toHaveLength(1)
      expect(report.stage).toBe(0)
    } finally {
      await proxy.close()
    }
  })

  it('rates a look-alike whose isAppAllowed lets a magic hash through Stage 0 UNKNOWN_CODE', async () => {
    const app = await deployArtifact(chain.client, forgeArtifact('test/identity/LookAlikeAppAuths.sol', 'TimelockWithMagicHash'), timelockArgs(), 'TimelockWithMagicHash')
    const report = await auditAppAuth(chain.client, { address: app })
    expect(report.stage).toBe(0)
    expect(report.build).toBe(null)
    expect(unknownCode(report)).toHaveLength(1)
    // Every view and the event history agree with a genuine timelock: only identity tells.
    expect(report.findings.map((finding) => finding.id)).toEqual(expect.arrayContaining(['NOTICE_OK', 'HISTORY_CONSISTENT']))
  })

  it('rates a proxy whose implementation is unknown Stage 0, however it answers', async () => {
    const implementation = await deployArtifact(chain.client, forgeArtifact('test/identity/LookAlikeAppAuths.sol', 'TimelockWithOwnerDoor'), timelockArgs(), 'TimelockWithOwnerDoor')
    // OpenZeppelin 5.7's proxy wants a first call; a view does.
    const proxy = await deployArtifact(chain.client, openZeppelinArtifact('ERC1967Proxy'), [implementation, encodeFunctionData({ abi: timelockAppAuthAbi, functionName: 'owner' })], 'ERC1967Proxy')
    const report = await auditAppAuth(chain.client, { address: proxy })
    expect(report.stage).toBe(0)
    expect(report.upgrade).toMatchObject({ proxy: 'erc1967', implementation })
    expect(report.identities.map((identity) => identity.role)).toEqual(['proxy', 'implementation'])
    expect(unknownCode(report)).toEqual([`the implementation ${implementation} behind the proxy is no known build: nothing limits what unknown code allows, and no probe of its functions can prove a door absent; pass its build with --artifact`])
  })

  it('reads the ERC-1967 slots at keccak256 of their names minus one', () => {
    for (const [name, slot] of Object.entries(erc1967Slots)) {
      expect(slot, name).toBe(toHex(hexToBigInt(keccak256(toHex(`eip1967.proxy.${name}`))) - 1n, { size: 32 }))
    }
  })

  it('follows an EIP-1167 clone to its implementation, and a beacon proxy to its beacon and implementation', async () => {
    const genuine = (await deployTimelockAppAuth(chain.client, { owner, noticePeriod: 7n * day, minNoticePeriod: 7n * day, gracePeriod: day, policy: policy() })).address
    const clone = async (implementation: Address) => {
      // EIP-1167: a 10-byte constructor that returns the 45-byte delegating runtime.
      const runtime = `363d3d373d3d3d363d73${implementation.slice(2).toLowerCase()}5af43d82803e903d91602b57fd5bf3`
      const hash = await sendTransaction(chain.client, { data: `0x3d602d80600a3d3981f3${runtime}`, account: chain.client.account!, chain: chain.client.chain })
      const { contractAddress } = await waitForTransactionReceipt(chain.client, { hash })
      return contractAddress!
    }
    const ofGenuine = await auditAppAuth(chain.client, { address: await clone(genuine) })
    expect(ofGenuine.upgrade).toMatchObject({ proxy: 'minimal', implementation: genuine })
    expect(ofGenuine.build).toMatch(/^TimelockAppAuth @ /)
    expect(unknownCode(ofGenuine)).toEqual([])

    const lookAlike = await deployArtifact(chain.client, forgeArtifact('test/identity/LookAlikeAppAuths.sol', 'TimelockWithOwnerDoor'), timelockArgs(), 'TimelockWithOwnerDoor')
    const ofLookAlike = await auditAppAuth(chain.client, { address: await clone(lookAlike) })
    expect(ofLookAlike.stage).toBe(0)
    expect(unknownCode(ofLookAlike)[0]).toMatch(new RegExp(`^the implementation ${lookAlike} behind the clone is no known build`))

    // OpenZeppelin's BeaconProxy and UpgradeableBeacon are not among the known builds.
    const beacon = await deployArtifact(chain.client, openZeppelinArtifact('UpgradeableBeacon'), [genuine, owner], 'UpgradeableBeacon')
    const beaconProxy = await deployArtifact(chain.client, openZeppelinArtifact('BeaconProxy'), [beacon, encodeFunctionData({ abi: timelockAppAuthAbi, functionName: 'owner' })], 'BeaconProxy')
    const viaBeacon = await auditAppAuth(chain.client, { address: beaconProxy })
    expect(viaBeacon.upgrade).toMatchObject({ proxy: 'beacon', implementation: genuine })
    expect(viaBeacon.identities.map((identity) => [identity.role, identity.build?.split(' @ ')[0] ?? null])).toEqual([
      ['proxy', null],
      ['beacon', null],
      ['implementation', 'TimelockAppAuth'],
    ])
    expect(unknownCode(viaBeacon)).toHaveLength(2)
    expect(viaBeacon.stage).toBe(0)
  })

  describe('verifier adapters', () => {
    const verifiedApp = (adapter: Address) =>
      deployArtifact(
        chain.client,
        { abi: verifiedTimelockAppAuthAbi, bytecode: verifiedTimelockAppAuthBytecode },
        [owner, 7n * day, 7n * day, day, policy(), { adapters: [adapter], threshold: 1n, attestationValidity: day, measurements: [] }],
        'VerifiedTimelockAppAuth',
      )
    // A verifier of unknown code: a contract no build of this release (or the local test stand-ins) matches.
    const verifierSource = ['test/mocks/ERC1271WalletMock.sol', 'ERC1271WalletMock'] as const
    const nitroAdapter = (verifier: Address) => deployArtifact(chain.client, { abi: baseNitroAdapterAbi, bytecode: baseNitroAdapterBytecode }, [verifier], 'BaseNitroAdapter')
    let verifier: Address
    beforeAll(async () => {
      verifier = await deployArtifact(chain.client, forgeArtifact(...verifierSource), [owner], 'ERC1271WalletMock')
    })

    it('keeps the verified timelock at the stage its allow-lists and controller earn: an unknown verifier only bars Stage 3', async () => {
      const adapter = await nitroAdapter(verifier)
      const app = await verifiedApp(adapter)
      const unknown = await auditAppAuth(chain.client, { address: app })
      expect(unknown.variant).toBe('verified')
      expect(unknown.stage).toBe(1)
      expect(unknownCode(unknown)).toEqual([])
      expect(unknown.conditions.find((condition) => condition.id === 'VERIFIERS_FIXED')).toMatchObject({
        met: false,
        reasons: [`VERIFIER_UNKNOWN: the code at ${verifier} is no known build; the aws-nitro adapter calls it: pass its build with --artifact, or vouch for the deployment with --trusted-verifier aws-nitro=${verifier}`],
      })

      const report = await auditAppAuth(chain.client, { address: app, artifacts: artifactBuilds(...verifierSource) })
      expect(report.stage).toBe(1)
      expect(report.conditions.find((condition) => condition.id === 'VERIFIERS_FIXED')).toMatchObject({ met: true })
      expect(report.identities.filter((identity) => identity.role === 'adapter' || identity.role === 'verifier').map((identity) => [identity.role, identity.build?.split(' @ ')[0]])).toEqual([
        ['adapter', 'BaseNitroAdapter'],
        ['verifier', 'ERC1271WalletMock'],
      ])
      expect(report.findings.find((finding) => finding.id === 'VERIFIER_HOOKS')?.message).toBe('boots need attestations from 1 of 1 TEE vendors (aws-nitro)')
    })

    it('names an adapter behind a proxy as changeable: it bars Stage 3, not Stage 1', async () => {
      const implementation = await nitroAdapter(verifier)
      const proxy = await deployArtifact(chain.client, openZeppelinArtifact('ERC1967Proxy'), [implementation, encodeFunctionData({ abi: baseNitroAdapterAbi, functionName: 'verifier' })], 'ERC1967Proxy')
      const report = await auditAppAuth(chain.client, { address: await verifiedApp(proxy), artifacts: artifactBuilds(...verifierSource) })
      expect(report.stage).toBe(1)
      expect(unknownCode(report)).toEqual([])
      expect(report.conditions.find((condition) => condition.id === 'ADAPTERS_IMMUTABLE')?.reasons).toEqual([
        `ADAPTER_MUTABLE: the aws-nitro adapter: ${proxy} is behind an upgradeable ERC-1967 proxy: its code can change without the app's notice; it decides what counts as an attestation of aws-nitro`,
      ])
    })
  })

  describe('the multisig is controlled by its signer set', () => {
    const multisig = async (threshold: bigint, notice: bigint) =>
      (await deployMultisigAppAuth(chain.client, { signers: [owner], threshold, noticePeriod: notice, minNoticePeriod: notice, gracePeriod: day, policy: policy() })).address

    it('rates a 1-of-1 multisig with a 1-hour notice Stage 0, and lists its signers', async () => {
      const report = await auditAppAuth(chain.client, { address: await multisig(1n, 3_600n) })
      expect(report.stage).toBe(0)
      expect(report.controller).toEqual({ kind: 'multisig', address: report.address, threshold: 1n, signers: [owner] })
      expect(report.findings.filter((finding) => finding.severity === 'rug').map((finding) => finding.id)).toEqual(['NOTICE_TOO_SHORT'])
      expect(report.findings.find((finding) => finding.id === 'MULTISIG_ONE_SIGNER')).toMatchObject({ severity: 'centralized' })
      expect(report.findings.map((finding) => finding.id)).not.toContain('OWNER_RENOUNCED')
    })

    it('rates a 1-of-1 multisig with a 7-day notice Stage 1, CENTRAL like one key', async () => {
      const report = await auditAppAuth(chain.client, { address: await multisig(1n, 7n * day) })
      expect(report.stage).toBe(1)
      expect(report.instantPaths).toEqual([])
      expect(report.conditions.find((condition) => condition.id === 'NO_SINGLE_PARTY')).toMatchObject({ met: false, reasons: [`MULTISIG_ONE_SIGNER: 1 of 1 signers decides: any one signer alone controls the app, like one key`] })
    })
  })

  it('rates an app whose controller is a contract of unknown code Stage 0: it may do anything through the controller path', async () => {
    const wallet = await deployArtifact(chain.client, forgeArtifact('test/mocks/ERC1271WalletMock.sol', 'ERC1271WalletMock'), [owner], 'ERC1271WalletMock')
    const { address } = await deployTimelockAppAuth(chain.client, { owner: wallet, noticePeriod: 7n * day, minNoticePeriod: 7n * day, gracePeriod: day, policy: policy() })
    const report = await auditAppAuth(chain.client, { address })
    expect(report.build).toMatch(/^TimelockAppAuth @ /)
    expect(report.controller).toEqual({ kind: 'contract', address: wallet, build: null })
    expect(unknownCode(report)).toEqual([`the controller ${wallet} is a contract of unknown code: it may do anything it likes through the app's controller path`])
    expect(report.stage).toBe(0)
  })

  it('recognises a Safe by its code, not by answering getThreshold: a look-alike controller is unknown code', async () => {
    const owners = [owner, '0x00000000000000000000000000000000000000a1', '0x00000000000000000000000000000000000000a2'] as Address[]
    const fake = await deployArtifact(chain.client, forgeArtifact('test/identity/LookAlikeAppAuths.sol', 'SafeLookAlike'), [owners], 'SafeLookAlike')
    const { address } = await deployTimelockAppAuth(chain.client, { owner: fake, noticePeriod: 7n * day, minNoticePeriod: 7n * day, gracePeriod: day, policy: policy() })
    const report = await auditAppAuth(chain.client, { address })
    expect(report.controller).toEqual({ kind: 'contract', address: fake, build: null })
    expect(report.findings.map((finding) => finding.id)).not.toContain('OWNER_SAFE')
    expect(report.stage).toBe(0)
  })

  it('identifies an opt-out registry by code when given one', async () => {
    const { address: app } = await deployTimelockAppAuth(chain.client, { owner, noticePeriod: 7n * day, minNoticePeriod: 7n * day, gracePeriod: day, policy: policy() })
    const { address: registry } = await deployOptOutRegistry(chain.client, { app })
    const report = await auditAppAuth(chain.client, { address: app, optOutRegistry: registry })
    expect(report.identities.find((identity) => identity.role === 'opt-out registry')).toMatchObject({ address: registry, build: expect.stringMatching(/^OptOutRegistry @ devproof-appauth /), origin: 'project' })
    expect(report.stage).toBe(1)
    // Something else given as the registry is unknown code.
    const impostor = await deployArtifact(chain.client, forgeArtifact('test/mocks/ERC1271WalletMock.sol', 'ERC1271WalletMock'), [owner], 'ERC1271WalletMock')
    const unknown = await auditAppAuth(chain.client, { address: app, optOutRegistry: impostor })
    expect(unknownCode(unknown)).toEqual([`opt-out registry: the code at ${impostor} is no known build; nothing limits what unknown code records or forgets`])
    expect(unknown.stage).toBe(0)
  })

  it('refuses to rate a LocalKms as an AppAuth and points at --kms', async () => {
    const { address: kms } = await deployLocalKms(chain.client, { owner })
    await expect(auditAppAuth(chain.client, { address: kms })).rejects.toThrow(new NotAnAppAuthError(kms, 'kms'))
    await expect(auditAppAuth(chain.client, { address: kms })).rejects.toThrow(`rate its apps with \`appauth audit --kms ${kms}\``)
  })
})
