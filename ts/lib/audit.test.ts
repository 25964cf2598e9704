import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { type Abi, type Address, encodeFunctionData, getAddress, type Hex, keccak256, toFunctionSelector, toFunctionSignature, toHex, zeroAddress } from 'viem'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  automataDcapTdxAdapterAbi,
  automataDcapTdxAdapterBytecode,
  baselineAppAuthAbi,
  timelockAppAuthAbi,
  verifiedTimelockAppAuthAbi,
  verifiedTimelockAppAuthBytecode,
} from '../generated/contracts'
import { deployArtifact, send, warp } from '../test/actions'
import { forgeArtifact, openZeppelinArtifact, safeArtifact } from '../test/artifacts'
import { hex32, policy, startTestChain, type TestChain } from '../test/chain'
import { startRpcProxy } from '../test/rpc-proxy'
import { type AuditReport, auditAppAuth, type FindingId } from './audit'
import { buildsFromArtifact } from './code-identity'
import { connect } from './client'
import { deployBaselineAppAuth, deployTimelockAppAuth } from './deploy'
import { NotAnAppAuthError } from './errors'
import { repositoryRoot } from './repository'
import { governorInterfaceIds, timelockRoles } from './standards'
import { writeContractCall } from './transactions'
import { devRpc } from './dev-rpc'

const day = 86_400n
const ids = (report: AuditReport) => report.findings.map((finding) => finding.id)
const severityOf = (report: AuditReport, id: FindingId) => report.findings.find((finding) => finding.id === id)?.severity

