// The audit's Stage 3 rule on one app, end to end on anvil: the same verified AppAuth climbs from
// Stage 0 to Stage 3 as each condition is met (notice, governance, vendors, pins, k), and falls back to
// Stage 2 when an adapter is replaced by one that can change, or k falls to 1. The verifiers are the
// tests' stand-ins (test/verifiers/mocks), known builds on the local chain only.
import { type Abi, type Address, encodeFunctionData, type Hex, keccak256, parseEventLogs, stringToHex } from 'viem'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { appAuthVotesTokenAbi, automataDcapTdxAdapterAbi, localTestVerifierBytecode, verifiedTimelockAppAuthAbi } from '../generated/contracts'
import { deployArtifact, send, warp } from '../test/actions'
import { forgeArtifact, openZeppelinArtifact } from '../test/artifacts'
import { hex32, policy, startTestChain, type TestChain } from '../test/chain'
import { runCli } from '../test/cli'
import { type AuditReport, auditAppAuth } from './audit'
import { startAnvil } from './anvil'
import { connect } from './client'
import { appAuthEventsAbi } from './contracts'
import { deployTimelockAppAuth } from './deploy'
import { deployGovernedAppAuth, deployVotesToken, type GovernorConfig, prepareCastVote, prepareQueueOrExecute, proposeThroughGovernor } from './governor'
import { devPrivateKey } from './local-chain'
import { type ContractCall, deployContract, writeContractCall } from './transactions'
import { deployVerifiedTimelockAppAuth, deployVerifierAdapter } from './verified'

const day = 86_400n
const TDX = keccak256(stringToHex('intel-tdx'))
const NITRO = keccak256(stringToHex('aws-nitro'))
const governorConfig: GovernorConfig = { votingDelay: 3_600, votingPeriod: 86_400, proposalThreshold: 0n, quorumNumerator: 4n, lateQuorumExtension: 3_600, executionWindow: 14 * 86_400 }
const timelockDelay = 3_600n

const unmet = (report: AuditReport) => report.conditions.filter((condition) => !condition.met).map((condition) => condition.id)
const reasonsOf = (report: AuditReport, id: string) => report.conditions.find((condition) => condition.id === id)!.reasons