describe('audit', { timeout: 120_000 }, () => {
  let chain: TestChain
  let owner: Address

  const timelockApp = async (notice: bigint, appOwner: Address = owner) =>
    (
      await deployTimelockAppAuth(chain.client, {
        owner: appOwner,
        noticePeriod: notice,
        minNoticePeriod: notice,
        gracePeriod: day,
        policy: policy(),
      })
    ).address
  const baselineApp = async (appOwner: Address = owner) => (await deployBaselineAppAuth(chain.client, { owner: appOwner, policy: policy() })).address

  /** An OpenZeppelin TimelockController with `delay`, the deployer as admin and `proposers`. */
  const timelockController = (delay: bigint, proposers: Address[]) =>
    deployArtifact(chain.client, openZeppelinArtifact('TimelockController'), [delay, proposers, [zeroAddress], owner], 'TimelockController')

  beforeAll(async () => {
    chain = await startTestChain()
    owner = chain.address
  })
  afterAll(async () => {
    await chain?.stop()
  })

  it('rates the Stage-0 baseline Stage 0 and names each instant path', async () => {
    const app = await baselineApp()
    const report = await auditAppAuth(chain.client, { address: app })
    expect(report.stage).toBe(0)
    expect(report.variant).toBe('baseline')
    expect(report.controller).toMatchObject({ kind: 'eoa', address: owner })
    expect(report.instantPaths.map((path) => [path.id, path.evidence])).toEqual([
      ['INSTANT_COMPOSE_HASH', 'simulated'],
      ['INSTANT_DEVICE', 'simulated'],
      ['INSTANT_ALLOW_ANY_DEVICE', 'simulated'],
      ['INSTANT_TCB_DOWNGRADE', 'simulated'],
    ])
    for (const id of ['INSTANT_COMPOSE_HASH', 'INSTANT_DEVICE', 'INSTANT_ALLOW_ANY_DEVICE', 'INSTANT_TCB_DOWNGRADE', 'ADVERTISES_INSTANT_MANAGEMENT', 'NO_NOTICE'] as const) {
      expect(severityOf(report, id), id).toBe('rug')
    }
    expect(severityOf(report, 'OWNER_EOA')).toBe('centralized')
    expect(ids(report)).toContain('NOT_UPGRADEABLE')
    expect(ids(report)).toContain('HISTORY_CONSISTENT')
    // Three DstackApp events, each with upstream's PolicyChanged beside it.
    expect(report.history).toMatchObject({ events: 6, checked: 2, mismatches: [] })
    // The probes were simulations: nothing changed on chain.
    expect(await chain.client.request({ method: 'eth_call', params: [{ to: app, data: encodeFunctionData({ abi: baselineAppAuthAbi, functionName: 'allowAnyDevice' }) }, 'latest'] })).toBe(
      `0x${'0'.repeat(64)}`,
    )
  })

  it('rates a DstackApp-equivalent UUPS proxy Stage 0: instant upgrades and instant paths', async () => {
    const reference = forgeArtifact('test/reference/DstackAppReference.sol', 'DstackAppReference')
    const implementation = await deployArtifact(chain.client, reference, [], 'DstackAppReference')
    const initialize = encodeFunctionData({ abi: reference.abi, functionName: 'initialize', args: [owner, false, true, false, hex32('d1'), hex32('c1')] })
    const proxy = await deployArtifact(chain.client, openZeppelinArtifact('ERC1967Proxy'), [implementation, initialize], 'ERC1967Proxy')

    const report = await auditAppAuth(chain.client, { address: proxy })
    expect(report.stage).toBe(0)
    // It answers the same interfaces as our baseline, but its code is no build of ours.
    expect(report.variant).toBe('unknown')
    expect(report.build).toBe(null)
    expect(severityOf(report, 'UNKNOWN_CODE')).toBe('unknown')
    expect(report.identities.map((identity) => [identity.role, identity.build])).toEqual([
      ['proxy', expect.stringMatching(/^ERC1967Proxy @ OpenZeppelin Contracts 5\.7\.0/)],
      ['implementation', null],
    ])
    expect(report.upgrade).toMatchObject({ proxy: 'erc1967', implementation: getAddress(implementation), uups: true, upgradeSucceeds: true, authority: owner })
    expect(severityOf(report, 'UPGRADEABLE_INSTANT')).toBe('rug')
    expect(report.instantPaths.map((path) => path.id)).toEqual(['INSTANT_COMPOSE_HASH', 'INSTANT_DEVICE', 'INSTANT_ALLOW_ANY_DEVICE', 'INSTANT_TCB_DOWNGRADE'])
    expect(ids(report)).toContain('HISTORY_CONSISTENT')

    // disableUpgrades closes A2, not the instant paths.
    await send(chain.client, proxy, reference.abi, 'disableUpgrades')
    const disabled = await auditAppAuth(chain.client, { address: proxy })
    expect(disabled.upgrade.upgradeSucceeds).toBe(false)
    expect(ids(disabled)).toContain('UPGRADES_BLOCKED')
    expect(ids(disabled)).not.toContain('UPGRADEABLE_INSTANT')
    expect(disabled.stage).toBe(0)
  })

  it('rates a timelock AppAuth with a 7-day notice Stage 1', async () => {
    const report = await auditAppAuth(chain.client, { address: await timelockApp(7n * day) })
    expect(report.stage).toBe(1)
    expect(report.variant).toBe('timelock')
    expect(report.notice).toEqual({ period: 7n * day, floor: 7n * day, grace: day })
    expect(report.instantPaths).toEqual([])
    expect(report.findings.filter((finding) => finding.severity === 'rug')).toEqual([])
    expect(ids(report)).toEqual(expect.arrayContaining(['NOTICE_OK', 'OWNER_EOA', 'NOT_UPGRADEABLE', 'HISTORY_CONSISTENT']))
  })

  it('calls a renounced app frozen only when nothing is pending, and warns when announced changes remain', async () => {
    const app = await timelockApp(7n * day)
    await send(chain.client, app, timelockAppAuthAbi, 'proposeComposeHash', [hex32('a7'), ''])
    await send(chain.client, app, timelockAppAuthAbi, 'renounceOwnership')
    const frozen = await auditAppAuth(chain.client, { address: app })
    const renounced = (report: AuditReport) => report.findings.find((finding) => finding.id === 'OWNER_RENOUNCED')
    // Renouncing withdrew the announcement, so "frozen" is true.
    expect(renounced(frozen)).toMatchObject({ severity: 'info', message: 'no controller and nothing pending: the boot policy is frozen (nothing can be added or removed)' })

    // An app that renounced with a change still pending (as a build without that rule would): the
    // owner slot is zeroed behind the contract's back, the announcement stays.
    const other = await timelockApp(7n * day)
    await send(chain.client, other, timelockAppAuthAbi, 'proposeComposeHash', [hex32('a7'), ''])
    const ownerSlot = toHex(7, { size: 32 })
    expect(getAddress(`0x${(await chain.client.request({ method: 'eth_getStorageAt', params: [other, ownerSlot, 'latest'] })).slice(-40)}`)).toBe(owner)
    await devRpc(chain.client)({ method: 'anvil_setStorageAt', params: [other, ownerSlot, `0x${'0'.repeat(64)}`] })
    const stale = await auditAppAuth(chain.client, { address: other })
    expect(renounced(stale)).toMatchObject({ severity: 'warning', message: 'no controller, yet 1 pending change(s) can still take effect and nobody can cancel them or undo what they allow' })
  })

  it('rates a 1-hour notice Stage 0 for too short a notice, unless the minimum is lowered', async () => {
    const app = await timelockApp(3_600n)
    const report = await auditAppAuth(chain.client, { address: app })
    expect(report.stage).toBe(0)
    expect(report.findings.filter((finding) => finding.severity === 'rug').map((finding) => finding.id)).toEqual(['NOTICE_TOO_SHORT'])
    expect(report.findings[0]!.message).toBe('a loosening change waits 1h, less than the 7d users need to exit')
    expect((await auditAppAuth(chain.client, { address: app, minNotice: 3_600n })).stage).toBe(1)
  })

  it('counts a TimelockController owner as notice for a baseline, and the EOA proposer as one party', async () => {
    const timelock = await timelockController(7n * day, [owner])
    const report = await auditAppAuth(chain.client, { address: await baselineApp(timelock) })
    expect(report.controller).toMatchObject({ kind: 'timelock', minDelay: 7n * day, roles: { proposer: [owner], admin: [getAddress(timelock), owner] } })
    expect(report.effectiveNotice).toBe(7n * day)
    // The instant paths are still found, but behind the timelock's delay.
    expect(report.instantPaths.map((path) => path.id)).toContain('INSTANT_COMPOSE_HASH')
    expect(severityOf(report, 'INSTANT_COMPOSE_HASH')).toBe('info')
    expect(severityOf(report, 'TIMELOCK_PROPOSER_NOT_GOVERNOR')).toBe('centralized')
    expect(severityOf(report, 'TIMELOCK_ADMIN_HELD')).toBe('centralized')
    expect(report.stage).toBe(1)
  })

  it('rates an AppAuth governed by an OpenZeppelin Governor through a timelock Stage 2 once nobody else holds a role', async () => {
    const token = await deployArtifact(chain.client, forgeArtifact('test/utils/OzGovernorFixture.sol', 'FixtureVotesToken'), [10n ** 24n], 'FixtureVotesToken')
    const timelock = await timelockController(2n * day, [])
    const governorArtifact = forgeArtifact('test/utils/OzGovernorFixture.sol', 'FixtureGovernor')
    const governor = await deployArtifact(chain.client, governorArtifact, [token, timelock, 86_400, 5 * 86_400], 'FixtureGovernor')
    const timelockAbi = openZeppelinArtifact('TimelockController').abi
    await send(chain.client, timelock, timelockAbi, 'grantRole', [timelockRoles.proposer, governor])
    await send(chain.client, timelock, timelockAbi, 'grantRole', [timelockRoles.canceller, governor])
    await send(chain.client, token, forgeArtifact('test/utils/OzGovernorFixture.sol', 'FixtureVotesToken').abi, 'delegate', [owner])
    const app = await timelockApp(7n * day, timelock)
    // The quorum is read one tick in the past; let the token's supply checkpoint be there.
    await warp(chain.client, 2)

    // The Governor is a test fixture, no build of ours: unknown code until the auditor supplies its artifact.
    const unknownGovernor = await auditAppAuth(chain.client, { address: app })
    expect(unknownGovernor.stage).toBe(0)
    expect(unknownGovernor.findings.find((finding) => finding.id === 'UNKNOWN_CODE')?.message).toBe(`the timelock takes proposals from ${getAddress(governor)}, a contract of unknown code`)
    const artifacts = artifactBuilds('test/utils/OzGovernorFixture.sol', 'FixtureGovernor')

    const withAdmin = await auditAppAuth(chain.client, { address: app, artifacts })
    expect(withAdmin.stage).toBe(1)
    expect(severityOf(withAdmin, 'TIMELOCK_ADMIN_HELD')).toBe('centralized')

    await send(chain.client, timelock, timelockAbi, 'renounceRole', [timelockRoles.admin, owner])
    const report = await auditAppAuth(chain.client, { address: app, artifacts })
    expect(report.findings.filter((finding) => finding.severity === 'rug' || finding.severity === 'centralized')).toEqual([])
    expect(report.stage).toBe(2)
    expect(report.effectiveNotice).toBe(9n * day)
    expect(report.controller).toMatchObject({
      kind: 'timelock',
      minDelay: 2n * day,
      roles: { admin: [getAddress(timelock)], proposer: [getAddress(governor)] },
      proposers: [
        {
          kind: 'governor',
          governor: { clockMode: 'mode=timestamp', votingDelay: day, votingPeriod: 5n * day, quorum: 4n * 10n ** 22n, token: getAddress(token), timelock: getAddress(timelock), advertisesIGovernor: true },
        },
      ],
    })
    const voting = report.findings.find((finding) => finding.id === 'GOVERNOR_VOTING')!
    expect(voting.message).toMatch(/voting delay 1d 0h|voting delay 1d/)
    expect(report.findings.filter((finding) => finding.severity === 'rug' || finding.severity === 'centralized')).toEqual([])
  })

  it('rates the Governor variant (GovernedAppAuthDeployment) Stage 2', async () => {
    const tokenArtifact = forgeArtifact('contracts/governance/AppAuthVotesToken.sol', 'AppAuthVotesToken')
    const token = await deployArtifact(chain.client, tokenArtifact, ['App Votes', 'AV', owner, 10n ** 24n], 'AppAuthVotesToken')
    await send(chain.client, token, tokenArtifact.abi, 'delegate', [owner])
    const factory = forgeArtifact('contracts/governance/GovernedAppAuthDeployment.sol', 'GovernedAppAuthDeployment')
    const governorConfig = { votingDelay: 86_400, votingPeriod: 5 * 86_400, proposalThreshold: 0n, quorumNumerator: 4n, lateQuorumExtension: 86_400, executionWindow: 14 * 86_400 }
    const appConfig = { noticePeriod: 7n * day, minNoticePeriod: 7n * day, gracePeriod: day, policy: policy() }
    const deployment = await deployArtifact(chain.client, factory, [token, 'App Governor', governorConfig, 2n * day, appConfig], 'GovernedAppAuthDeployment')
    const read = (functionName: string) => chain.client.request({ method: 'eth_call', params: [{ to: deployment, data: encodeFunctionData({ abi: factory.abi, functionName }) }, 'latest'] }).then((word) => getAddress(`0x${(word as Hex).slice(-40)}`))
    const [app, governor, timelock] = [await read('app'), await read('governor'), await read('timelock')]
    await warp(chain.client, 2)

    const report = await auditAppAuth(chain.client, { address: app })
    expect(report.findings.filter((finding) => finding.severity === 'rug' || finding.severity === 'centralized')).toEqual([])
    expect(report.stage).toBe(2)
    expect(report.controller).toMatchObject({ kind: 'timelock', address: timelock, roles: { admin: [timelock], proposer: [governor] }, proposers: [{ kind: 'governor', address: governor }] })
    expect(report.effectiveNotice).toBe(9n * day)
  })

  it("a Safe owner is recognised with its threshold, and the baseline's paths are simulated from it", async () => {
    const singleton = await deployArtifact(chain.client, safeArtifact('Safe.sol/Safe'), [], 'Safe')
    const factory = safeArtifact('proxies/SafeProxyFactory.sol/SafeProxyFactory')
    const factoryAddress = await deployArtifact(chain.client, factory, [], 'SafeProxyFactory')
    const owners = [owner, '0x00000000000000000000000000000000000000a1', '0x00000000000000000000000000000000000000a2'] as Address[]
    const setup = encodeFunctionData({
      abi: safeArtifact('Safe.sol/Safe').abi,
      functionName: 'setup',
      args: [owners, 2n, zeroAddress, '0x', zeroAddress, zeroAddress, 0n, zeroAddress],
    })
    const { result } = await writeContractCall(chain.client, { call: { address: factoryAddress, abi: factory.abi, functionName: 'createProxyWithNonce', args: [singleton, setup, 1n] } })
    const safe = getAddress(result as Address)
    const report = await auditAppAuth(chain.client, { address: await baselineApp(safe) })
    expect(report.controller).toEqual({ kind: 'safe', address: safe, threshold: 2n, owners: owners.map((a) => getAddress(a)), modules: [], build: expect.stringMatching(/^SafeProxy to Safe @ Safe 1\.4\.1 /) })
    expect(severityOf(report, 'OWNER_SAFE')).toBe('centralized')
    expect(report.instantPaths.map((path) => path.evidence)).toEqual(['simulated', 'simulated', 'simulated', 'simulated'])
    expect(report.stage).toBe(0)
  })

  it('names a policy the events do not explain', async () => {
    const app = await timelockApp(7n * day)
    await send(chain.client, app, timelockAppAuthAbi, 'removeComposeHash', [hex32('c1')])
    // Re-allow the hash behind the events' back: find the mapping's slot, then set it.
    const slot = await mappingSlot(app, hex32('c1'))
    await devRpc(chain.client)({ method: 'anvil_setStorageAt', params: [app, slot, `0x${'0'.repeat(63)}1`] })
    const report = await auditAppAuth(chain.client, { address: app })
    expect(severityOf(report, 'HISTORY_MISMATCH')).toBe('rug')
    expect(report.history!.mismatches).toEqual([`compose hash ${hex32('c1')}: events say not allowed, the contract says allowed`])
    expect(report.stage).toBe(0)
  })

  it('falls back to single calls where the RPC has no eth_simulateV1', async () => {
    const proxy = await startRpcProxy({ upstream: chain.url, refuse: (call) => (call.method === 'eth_simulateV1' ? { code: -32601, message: 'the method eth_simulateV1 does not exist' } : undefined) })
    try {
      const report = await auditAppAuth(await connect({ url: proxy.url }), { address: await baselineApp() })
      expect(severityOf(report, 'SIMULATION_UNAVAILABLE')).toBe('warning')
      expect(report.instantPaths.map((path) => path.evidence)).toEqual(['call succeeded', 'call succeeded', 'call succeeded', 'call succeeded'])
      expect(report.stage).toBe(0)
    } finally {
      await proxy.close()
    }
  })

  it('reports the verifier hooks of a verified timelock beside its Stage-1 notice', async () => {
    // The adapter only stores its verifier's address at deployment; the audit never calls it.
    const kms = await timelockApp(7n * day)
    const adapter = await deployArtifact(chain.client, { abi: automataDcapTdxAdapterAbi, bytecode: automataDcapTdxAdapterBytecode }, [kms, 0], 'AutomataDcapTdxAdapter')
    const app = await deployArtifact(
      chain.client,
      { abi: verifiedTimelockAppAuthAbi, bytecode: verifiedTimelockAppAuthBytecode },
      [owner, 7n * day, 7n * day, day, policy(), { adapters: [adapter], threshold: 1n, attestationValidity: day, measurements: [] }],
      'VerifiedTimelockAppAuth',
    )
    const report = await auditAppAuth(chain.client, { address: app })
    expect(report.stage).toBe(1)
    const hooks = report.findings.find((finding) => finding.id === 'VERIFIER_HOOKS')
    expect(hooks?.message).toBe('boots need attestations from 1 of 1 TEE vendors (intel-tdx)')
    expect(report.instantPaths).toEqual([])
  })

  it('refuses an account, and a contract that is no AppAuth, with a clear error', async () => {
    await expect(auditAppAuth(chain.client, { address: owner })).rejects.toThrow(new NotAnAppAuthError(owner, 'account'))
    await expect(auditAppAuth(chain.client, { address: owner })).rejects.toThrow(`${owner} is not an AppAuth: it is an account, not a contract (no code at that address)`)
    const timelock = await timelockController(day, [owner])
    await expect(auditAppAuth(chain.client, { address: timelock })).rejects.toThrow(/is not an AppAuth/)
  })

  it("knows OpenZeppelin's IGovernor interface id", () => {
    const { abi } = JSON.parse(readFileSync(join(repositoryRoot, 'node_modules/@openzeppelin/contracts/build/contracts/IGovernor.json'), 'utf8')) as { abi: Abi }
    // IERC165 and IERC6372 functions are inherited, so not part of type(IGovernor).interfaceId.
    const inherited = new Set(['supportsInterface', 'clock', 'CLOCK_MODE'])
    const id = abi
      .filter((item) => item.type === 'function' && !inherited.has(item.name))
      .reduce((acc, item) => acc ^ Number.parseInt(toFunctionSelector(toFunctionSignature(item as never)).slice(2), 16), 0)
    expect(`0x${(id >>> 0).toString(16).padStart(8, '0')}`).toBe(governorInterfaceIds[0])
  })

  /** The builds in a Forge artifact of this repository, as `--artifact out/<File>.sol/<Contract>.json` reads them. */
  function artifactBuilds(source: string, contract: string) {
    forgeArtifact(source, contract)
    const file = join('out', source.split('/').at(-1)!, `${contract}.json`)
    return buildsFromArtifact(JSON.parse(readFileSync(join(repositoryRoot, file), 'utf8')), file)
  }

  /** The storage slot of `_composeHashes[key]`: keccak256(key . p) for the mapping's position p. */
  async function mappingSlot(app: Address, key: Hex): Promise<Hex> {
    for (let position = 0n; position < 16n; position++) {
      const slot = keccak256(`${key}${position.toString(16).padStart(64, '0')}` as Hex)
      const value = (await chain.client.request({ method: 'eth_getStorageAt', params: [app, slot, 'latest'] })) as Hex
      if (BigInt(value) !== 0n) continue
      // The removed hash's slot is zero now; flip it and see whether the view follows.
      await devRpc(chain.client)({ method: 'anvil_setStorageAt', params: [app, slot, `0x${'0'.repeat(63)}1`] })
      const allowed = await chain.client.request({ method: 'eth_call', params: [{ to: app, data: encodeFunctionData({ abi: timelockAppAuthAbi, functionName: 'allowedComposeHashes', args: [key] }) }, 'latest'] })
      await devRpc(chain.client)({ method: 'anvil_setStorageAt', params: [app, slot, `0x${'0'.repeat(64)}`] })
      if (BigInt(allowed as Hex) === 1n) return slot
    }
    throw new Error('mapping slot not found')
  }
})