describe("the audit's Stage 3 rule", { timeout: 240_000 }, () => {
  let chain: TestChain
  const verifiers = {} as Record<'quote' | 'entrypoint' | 'nitro', Address>
  const adapters = {} as Record<'tdx' | 'tdxRouted' | 'nitro', Address>

  const deployStandIn = async (name: keyof typeof localTestVerifierBytecode) =>
    (await deployContract(chain.client, { name, abi: [] as Abi, bytecode: localTestVerifierBytecode[name], args: [] })).address

  beforeAll(async () => {
    chain = await startTestChain()
    verifiers.quote = await deployStandIn('MockAutomataQuoteVerifier')
    verifiers.entrypoint = await deployStandIn('MockAutomataDcapAttestation')
    verifiers.nitro = await deployStandIn('MockNitroValidator')
    adapters.tdx = (await deployVerifierAdapter(chain.client, { vendor: 'tdx', verifier: verifiers.quote })).address
    adapters.tdxRouted = (await deployVerifierAdapter(chain.client, { vendor: 'tdx', verifier: verifiers.entrypoint, kind: 'router' })).address
    adapters.nitro = (await deployVerifierAdapter(chain.client, { vendor: 'nitro', verifier: verifiers.nitro })).address
  }, 120_000)
  afterAll(() => chain?.stop())

  it('rates the same app 0 → 1 → 2 → 3 as conditions are met, and back to 2 when an adapter can change or k falls to 1', async () => {
    const audit = (address: Address) => auditAppAuth(chain.client, { address })

    // Stage 0: one vendor, and a one-hour notice nobody can exit in.
    const { address: app } = await deployVerifiedTimelockAppAuth(chain.client, {
      owner: chain.address,
      noticePeriod: 3_600n,
      minNoticePeriod: 3_600n,
      gracePeriod: 7n * day,
      policy: policy(),
      verifiers: { adapters: [adapters.tdx], threshold: 1n, attestationValidity: day, measurements: [] },
    })
    const stage0 = await audit(app)
    expect(stage0.stage).toBe(0)
    expect(stage0.variant).toBe('verified')
    expect(unmet(stage0)).toContain('NOTICE_BEFORE_LOOSENING')

    // Stage 1: lengthening the notice is a tightening, instant.
    await send(chain.client, app, verifiedTimelockAppAuthAbi, 'lengthenNoticePeriod', [7n * day])
    const stage1 = await audit(app)
    expect(stage1.stage).toBe(1)
    expect(unmet(stage1)).toEqual(expect.arrayContaining(['NO_SINGLE_PARTY', 'DECIDED_BY_VOTE']))
    expect(unmet(stage1)).not.toContain('NOTICE_BEFORE_LOOSENING')

    // Stage 2: hand the app to a Governor's timelock (announced, then accepted by a vote).
    const token = (await deployVotesToken(chain.client, { name: 'votes', symbol: 'VOTE', recipient: chain.address, supply: 10n ** 24n })).address
    await send(chain.client, token, appAuthVotesTokenAbi, 'delegate', [chain.address])
    const governance = await deployGovernedAppAuth(chain.client, {
      token,
      governorName: 'stage3 governor',
      governor: governorConfig,
      timelockDelay,
      noticePeriod: 7n * day,
      minNoticePeriod: 7n * day,
      gracePeriod: 7n * day,
      policy: policy(),
    })
    let proposals = 0
    /** One proposal through the governor: propose, vote, queue, execute; returns the changes it announced. */
    const vote = async (calls: ContractCall[]) => {
      const description = `stage3 step ${++proposals}`
      const proposal = await proposeThroughGovernor(chain.client, { governor: governance.governor, calls, description })
      await warp(chain.client, governorConfig.votingDelay + 1)
      await writeContractCall(chain.client, { call: prepareCastVote(governance.governor, { proposalId: proposal.proposalId, support: 'for' }) })
      await warp(chain.client, governorConfig.votingPeriod + 1)
      await writeContractCall(chain.client, { call: prepareQueueOrExecute(governance.governor, 'queue', proposal) })
      await warp(chain.client, timelockDelay + 1n)
      const executed = await writeContractCall(chain.client, { call: prepareQueueOrExecute(governance.governor, 'execute', proposal) })
      return parseEventLogs({ abi: appAuthEventsAbi, eventName: 'ChangeProposed', logs: executed.receipt.logs }).map((log) => (log.args as { id: Hex }).id)
    }
    const call = (functionName: string, args: readonly unknown[]): ContractCall => ({ address: app, abi: verifiedTimelockAppAuthAbi, functionName, args })
    /** Waits out the notice and activates each change (anyone may). */
    const activateAll = async (ids: Hex[]) => {
      await warp(chain.client, 7n * day + 1n)
      for (const id of ids) await send(chain.client, app, verifiedTimelockAppAuthAbi, 'activate', [id])
    }

    await send(chain.client, app, verifiedTimelockAppAuthAbi, 'transferOwnership', [governance.timelock])
    await warp(chain.client, 7n * day + 1n)
    await vote([call('acceptOwnership', [])])
    const stage2 = await audit(app)
    expect(stage2.stage).toBe(2)
    expect(stage2.controller).toMatchObject({ kind: 'timelock', address: governance.timelock })
    expect(unmet(stage2)).toEqual(['MULTI_VENDOR', 'MEASUREMENTS_PINNED'])
    expect(reasonsOf(stage2, 'MULTI_VENDOR')).toEqual(['VERIFIER_ONE_VENDOR: a boot needs an attestation from one vendor only (k = 1): that vendor alone vouches for the TEE'])
    expect(reasonsOf(stage2, 'MEASUREMENTS_PINNED')).toEqual(['MEASUREMENT_UNPINNED: intel-tdx pins no measurement: its attestation of any code it measured counts towards k'])
    // The stand-in the adapter calls is known here, the local chain, and says so.
    expect(stage2.findings.find((finding) => finding.id === 'VERIFIER_KNOWN')?.message).toMatch(
      new RegExp(`^the intel-tdx adapter calls ${verifiers.quote} directly: MockAutomataQuoteVerifier @ devproof-appauth \\S+ test stand-in \\(test/verifiers/mocks\\), local chain only$`),
    )
    expect(stage2.identities.find((identity) => identity.role === 'verifier')).toMatchObject({ address: verifiers.quote, origin: 'local-test' })

    // A second vendor and a pin for each, through votes and the notice: still Stage 2 while k = 1.
    const announced = await vote([call('proposeVerifierAdapter', [adapters.nitro, '']), call('proposeVerifierMeasurement', [TDX, hex32('a1'), '']), call('proposeVerifierMeasurement', [NITRO, hex32('b1'), ''])])
    expect(announced).toHaveLength(3)
    const waiting = await audit(app)
    expect(waiting.stage).toBe(2)
    expect(waiting.findings.find((finding) => finding.id === 'PENDING_CHANGES')).toBeDefined()
    await activateAll(announced)
    const pinned = await audit(app)
    expect(pinned.stage).toBe(2)
    expect(unmet(pinned)).toEqual(['MULTI_VENDOR'])

    // Raising k is a tightening: it takes effect when the vote executes.
    expect(await vote([call('raiseVerifierThreshold', [2n])])).toEqual([])
    const stage3 = await audit(app)
    expect(stage3.stage).toBe(3)
    expect(unmet(stage3)).toEqual([])
    expect(stage3.conditions.filter((condition) => condition.stage === 3).map((condition) => condition.id)).toEqual([
      'MULTI_VENDOR',
      'ADAPTERS_IMMUTABLE',
      'VERIFIERS_FIXED',
      'MEASUREMENTS_PINNED',
      'VERIFIER_CHANGES_NOTICED',
    ])
    expect(stage3.findings.filter((finding) => finding.severity === 'trusted')).toEqual([])
    expect(stage3.identities.filter((identity) => identity.role === 'adapter' || identity.role === 'verifier').map((identity) => [identity.role, identity.build?.split(' @ ')[0]])).toEqual([
      ['adapter', 'AutomataDcapTdxAdapter'],
      ['verifier', 'MockAutomataQuoteVerifier'],
      ['adapter', 'BaseNitroAdapter'],
      ['verifier', 'MockNitroValidator'],
    ])

    // From Stage 3, each way back to Stage 2, from the same state.
    const snapshot = async () => (await chain.client.request({ method: 'evm_snapshot' as never, params: [] as never })) as Hex
    const revert = (id: Hex) => chain.client.request({ method: 'evm_revert' as never, params: [id] as never })
    const replaceAdapter = async (adapter: Address) => {
      const saved = await snapshot()
      await activateAll(await vote([call('proposeVerifierAdapter', [adapter, ''])]))
      const report = await audit(app)
      await revert(saved)
      return report
    }

    const routed = await replaceAdapter(adapters.tdxRouted)
    expect(routed.stage).toBe(2)
    expect(unmet(routed)).toEqual(['VERIFIERS_FIXED'])
    expect(reasonsOf(routed, 'VERIFIERS_FIXED')).toEqual([
      `VERIFIER_ROUTER: the intel-tdx adapter ${adapters.tdxRouted} calls ${verifiers.entrypoint} as a router (an owner-controlled entry point): its owner can change which verifier it routes to without the app's notice; the owner is unknown (it answers no owner())`,
    ])

    const implementation = (await deployVerifierAdapter(chain.client, { vendor: 'nitro', verifier: verifiers.nitro })).address
    const proxy = await deployArtifact(chain.client, openZeppelinArtifact('ERC1967Proxy'), [implementation, encodeFunctionData({ abi: automataDcapTdxAdapterAbi, functionName: 'verifier' })], 'ERC1967Proxy')
    const proxied = await replaceAdapter(proxy)
    expect(proxied.stage).toBe(2)
    expect(unmet(proxied)).toEqual(['ADAPTERS_IMMUTABLE'])
    expect(reasonsOf(proxied, 'ADAPTERS_IMMUTABLE')).toEqual([
      `ADAPTER_MUTABLE: the aws-nitro adapter: ${proxy} is behind an upgradeable ERC-1967 proxy: its code can change without the app's notice; it decides what counts as an attestation of aws-nitro`,
    ])

    const scriptable = await deployArtifact(chain.client, forgeArtifact('test/verifiers/mocks/MockAdapter.sol', 'MockAdapter'), [NITRO], 'MockAdapter')
    const unknown = await replaceAdapter(scriptable)
    expect(unknown.stage).toBe(2)
    expect(unmet(unknown)).toEqual(['ADAPTERS_IMMUTABLE', 'VERIFIERS_FIXED'])
    expect(reasonsOf(unknown, 'ADAPTERS_IMMUTABLE')[0]).toBe(`ADAPTER_MUTABLE: the aws-nitro adapter: the code at ${scriptable} is no known build; it decides what counts as an attestation of aws-nitro`)

    await activateAll(await vote([call('proposeVerifierThreshold', [1n, ''])]))
    const lowered = await audit(app)
    expect(lowered.stage).toBe(2)
    expect(unmet(lowered)).toEqual(['MULTI_VENDOR'])
  })

  it("names a router's owner, and counts a router whose owner is a timelock at least as slow as the app's notice as fixed", async () => {
    // Any known Ownable build stands in for Automata's entry point here: a TimelockAppAuth, owned by a
    // key, then by a TimelockController with an 8-day delay.
    const verifiedWith = async (adapter: Address) =>
      (
        await deployVerifiedTimelockAppAuth(chain.client, {
          owner: chain.address,
          noticePeriod: 7n * day,
          minNoticePeriod: 7n * day,
          gracePeriod: day,
          policy: policy(),
          verifiers: { adapters: [adapter], threshold: 1n, attestationValidity: day, measurements: [] },
        })
      ).address
    const byKey = (await deployTimelockAppAuth(chain.client, { owner: chain.address, noticePeriod: day, minNoticePeriod: day, gracePeriod: day, policy: policy() })).address
    const keyRouted = (await deployVerifierAdapter(chain.client, { vendor: 'tdx', verifier: byKey, kind: 'router' })).address
    const report = await auditAppAuth(chain.client, { address: await verifiedWith(keyRouted) })
    expect(reasonsOf(report, 'VERIFIERS_FIXED')).toEqual([
      `VERIFIER_ROUTER: the intel-tdx adapter ${keyRouted} calls ${byKey} as a router (an owner-controlled entry point): its owner can change which verifier it routes to without the app's notice; the owner is account ${chain.address} with no code: one key, or a contract not deployed yet`,
    ])

    const slow = await deployArtifact(chain.client, openZeppelinArtifact('TimelockController'), [8n * day, [chain.address], [chain.address], '0x0000000000000000000000000000000000000000'], 'TimelockController')
    const byTimelock = (await deployTimelockAppAuth(chain.client, { owner: slow, noticePeriod: day, minNoticePeriod: day, gracePeriod: day, policy: policy() })).address
    const slowRouted = (await deployVerifierAdapter(chain.client, { vendor: 'tdx', verifier: byTimelock, kind: 'router' })).address
    const delayed = await auditAppAuth(chain.client, { address: await verifiedWith(slowRouted) })
    expect(delayed.conditions.find((condition) => condition.id === 'VERIFIERS_FIXED')).toMatchObject({ met: true })
    expect(delayed.findings.find((finding) => finding.id === 'VERIFIER_DELAYED')?.message).toMatch(
      new RegExp(`^the intel-tdx adapter calls the router ${byTimelock} \\(TimelockAppAuth @ .*\\), whose owner TimelockController ${slow} \\(min delay 8d\\).* waits at least the app's notice$`),
    )
  })

  it('knows the stand-in verifiers on the local chain only: on any other chain id they are unknown code', async () => {
    const base = await startAnvil({ args: ['--chain-id', '8453'] })
    try {
      const client = await connect({ url: base.url, privateKey: devPrivateKey(0), pollingInterval: 50 })
      const quote = (await deployContract(client, { name: 'MockAutomataQuoteVerifier', abi: [] as Abi, bytecode: localTestVerifierBytecode.MockAutomataQuoteVerifier, args: [] })).address
      const adapter = (await deployVerifierAdapter(client, { vendor: 'tdx', verifier: quote })).address
      const { address } = await deployVerifiedTimelockAppAuth(client, {
        owner: client.account!.address,
        noticePeriod: 7n * day,
        minNoticePeriod: 7n * day,
        gracePeriod: day,
        policy: policy(),
        verifiers: { adapters: [adapter], threshold: 1n, attestationValidity: day, measurements: [] },
      })
      const report = await auditAppAuth(client, { address })
      expect(report.chainId).toBe(8453)
      expect(report.identities.find((identity) => identity.role === 'verifier')).toMatchObject({ address: quote, build: null })
      expect(report.findings.find((finding) => finding.id === 'VERIFIER_UNKNOWN')?.message).toBe(
        `the code at ${quote} is no known build; the intel-tdx adapter calls it: pass its build with --artifact, or vouch for the deployment with --trusted-verifier intel-tdx=${quote}`,
      )
      // Unknown verifier code keeps the app from Stage 3 only: the allow-lists still decide every boot.
      expect(report.stage).toBe(1)
    } finally {
      await base.stop()
    }
  })

  it('lets the auditor vouch for a verifier it cannot identify, and says so in the report', async () => {
    // A verifier of unknown code: a contract the audit has no build of.
    const unknownVerifier = await deployArtifact(chain.client, forgeArtifact('test/mocks/ERC1271WalletMock.sol', 'ERC1271WalletMock'), [chain.address], 'ERC1271WalletMock')
    const adapter = (await deployVerifierAdapter(chain.client, { vendor: 'nitro', verifier: unknownVerifier })).address
    const { address } = await deployVerifiedTimelockAppAuth(chain.client, {
      owner: chain.address,
      noticePeriod: 7n * day,
      minNoticePeriod: 7n * day,
      gracePeriod: day,
      policy: policy(),
      verifiers: { adapters: [adapter], threshold: 1n, attestationValidity: day, measurements: [] },
    })
    const cli = (...argv: string[]) => runCli([...chain.rpcArgs, ...argv], { cwd: chain.dir })
    const plain = await cli('--json', 'audit', address)
    expect(plain.json().conditions.find((condition: { id: string }) => condition.id === 'VERIFIERS_FIXED').met).toBe(false)

    const vouched = await cli('audit', address, '--trusted-verifier', `nitro=${unknownVerifier}`, '--trusted-verifier', `tdx=${chain.address}`)
    expect(vouched.code).toBe(0)
    expect(vouched.stdout).toContain(`verifier          ${unknownVerifier}: unknown code, vouched by the auditor (--trusted-verifier)`)
    expect(vouched.stdout).toMatch(new RegExp(`ok +VERIFIER_VOUCHED +the aws-nitro verifier ${unknownVerifier} is vouched by the auditor \\(--trusted-verifier\\), not identified by this audit`))
    expect(vouched.stdout).toMatch(/Stage 3 {2}met {4} {2}every verifier the adapters call is immutable known code/)
    expect(vouched.stdout).toMatch(/WARN +TRUSTED_VERIFIER_UNUSED +--trusted-verifier intel-tdx=/)

    // The same verifier behind an upgradeable proxy: its code can change at once, and the report says by whom.
    const owned = await deployArtifact(chain.client, forgeArtifact('test/mocks/ERC1271WalletMock.sol', 'ERC1271WalletMock'), [chain.address], 'ERC1271WalletMock')
    // OpenZeppelin 5.7's proxy wants a first call: a view of the wallet does.
    const firstCall = encodeFunctionData({ abi: [{ type: 'function', name: 'isValidSignature', stateMutability: 'view', inputs: [{ type: 'bytes32' }, { type: 'bytes' }], outputs: [{ type: 'bytes4' }] }], functionName: 'isValidSignature', args: [hex32('00'), '0x'] })
    const proxied = await deployArtifact(chain.client, openZeppelinArtifact('ERC1967Proxy'), [owned, firstCall], 'ERC1967Proxy')
    const viaProxy = (await deployVerifierAdapter(chain.client, { vendor: 'nitro', verifier: proxied })).address
    const { address: proxiedApp } = await deployVerifiedTimelockAppAuth(chain.client, {
      owner: chain.address,
      noticePeriod: 7n * day,
      minNoticePeriod: 7n * day,
      gracePeriod: day,
      policy: policy(),
      verifiers: { adapters: [viaProxy], threshold: 1n, attestationValidity: day, measurements: [] },
    })
    const viaProxyReport = await auditAppAuth(chain.client, { address: proxiedApp })
    expect(reasonsOf(viaProxyReport, 'VERIFIERS_FIXED')).toEqual([
      `VERIFIER_MUTABLE: the aws-nitro verifier ${proxied} is behind an upgradeable ERC-1967 proxy: a party the audit cannot name can replace its code at once`,
    ])
    expect(viaProxyReport.stage).toBe(1)

    const bad = await cli('audit', address, '--trusted-verifier', 'nitro')
    expect(bad.code).not.toBe(0)
    expect(bad.stderr).toContain('--trusted-verifier takes <vendor>=<value>')
    const gate = await cli('audit', address, '--require-stage', '3')
    expect(gate.code).toBe(1)
    const wrongStage = await cli('audit', address, '--require-stage', '4')
    expect(wrongStage.stderr).toContain('--require-stage must be 0, 1, 2 or 3')
  })
})
