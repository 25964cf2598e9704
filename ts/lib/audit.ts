import {
  type Abi,
  type AbiEvent,
  type AbiFunction,
  type AbiParameter,
  type Address,
  type Client,
  concatHex,
  decodeEventLog,
  decodeFunctionResult,
  encodeAbiParameters,
  encodeFunctionData,
  getAddress,
  type Hex,
  hexToBigInt,
  keccak256,
  toEventSelector,
  toFunctionSelector,
  toHex,
  zeroAddress,
} from 'viem'
import { getBlockNumber, getChainId, getCode, getStorageAt, readContract } from 'viem/actions'
import { emptyBootInfo } from './boot-info'
import { baselineAppAuthAbi, iAppAuthAbi, iAppAuthPolicyAbi, iAppAuthVerifierHooksAbi, iVerifierAdapterAbi, multisigAppAuthAbi, timelockAppAuthAbi } from '../generated/contracts'
import { probeArtifactFunctions } from './audit-probe'
import { adapterVerifier, type CodeIdentity, identitiesOf, type ResolvedCode, resolveCode, runningBuild, unknownReason } from './audit-identity'
import { type RatingFacts, rateStage, type Severity, type Stage, type StageCondition, severityOrder } from './audit-stage'
import { type KnownBuild, knownBuilds, localChainId, localTestBuilds } from './code-identity'
import { appAuthEventsAbi, type DetectedVariant, interfaceIds, supportsInterface, variantOfBuild, variants } from './contracts'
import { buildLabel, type Controller, describeController, identifyController } from './controller'
import { NotAnAppAuthError } from './errors'
import { logPages } from './log-pages'
import { policyName } from './policy-names'
import { findDeploymentBlock } from './logs'
import { erc1967Slots, ownableAbi, proxyAbi } from './standards'
import { formatDuration } from './time'

export type { Severity, Stage, StageCondition } from './audit-stage'

/** Stable finding ids: programs match on them, people read the message. */
export type FindingId =
  | 'KNOWN_BUILD'
  | 'UNKNOWN_CODE'
  | 'INSTANT_LOOSENING'
  | 'MULTISIG_SIGNERS'
  | 'MULTISIG_ONE_SIGNER'
  | 'SAFE_MODULES'
  | 'OPT_OUT_REGISTRY'
  | 'NO_ERC165'
  | 'INSTANT_COMPOSE_HASH'
  | 'INSTANT_DEVICE'
  | 'INSTANT_ALLOW_ANY_DEVICE'
  | 'INSTANT_TCB_DOWNGRADE'
  | 'ADVERTISES_INSTANT_MANAGEMENT'
  | 'UPGRADEABLE_INSTANT'
  | 'UPGRADEABLE_DELAYED'
  | 'UPGRADES_BLOCKED'
  | 'NOT_UPGRADEABLE'
  | 'NO_NOTICE'
  | 'NOTICE_TOO_SHORT'
  | 'NOTICE_OK'
  | 'NOTICE_FLOOR_BELOW_MINIMUM'
  | 'OWNER_RENOUNCED'
  | 'OWNER_EOA'
  | 'OWNER_SAFE'
  | 'OWNER_UNKNOWN_CONTRACT'
  | 'OWNER_TIMELOCK'
  | 'OWNER_PENDING'
  | 'TIMELOCK_ROLES_UNKNOWN'
  | 'TIMELOCK_ADMIN_HELD'
  | 'TIMELOCK_PROPOSER_NOT_GOVERNOR'
  | 'GOVERNOR_VOTING'
  | 'GOVERNOR_BLOCK_CLOCK'
  | 'GOVERNOR_NO_QUORUM'
  | 'VERIFIER_HOOKS'
  | 'VERIFIER_ONE_VENDOR'
  | 'VERIFIER_CHANGES_NOTICED'
  | 'VERIFIER_RULES_UNKNOWN'
  | 'ADAPTER_KNOWN'
  | 'ADAPTER_MUTABLE'
  | 'VERIFIER_KNOWN'
  | 'VERIFIER_DELAYED'
  | 'VERIFIER_VOUCHED'
  | 'VERIFIER_ROUTER'
  | 'VERIFIER_MUTABLE'
  | 'VERIFIER_UNKNOWN'
  | 'MEASUREMENTS_PINNED'
  | 'MEASUREMENT_UNPINNED'
  | 'TRUSTED_VERIFIER_UNUSED'
  | 'PENDING_CHANGES'
  | 'HISTORY_CONSISTENT'
  | 'HISTORY_MISMATCH'
  | 'HISTORY_UNAVAILABLE'
  | 'SIMULATION_UNAVAILABLE'

export type Finding = { id: FindingId; severity: Severity; message: string }

/** A way to loosen the boot policy with one call of the controller. */
export type InstantPath = {
  /** `INSTANT_LOOSENING`: a function of an auditor-supplied ABI whose call lets a boot through that was denied before. */
  id: 'INSTANT_COMPOSE_HASH' | 'INSTANT_DEVICE' | 'INSTANT_ALLOW_ANY_DEVICE' | 'INSTANT_TCB_DOWNGRADE' | 'INSTANT_LOOSENING'
  function: string
  /** `simulated`: the call from the controller succeeded and the view changed in the same simulated block. */
  evidence: 'simulated' | 'call succeeded' | 'advertised' | 'selector'
}

export type UpgradeInfo = {
  proxy: 'none' | 'erc1967' | 'beacon' | 'minimal'
  implementation: Address | null
  /** Who can swap the implementation: the owner (UUPS), the ERC-1967 admin, or the beacon's owner. */
  authority: Address | null
  uups: boolean
  /** Whether a swap from the authority succeeds in simulation (null: not tried). */
  upgradeSucceeds: boolean | null
}

export type AuditReport = {
  address: Address
  chainId: number
  blockNumber: bigint
  /** The variant of a known project build (`timelock`, `verified`, `multisig`, `baseline`), else `unknown`: never inferred from ERC-165 answers. */
  variant: string
  /** The build of the code that runs (behind a proxy: the implementation's), `name @ release`; null when unknown. */
  build: string | null
  /** Every contract the audit identified by code: app, proxy, implementation, controller, adapters, verifiers, opt-out registry. */
  identities: CodeIdentity[]
  stage: Stage
  /** Each stage's conditions, met or not, with the findings that decide them. */
  conditions: StageCondition[]
  findings: Finding[]
  controller: Controller
  /** The AppAuth's own notice period (IAppAuthNotice), when it has one; seconds. */
  notice: { period: bigint; floor: bigint; grace: bigint } | null
  /** Seconds between the controller's decision and its effect: the controller's delay (timelock) plus the app's notice. */
  effectiveNotice: bigint
  /** The notice the audit requires for Stage 1, seconds. */
  requiredNotice: bigint
  upgrade: UpgradeInfo
  instantPaths: InstantPath[]
  history: { events: number; checked: number; mismatches: string[] } | null
}

export type AuditAppAuthParameters = {
  address: Address
  /** The shortest notice that counts as Stage 1, seconds (default 7 days). */
  minNotice?: bigint | undefined
  /**
   * First block to replay events from (default: the deployment block, found by bisection); or a
   * promise of it (undefined: that default), so a caller can look it up while the audit reads the rest.
   */
  fromBlock?: bigint | Promise<bigint | undefined> | undefined
  pageSize?: bigint | undefined
  /** Builds the auditor compiled (`--artifact`), known beside this release's own. */
  artifacts?: readonly KnownBuild[] | undefined
  /** An opt-out registry to identify beside the app. */
  optOutRegistry?: Address | undefined
  /**
   * Verifier deployments the auditor vouches for (`--trusted-verifier <vendor>=<address>`): a verifier
   * an adapter of that vendor calls at that address counts as fixed for Stage 3, reported as vouched.
   */
  trustedVerifiers?: readonly TrustedVerifier[] | undefined
  /**
   * Controllers already identified, by address, shared by the audits of one run (`audit --kms`): apps
   * with the same owner identify it once. Leave it out for a single app.
   */
  controllers?: Map<Address, Promise<Controller>> | undefined
}

/** A verifier deployment the auditor vouches for: the vendor id (keccak256 of its name), its name and the address. */
export type TrustedVerifier = { vendor: Hex; name: string; address: Address }

export const defaultMinNotice = 7n * 86_400n

/**
 * An ERC-733 stage report for any AppAuth: ours, a stock DstackApp, or one of unknown make. It reads
 * who controls the app and how (EOA, Safe, Governor, TimelockController and its role holders), the
 * notice period against `minNotice`, whether and how the contract can be upgraded, every path that
 * loosens the boot policy without notice (probed by simulating the controller's call and reading the
 * view after it in the same block, where the node offers `eth_simulateV1`), verifier hooks, pending
 * changes, and whether the event history reproduces the allow-lists. The stage is the lowest cap any
 * finding sets; Stage 2 needs governance by vote on top of Stage 1, and Stage 3 multi-vendor verification
 * that nobody can change without the notice (audit-stage.ts lists the conditions).
 */
export async function auditAppAuth(client: Client, parameters: AuditAppAuthParameters): Promise<AuditReport> {
  const address = getAddress(parameters.address)
  const requiredNotice = parameters.minNotice ?? defaultMinNotice
  const findings: Finding[] = []
  const add = (id: FindingId, severity: Severity, message: string) => findings.push({ id, severity, message })

  const [chainId, blockNumber, code] = await Promise.all([getChainId(client), getBlockNumber(client), getCode(client, { address })])
  if (!code || code === '0x') throw new NotAnAppAuthError(address, 'account')
  // ---- identity first: which code is this, and what runs behind its proxy or clone?
  // The stand-in verifiers of the tests are known only where they can only have been deployed for a test.
  const builds = [...(parameters.artifacts ?? []), ...knownBuilds, ...(chainId === localChainId ? localTestBuilds : [])]
  const resolved = await resolveCode(client, address, builds, code)
  const appBuild = runningBuild(resolved)
  if (appBuild?.origin === 'project' && appBuild.name === 'LocalKms') throw new NotAnAppAuthError(address, 'kms')
  const identities: CodeIdentity[] = identitiesOf('app', resolved)
  // Reads every app gets whatever the others answer go out together now (they never throw), so a
  // batching client sends them in one request instead of one round trip each.
  const reads = {
    answersErc165: supportsInterface(client, address, interfaceIds.appAuth),
    noticePeriod: readOptional<bigint>(client, address, timelockAppAuthAbi, 'noticePeriod'),
    pendingOwner: readOptional<Address>(client, address, ownableAbi, 'pendingOwner'),
    pendingChangeCount: readOptional<bigint>(client, address, timelockAppAuthAbi, 'pendingChangeCount'),
    advertised: supportsInterface(client, address, interfaceIds.basicManagement),
    verifierThreshold: readOptional<bigint>(client, address, iAppAuthVerifierHooksAbi, 'verifierThreshold'),
    // The two switches: the probes skip what is already loose, the history replay checks them.
    switches: Promise.all([
      readOptional<boolean>(client, address, iAppAuthPolicyAbi, 'allowAnyDevice'),
      readOptional<boolean>(client, address, iAppAuthPolicyAbi, 'requireTcbUpToDate'),
    ]),
  }
  const answersErc165 = await reads.answersErc165
  if (!answersErc165) {
    // An AppAuth without ERC-165 still works with the KMS if isAppAllowed answers.
    if (!(await answersIsAppAllowed(client, address))) throw new NotAnAppAuthError(address, 'no IAppAuth')
    add('NO_ERC165', 'warning', 'answers isAppAllowed but not supportsInterface(0x1e079198): tools that check ERC-165 will refuse it')
  }

  const variant: DetectedVariant | 'unknown' = appBuild?.origin === 'project' ? (variantOfBuild[appBuild.name] ?? 'unknown') : 'unknown'
  const signerSet = variant !== 'unknown' && variants[variant].multisig
  codeFindings(resolved, add)

  // ---- controller: our multisig's signer set, else the owner, identified by code
  let owner: Address | undefined
  let controller: Controller
  if (signerSet) {
    const [signers, threshold] = await Promise.all([
      readContract(client, { address, abi: multisigAppAuthAbi, functionName: 'signers' }),
      readContract(client, { address, abi: multisigAppAuthAbi, functionName: 'threshold' }),
    ])
    // Every controller call of the multisig is the app calling itself once enough signers signed.
    owner = address
    controller = { kind: 'multisig', address, threshold, signers: [...signers] }
  } else {
    owner = await readOptional<Address>(client, address, ownableAbi, 'owner')
    const ownerAddress = owner ?? zeroAddress
    let identified = parameters.controllers?.get(ownerAddress)
    if (!identified) {
      identified = identifyController(client, { address: ownerAddress, builds })
      parameters.controllers?.set(ownerAddress, identified)
      // A failed read is not remembered: the next app with this owner tries again.
      identified.catch(() => parameters.controllers?.delete(ownerAddress))
    }
    controller = await identified
  }
  identities.push(...controllerIdentities(controller, 'controller'))
  const controllerDelay = controller.kind === 'timelock' ? controller.minDelay : 0n

  // ---- notice period
  const noticePeriod = await reads.noticePeriod
  let notice: AuditReport['notice'] = null
  if (noticePeriod !== undefined) {
    const [floor, grace] = await Promise.all([
      readOptional<bigint>(client, address, timelockAppAuthAbi, 'minNoticePeriod'),
      readOptional<bigint>(client, address, timelockAppAuthAbi, 'gracePeriod'),
    ])
    notice = { period: noticePeriod, floor: floor ?? noticePeriod, grace: grace ?? 0n }
  }
  const effectiveNotice = (notice?.period ?? 0n) + controllerDelay
  const required = formatDuration(requiredNotice)
  if (controller.kind !== 'none') {
    if (notice) {
      if (effectiveNotice < requiredNotice) {
        add('NOTICE_TOO_SHORT', 'rug', `a loosening change waits ${formatDuration(effectiveNotice)}, less than the ${required} users need to exit`)
      } else {
        add('NOTICE_OK', 'info', `every loosening change waits ${formatDuration(effectiveNotice)} (at least ${required})`)
      }
      if (notice.floor + controllerDelay < requiredNotice && notice.floor < notice.period) {
        add('NOTICE_FLOOR_BELOW_MINIMUM', 'warning', `the notice period may be shortened (with notice) down to ${formatDuration(notice.floor)}`)
      }
    } else if (controllerDelay >= requiredNotice) {
      add('NOTICE_OK', 'info', `the controller is a timelock: every change waits its ${formatDuration(controllerDelay)} delay`)
    } else {
      add('NO_NOTICE', 'rug', `no notice period: the contract has none${controllerDelay > 0n ? ` and the controller's ${formatDuration(controllerDelay)} delay is under ${required}` : ''}`)
    }
  }

  // ---- controller
  // With nobody in control, a change still pending could take effect and never be undone.
  const pendingWithoutController =
    controller.kind === 'none' ? await reads.pendingChangeCount : undefined
  describeControllerFindings(controller, add, pendingWithoutController ?? 0n)
  const pendingOwner = await reads.pendingOwner
  if (pendingOwner && pendingOwner !== zeroAddress) add('OWNER_PENDING', 'info', `control is being handed to ${pendingOwner}`)

  // ---- upgradeability
  const upgrade = await readUpgrade(client, address, signerSet ? undefined : owner, code, resolved)
  const implementationCode = upgrade.implementation ? await getCode(client, { address: upgrade.implementation }) : code
  if (upgrade.proxy === 'none' || upgrade.proxy === 'minimal') {
    add('NOT_UPGRADEABLE', 'info', upgrade.proxy === 'minimal' ? 'a minimal (EIP-1167) clone: its code cannot change' : 'no proxy: the code cannot change')
  } else if (upgrade.upgradeSucceeds === false) {
    add('UPGRADES_BLOCKED', 'info', `a proxy (${upgrade.uups ? 'UUPS' : upgrade.proxy}), but an upgrade from ${upgrade.authority ?? 'its owner'} reverts: upgrades are disabled or gated`)
  } else {
    const authority = upgrade.authority ? await identifyController(client, { address: upgrade.authority, depth: 0 }) : undefined
    const delay = authority?.kind === 'timelock' ? authority.minDelay : 0n
    const who = authority ? describeController(authority) : 'an unknown account'
    if (authority?.kind === 'none') add('UPGRADES_BLOCKED', 'info', 'a proxy whose upgrade authority is renounced')
    else if (delay >= requiredNotice) add('UPGRADEABLE_DELAYED', 'info', `the code can be replaced by ${who} after its ${formatDuration(delay)} delay`)
    else add('UPGRADEABLE_INSTANT', 'rug', `the code can be replaced at once by ${who}${upgrade.uups ? ' (UUPS upgradeToAndCall)' : ''}`)
  }

  // ---- instant loosening paths
  const instantPaths = controller.kind === 'none' ? [] : await probeInstantPaths(client, address, owner!, implementationCode ?? '0x', reads.switches, add)
  if (controller.kind !== 'none' && appBuild?.abi) {
    // An auditor's build: every state-changing function of its ABI, not only DstackApp's four.
    const probed = await probeArtifactFunctions(client, { address, controller: owner!, abi: appBuild.abi, skip: instantPaths.map((path) => path.function) })
    instantPaths.push(...probed.paths)
    if (probed.unsimulated && !findings.some((finding) => finding.id === 'SIMULATION_UNAVAILABLE')) {
      add('SIMULATION_UNAVAILABLE', 'warning', 'the RPC has no eth_simulateV1: the functions of the supplied ABI are judged from single calls, not from their effect')
    }
  }
  const advertised = await reads.advertised
  if (advertised) add('ADVERTISES_INSTANT_MANAGEMENT', controllerDelay >= requiredNotice ? 'info' : 'rug', 'advertises IAppAuthBasicManagement (0x8fd37527): adding a compose hash or device takes effect on success')
  for (const path of instantPaths) {
    if (path.id === 'INSTANT_LOOSENING') {
      const delayed = controllerDelay >= requiredNotice
      const effect = path.evidence === 'simulated' ? 'lets a boot through that was denied before' : 'succeeds from the controller and its effect could not be simulated'
      add(path.id, delayed ? 'info' : 'rug', `${path.function} ${effect}${delayed ? `, behind the controller's ${formatDuration(controllerDelay)} timelock` : ', at once'}`)
      continue
    }
    const what = {
      INSTANT_COMPOSE_HASH: 'allow a new compose hash',
      INSTANT_DEVICE: 'allow a new device',
      INSTANT_ALLOW_ANY_DEVICE: 'let any device boot',
      INSTANT_TCB_DOWNGRADE: 'stop requiring an up-to-date TCB',
    }[path.id]
    const delayed = controllerDelay >= requiredNotice
    add(
      path.id,
      delayed ? 'info' : 'rug',
      `the controller can ${what} with one call (${path.function}; ${path.evidence})${delayed ? `, behind its ${formatDuration(controllerDelay)} timelock` : ', effective at once'}`,
    )
  }

  // ---- verifier hooks, pending changes
  const verifierThreshold = await reads.verifierThreshold
  if (verifierThreshold !== undefined) {
    const appRules = appBuild?.origin === 'project' && appBuild.name === 'VerifiedTimelockAppAuth'
    identities.push(
      ...(await verifierFindings(client, { address, threshold: verifierThreshold, builds, trusted: parameters.trustedVerifiers ?? [], notice: notice?.period ?? 0n, appRules, add })),
    )
  }
  if (parameters.optOutRegistry) {
    const registry = await resolveCode(client, getAddress(parameters.optOutRegistry), builds)
    identities.push(...identitiesOf('opt-out registry', registry))
    const reason = unknownReason(registry)
    if (reason) add('UNKNOWN_CODE', 'unknown', `opt-out registry: ${reason}; nothing limits what unknown code records or forgets`)
    else add('OPT_OUT_REGISTRY', 'info', `the opt-out registry ${registry.address} is ${buildLabel(runningBuild(registry)!)}`)
  }
  const pending = await reads.pendingChangeCount
  if (pending !== undefined && pending > 0n) add('PENDING_CHANGES', 'info', `${pending} change(s) announced and pending: see \`appauth status\``)

  // ---- history
  const history = await replayHistory(client, address, parameters, reads.switches, add)

  findings.sort((a, b) => severityOrder.indexOf(a.severity) - severityOrder.indexOf(b.severity))
  const rating = rateStage(findings, ratingFacts(controller, verifierThreshold !== undefined))
  return {
    address,
    chainId,
    blockNumber,
    variant,
    build: appBuild ? buildLabel(appBuild) : null,
    identities,
    stage: rating.stage,
    conditions: rating.conditions,
    findings,
    controller,
    notice,
    effectiveNotice,
    requiredNotice,
    upgrade,
    instantPaths,
    history,
  }
}

/** What the rating needs to know about the controller: whether a token vote decides. */
function ratingFacts(controller: Controller, verifierHooks: boolean): RatingFacts {
  const governedByVote =
    controller.kind === 'governor' || (controller.kind === 'timelock' && controller.proposers.length > 0 && controller.proposers.every((p) => p.kind === 'governor'))
  return { governedByVote, verifierHooks }
}

const unknownConsequence = 'nothing limits what unknown code allows'

/** KNOWN_BUILD or UNKNOWN_CODE for the app, its proxy and its implementation. */
function codeFindings(resolved: Awaited<ReturnType<typeof resolveCode>>, add: (id: FindingId, severity: Severity, message: string) => void): void {
  const running = runningBuild(resolved)
  if (resolved.proxy !== 'none' && resolved.proxy !== 'minimal' && !resolved.build) {
    add('UNKNOWN_CODE', 'unknown', `the proxy at ${resolved.address} is no known build: ${unknownConsequence} (it may act before it delegates); pass its build with --artifact`)
  }
  if (resolved.proxy === 'beacon' && !resolved.beaconBuild) {
    add('UNKNOWN_CODE', 'unknown', `the beacon ${resolved.beacon} is no known build: ${unknownConsequence}`)
  }
  if (!running) {
    const where = resolved.proxy === 'none' ? `the code at ${resolved.address}` : `the implementation ${resolved.implementation ?? '(unreadable)'} behind the ${resolved.proxy === 'minimal' ? 'clone' : 'proxy'}`
    add('UNKNOWN_CODE', 'unknown', `${where} is no known build: ${unknownConsequence}, and no probe of its functions can prove a door absent; pass its build with --artifact`)
    return
  }
  const label = buildLabel(running)
  add('KNOWN_BUILD', 'info', running.origin === 'artifact' ? `the code is ${running.name}, matching the supplied ${running.release}: judged by probing every function of its ABI` : `the code is ${label}`)
}

/** Identity entries for a controller and, one level down, a timelock's proposers. */
function controllerIdentities(controller: Controller, role: 'controller' | 'proposer'): CodeIdentity[] {
  const own: CodeIdentity[] =
    controller.kind === 'contract'
      ? [{ role, address: controller.address, build: controller.build, origin: null }]
      : controller.kind === 'none' || controller.kind === 'eoa' || controller.kind === 'multisig'
        ? []
        : [{ role, address: controller.address, build: controller.build, origin: null }]
  return controller.kind === 'timelock' ? [...own, ...controller.proposers.flatMap((proposer) => controllerIdentities(proposer, 'proposer'))] : own
}

/** Vendor names our adapters use, by vendor id; another vendor is shown by its id. */
const vendorNames = new Map(['intel-tdx', 'amd-sev-snp', 'aws-nitro'].map((name) => [keccak256(toHex(name)), name] as const))
const vendorName = (vendor: Hex) => vendorNames.get(vendor) ?? `vendor ${vendor}`

type VerifierFindingsParameters = {
  address: Address
  threshold: bigint
  builds: readonly KnownBuild[]
  trusted: readonly TrustedVerifier[]
  /** The app's notice period: a verifier whose changes wait at least this long counts as fixed. */
  notice: bigint
  /** Whether the app's build is known to put adapter, k and pin changes under the notice. */
  appRules: boolean
  add: (id: FindingId, severity: Severity, message: string) => void
}

/**
 * The Stage 3 findings of an app with verifier hooks: k, each adapter's code, the verifier each one
 * calls and who can change it, and the pinned measurements. The hooks gate boots on top of the
 * allow-lists (`_checkBoot` denies first, then asks the core) and never call an adapter from
 * `isAppAllowed`, so a changeable adapter or verifier weakens only the attestation layer: it keeps the
 * app from Stage 3 (`trusted`) and leaves Stages 1 and 2 as the allow-lists and controller make them.
 */
async function verifierFindings(client: Client, { address, threshold, builds, trusted, notice, appRules, add }: VerifierFindingsParameters): Promise<CodeIdentity[]> {
  const [vendorIds, adapters] = (await readOptional<readonly [readonly Hex[], readonly Address[]]>(client, address, iAppAuthVerifierHooksAbi, 'verifierAdapters')) ?? [[], []]
  add('VERIFIER_HOOKS', 'info', `boots need attestations from ${threshold} of ${vendorIds.length} TEE vendors (${vendorIds.map(vendorName).join(', ') || 'no adapter'})`)
  if (threshold < 2n) {
    add(
      'VERIFIER_ONE_VENDOR',
      'trusted',
      threshold === 0n ? 'the verifier hooks require no attestation (k = 0)' : 'a boot needs an attestation from one vendor only (k = 1): that vendor alone vouches for the TEE',
    )
  }
  if (appRules) {
    add('VERIFIER_CHANGES_NOTICED', 'info', `adding or replacing an adapter, lowering k and pinning a measurement are announced and wait the notice (${formatDuration(notice)}); removing an adapter, raising k and unpinning are instant tightenings`)
  } else {
    add('VERIFIER_RULES_UNKNOWN', 'trusted', "the app's code is not a build known to put adapter, k and measurement changes under the notice")
  }
  const entries: CodeIdentity[] = []
  const used = new Set<TrustedVerifier>()
  const pinned: string[] = []
  for (const [i, vendor] of vendorIds.entries()) {
    const adapter = adapters[i]!
    const name = vendorName(vendor)
    const resolved = await resolveCode(client, adapter, builds)
    entries.push(...identitiesOf('adapter', resolved))
    const reason = unknownReason(resolved)
    if (reason) add('ADAPTER_MUTABLE', 'trusted', `the ${name} adapter: ${reason}; it decides what counts as an attestation of ${name}`)
    else add('ADAPTER_KNOWN', 'info', `the ${name} adapter ${adapter} is ${buildLabel(runningBuild(resolved)!)}: its code cannot change`)
    const verifier = await adapterVerifier(client, adapter)
    if (!verifier) add('VERIFIER_UNKNOWN', 'trusted', `the ${name} adapter ${adapter} does not name the verifier it calls (verifier() is missing or zero)`)
    else entries.push(...(await judgeVerifier(client, { name, vendor, adapter, verifier, builds, trusted, used, notice, add })))
    const pins = (await readOptional<readonly Hex[]>(client, address, iAppAuthVerifierHooksAbi, 'pinnedMeasurements', [vendor])) ?? []
    if (pins.length > 0) pinned.push(`${name} ${pins.length}`)
    else if (await readOptional<boolean>(client, address, iAppAuthVerifierHooksAbi, 'measurementPinning', [vendor])) {
      add('MEASUREMENT_UNPINNED', 'trusted', `${name} pins measurements but has none left: no attestation of ${name} counts, so it cannot help reach k`)
    } else add('MEASUREMENT_UNPINNED', 'trusted', `${name} pins no measurement: its attestation of any code it measured counts towards k`)
  }
  if (pinned.length > 0 && pinned.length === vendorIds.length) add('MEASUREMENTS_PINNED', 'info', `every vendor pins its measurements (${pinned.join(', ')})`)
  for (const vouched of trusted) {
    if (!used.has(vouched)) add('TRUSTED_VERIFIER_UNUSED', 'warning', `--trusted-verifier ${vouched.name}=${vouched.address} names no verifier that this app's ${vouched.name} adapter calls`)
  }
  return entries
}

type JudgeVerifierParameters = {
  name: string
  vendor: Hex
  adapter: Address
  verifier: Address
  builds: readonly KnownBuild[]
  trusted: readonly TrustedVerifier[]
  used: Set<TrustedVerifier>
  notice: bigint
  add: (id: FindingId, severity: Severity, message: string) => void
}

/**
 * Whether the verifier an adapter calls can change what it answers without the app's notice: a
 * router's owner can re-route it, a proxy's authority can replace its code, unknown code may do
 * anything. A change that waits at least the app's notice (its owner or authority is a timelock that
 * long) counts as fixed; so does a deployment the auditor vouches for.
 */
async function judgeVerifier(client: Client, { name, vendor, adapter, verifier, builds, trusted, used, notice, add }: JudgeVerifierParameters): Promise<CodeIdentity[]> {
  const kind = await readOptional<number>(client, adapter, iVerifierAdapterAbi, 'verifierKind')
  const target = await resolveCode(client, verifier, builds)
  const entries = identitiesOf('verifier', target)
  const running = runningBuild(target)
  const router = kind === 0
  const describe = async (party: Address | undefined, missing = 'unknown (it answers no owner())') => {
    if (!party) return { who: missing, waits: 0n }
    const controller = await identifyController(client, { address: party, depth: 0, builds })
    return { who: describeController(controller), waits: controller.kind === 'timelock' ? controller.minDelay : 0n }
  }
  const waitsLongEnough = (waits: bigint) => notice > 0n && waits >= notice
  const vouched = trusted.find((entry) => entry.vendor === vendor && entry.address === verifier)
  if (vouched) {
    used.add(vouched)
    for (const entry of entries) if (entry.address === verifier) entry.vouched = true
    const owner = router ? (await describe(await readOptional<Address>(client, verifier, ownableAbi, 'owner'))).who : undefined
    add('VERIFIER_VOUCHED', 'info', `the ${name} verifier ${verifier}${owner ? ` (a router operated by ${owner})` : ''} is vouched by the auditor (--trusted-verifier), not identified by this audit`)
    return entries
  }
  if (router) {
    const { who, waits } = await describe(await readOptional<Address>(client, verifier, ownableAbi, 'owner'))
    if (waitsLongEnough(waits)) {
      if (running) add('VERIFIER_DELAYED', 'info', `the ${name} adapter calls the router ${verifier} (${buildLabel(running)}), whose owner ${who} waits at least the app's notice`)
      else add('VERIFIER_UNKNOWN', 'trusted', `the router ${verifier} that the ${name} adapter calls is no known build, though its owner ${who} waits at least the app's notice: pass its build with --artifact, or vouch for it with --trusted-verifier ${name}=${verifier}`)
    } else {
      add('VERIFIER_ROUTER', 'trusted', `the ${name} adapter ${adapter} calls ${verifier} as a router (an owner-controlled entry point): its owner can change which verifier it routes to without the app's notice; the owner is ${who}`)
    }
    return entries
  }
  if (target.proxy === 'erc1967' || target.proxy === 'beacon') {
    const upgrade = await readUpgrade(client, verifier, await readOptional<Address>(client, verifier, ownableAbi, 'owner'), target.code)
    if (upgrade.upgradeSucceeds === false && running) {
      add('VERIFIER_KNOWN', 'info', `the ${name} adapter calls ${verifier} directly: ${buildLabel(running)} behind a proxy whose upgrades are blocked`)
      return entries
    }
    const { who, waits } = await describe(upgrade.authority ?? undefined, 'a party the audit cannot name')
    if (waitsLongEnough(waits)) {
      if (running) add('VERIFIER_DELAYED', 'info', `the ${name} verifier ${verifier} runs ${buildLabel(running)} behind a proxy that ${who} upgrades only after ${formatDuration(waits)}, at least the app's notice`)
      else add('VERIFIER_UNKNOWN', 'trusted', `the implementation behind the ${name} verifier ${verifier} is no known build, though ${who} upgrades it only after ${formatDuration(waits)}: pass its build with --artifact, or vouch for it with --trusted-verifier ${name}=${verifier}`)
    } else {
      add('VERIFIER_MUTABLE', 'trusted', `the ${name} verifier ${verifier} is behind an upgradeable ${upgrade.proxy === 'beacon' ? 'beacon' : 'ERC-1967'} proxy: ${who} can replace its code ${waits > 0n ? `after ${formatDuration(waits)}, less than the app's notice` : 'at once'}`)
    }
    return entries
  }
  if (!running) {
    add('VERIFIER_UNKNOWN', 'trusted', `${unknownReason(target) ?? `the code at ${verifier} is no known build`}; the ${name} adapter calls it: pass its build with --artifact, or vouch for the deployment with --trusted-verifier ${name}=${verifier}`)
  } else {
    // A local test build says so in its release: `… test stand-in (test/verifiers/mocks), local chain only`.
    add('VERIFIER_KNOWN', 'info', `the ${name} adapter calls ${verifier} directly: ${buildLabel(running)}`)
  }
  return entries
}

function describeControllerFindings(
  controller: Controller,
  add: (id: FindingId, severity: Severity, message: string) => void,
  pendingChanges = 0n,
): void {
  switch (controller.kind) {
    case 'none':
      if (pendingChanges > 0n) {
        add('OWNER_RENOUNCED', 'warning', `no controller, yet ${pendingChanges} pending change(s) can still take effect and nobody can cancel them or undo what they allow`)
      } else {
        add('OWNER_RENOUNCED', 'info', 'no controller and nothing pending: the boot policy is frozen (nothing can be added or removed)')
      }
      return
    case 'eoa':
      add(
        'OWNER_EOA',
        'centralized',
        controller.delegated
          ? `one key controls the app: ${controller.address} (an EIP-7702 delegated account)`
          : `one key controls the app: ${controller.address} has no code, so it is an account (or a contract not deployed yet, which nobody can act through until it is)`,
      )
      return
    case 'safe':
      add('OWNER_SAFE', 'centralized', `a Safe controls the app: ${controller.threshold} of ${controller.owners.length} owners decide${controller.threshold === 1n ? ' (any one owner alone, like one key)' : ''}`)
      if (controller.modules.length) {
        add('SAFE_MODULES', 'unknown', `the Safe has modules enabled (${controller.modules.join(', ')}): a module executes without the owners' signatures, and its code is not judged`)
      }
      return
    case 'multisig':
      if (controller.threshold <= 1n) {
        add('MULTISIG_ONE_SIGNER', 'centralized', `1 of ${controller.signers.length} signers decides: any one signer alone controls the app, like one key`)
      } else {
        add('MULTISIG_SIGNERS', 'centralized', `${controller.threshold} of ${controller.signers.length} signers decide: ${controller.signers.join(', ')}`)
      }
      return
    case 'contract':
      if (!controller.build) {
        add('UNKNOWN_CODE', 'unknown', `the controller ${controller.address} is a contract of unknown code: it may do anything it likes through the app's controller path`)
      } else {
        add('OWNER_UNKNOWN_CONTRACT', 'centralized', `a contract controls the app (${controller.build}): its rules are not judged by this audit`)
      }
      return
    case 'governor':
      governorFindings(controller.governor, add)
      return
    case 'timelock': {
      add('OWNER_TIMELOCK', 'info', `a TimelockController controls the app: every call waits ${formatDuration(controller.minDelay)}`)
      if (!controller.roles) {
        add('TIMELOCK_ROLES_UNKNOWN', 'centralized', 'the timelock role holders could not be read (the RPC serves no event history): who proposes is unknown')
        return
      }
      const outsiders = controller.roles.admin.filter((account) => account !== controller.address)
      if (outsiders.length) {
        add('TIMELOCK_ADMIN_HELD', 'centralized', `the timelock admin role is held by ${outsiders.join(', ')}: roles can be granted without a vote`)
      }
      for (const proposer of controller.proposers) {
        if (proposer.kind === 'governor') governorFindings(proposer.governor, add)
        else if (proposer.kind === 'contract' && !proposer.build) add('UNKNOWN_CODE', 'unknown', `the timelock takes proposals from ${proposer.address}, a contract of unknown code`)
        else add('TIMELOCK_PROPOSER_NOT_GOVERNOR', 'centralized', `the timelock takes proposals from ${describeController(proposer)}`)
      }
      if (controller.proposers.length === 0) add('TIMELOCK_PROPOSER_NOT_GOVERNOR', 'centralized', 'the timelock has no proposer: nobody can change the app')
    }
  }
}

function governorFindings(governor: NonNullable<Extract<Controller, { kind: 'governor' }>['governor']>, add: (id: FindingId, severity: Severity, message: string) => void): void {
  const timestamp = governor.clockMode.includes('mode=timestamp')
  const unit = (value: bigint) => (timestamp ? formatDuration(value) : `${value} blocks`)
  add(
    'GOVERNOR_VOTING',
    'info',
    `token holders vote through Governor ${governor.address}: voting delay ${unit(governor.votingDelay)}, voting period ${unit(governor.votingPeriod)}, quorum ${governor.quorum ?? '?'}${governor.token ? `, token ${governor.token}` : ''}`,
  )
  if (!timestamp) add('GOVERNOR_BLOCK_CLOCK', 'warning', `the Governor counts time in blocks (${governor.clockMode}); on an L2 block times vary, prefer mode=timestamp`)
  // A fraction quorum reads zero at a tick before the token's first checkpoint (a fresh deployment); its numerator tells.
  const noQuorum = governor.quorumNumerator !== null ? governor.quorumNumerator === 0n : governor.quorum === 0n
  if (noQuorum) add('GOVERNOR_NO_QUORUM', 'centralized', 'the Governor quorum is zero: one vote can pass a proposal')
}

// Selector and inputs of the functions the audit calls, by ABI and name, worked out once: encoding a
// call with viem looks the function up and hashes its signature every time, for every app of a KMS.
const encoders = new WeakMap<Abi, Map<string, { selector: Hex; inputs: readonly AbiParameter[] } | null>>()

/** The calldata of `functionName(...args)`, as encodeFunctionData gives it. */
function callData(abi: Abi, functionName: string, args: readonly unknown[] = []): Hex {
  let byName = encoders.get(abi)
  if (!byName) encoders.set(abi, (byName = new Map()))
  if (!byName.has(functionName)) {
    const items = abi.filter((item): item is AbiFunction => item.type === 'function' && item.name === functionName)
    // Overloads are left to viem, which picks one by the arguments.
    byName.set(functionName, items.length === 1 ? { selector: toFunctionSelector(items[0]!), inputs: items[0]!.inputs } : null)
  }
  const encoder = byName.get(functionName)
  if (!encoder) return encodeFunctionData({ abi, functionName, args } as never)
  if (encoder.inputs.length === 0 && args.length === 0) return encoder.selector
  return concatHex([encoder.selector, encodeAbiParameters(encoder.inputs, args)])
}

/**
 * A view's answer, or undefined when the call reverts or does not decode. A plain eth_call: the
 * answer is all it needs, so it spares building viem's contract errors for the many views an app
 * does not have.
 */
async function readOptional<result>(client: Client, address: Address, abi: Abi, functionName: string, args: readonly unknown[] = []): Promise<result | undefined> {
  try {
    const data = await client.request({ method: 'eth_call', params: [{ to: address, data: callData(abi, functionName, args) }, 'latest'] })
    return decodeFunctionResult({ abi, functionName, args, data: data || '0x' } as never) as result
  } catch {
    return undefined
  }
}

async function answersIsAppAllowed(client: Client, address: Address): Promise<boolean> {
  return (await readOptional(client, address, iAppAuthAbi, 'isAppAllowed', [emptyBootInfo])) !== undefined
}

function slotAddress(word: Hex | undefined): Address | null {
  if (!word || hexToBigInt(word) === 0n) return null
  return getAddress(`0x${word.slice(-40)}`)
}

/**
 * ERC-1967 slots (implementation, admin, beacon), UUPS, EIP-1167 clones, and whether an upgrade from its
 * authority would go through. `resolved`: the address's code as resolveCode found it, which has read
 * the implementation and beacon slots already (no proxy there: nothing more to read).
 */
async function readUpgrade(client: Client, address: Address, owner: Address | undefined, code: Hex, resolved?: ResolvedCode): Promise<UpgradeInfo> {
  const clone = /^0x363d3d373d3d3d363d73([0-9a-f]{40})5af43d82803e903d91602b57fd5bf3$/i.exec(code)
  if (clone) return { proxy: 'minimal', implementation: getAddress(`0x${clone[1]}`), authority: null, uups: false, upgradeSucceeds: null }
  if (resolved?.proxy === 'none') return { proxy: 'none', implementation: null, authority: null, uups: false, upgradeSucceeds: null }

  const [implementationWord, adminWord, beaconWord] = await Promise.all(
    [erc1967Slots.implementation, erc1967Slots.admin, erc1967Slots.beacon].map((slot) => getStorageAt(client, { address, slot })),
  )
  const beacon = slotAddress(beaconWord)
  if (beacon) {
    const implementation = (await readOptional<Address>(client, beacon, proxyAbi, 'implementation')) ?? null
    const authority = (await readOptional<Address>(client, beacon, ownableAbi, 'owner')) ?? null
    return { proxy: 'beacon', implementation, authority, uups: false, upgradeSucceeds: null }
  }
  const implementation = slotAddress(implementationWord)
  if (!implementation) return { proxy: 'none', implementation: null, authority: null, uups: false, upgradeSucceeds: null }

  const admin = slotAddress(adminWord)
  if (admin) {
    // A transparent proxy: the admin (usually a ProxyAdmin) upgrades; its owner is who decides.
    const adminOwner = (await readOptional<Address>(client, admin, ownableAbi, 'owner')) ?? admin
    return { proxy: 'erc1967', implementation, authority: adminOwner, uups: false, upgradeSucceeds: null }
  }
  const uuid = await readOptional<Hex>(client, implementation, proxyAbi, 'proxiableUUID')
  const uups = uuid === erc1967Slots.implementation
  let upgradeSucceeds: boolean | null = null
  if (uups && owner && owner !== zeroAddress) {
    // Re-installing the current implementation is the smallest upgrade; if the owner cannot even do
    // that, upgrades are disabled (DstackApp's disableUpgrades) or gated elsewhere.
    upgradeSucceeds = await callSucceeds(client, owner, address, proxyAbi, 'upgradeToAndCall', [implementation, '0x'])
  }
  return { proxy: 'erc1967', implementation, authority: uups ? (owner ?? null) : null, uups, upgradeSucceeds }
}

async function callSucceeds(client: Client, from: Address, to: Address, abi: Abi, functionName: string, args: readonly unknown[]): Promise<boolean> {
  try {
    await readContract(client, { address: to, abi, functionName, args, account: from } as never)
    return true
  } catch {
    return false
  }
}

type Probe = {
  id: InstantPath['id']
  function: string
  args: readonly unknown[]
  /** The view to read after the call, and the value that means the loosening took effect. */
  view: string
  viewArgs: readonly unknown[]
  loosened: boolean
  /** Skip when the policy is already this loose (nothing to loosen). */
  skipWhen?: boolean | undefined
}

/**
 * Finds the one-call loosening paths: for each DstackApp-style mutator, whether its selector is in
 * the code, and whether the controller's call succeeds and changes the view in the same simulated
 * block (`eth_simulateV1`; on nodes without it, whether the call alone succeeds).
 */
async function probeInstantPaths(
  client: Client,
  address: Address,
  controller: Address,
  code: Hex,
  switches: Promise<[allowAnyDevice: boolean | undefined, requireTcbUpToDate: boolean | undefined]>,
  add: (id: FindingId, severity: Severity, message: string) => void,
): Promise<InstantPath[]> {
  const marker = keccak256(toHex(`appauth audit probe ${address}`))
  const [allowAny, requireTcb] = await switches
  const probes: Probe[] = [
    { id: 'INSTANT_COMPOSE_HASH', function: 'addComposeHash(bytes32)', args: [marker], view: 'allowedComposeHashes', viewArgs: [marker], loosened: true },
    { id: 'INSTANT_DEVICE', function: 'addDevice(bytes32)', args: [marker], view: 'allowedDeviceIds', viewArgs: [marker], loosened: true },
    { id: 'INSTANT_ALLOW_ANY_DEVICE', function: 'setAllowAnyDevice(bool)', args: [true], view: 'allowAnyDevice', viewArgs: [], loosened: true, skipWhen: allowAny === true },
    { id: 'INSTANT_TCB_DOWNGRADE', function: 'setRequireTcbUpToDate(bool)', args: [false], view: 'requireTcbUpToDate', viewArgs: [], loosened: false, skipWhen: requireTcb === false },
  ]
  const found: InstantPath[] = []
  const live = probes.filter((probe) => !probe.skipWhen)
  const nameOf = (probe: Probe) => probe.function.slice(0, probe.function.indexOf('('))
  // One simulated block holds every probe, each call followed by its view: each view changes only by
  // its own probe's call, so the probes do not disturb each other, and the node runs one simulation.
  // A plain eth_simulateV1 request with calldata encoded once per function, read as viem's
  // simulateBlocks reads it (a result is decoded where the call succeeded and returned data).
  let simulated: { status: string; result: unknown }[] | undefined
  try {
    const calls = live.flatMap((probe) => [
      { from: controller, to: address, data: callData(baselineAppAuthAbi, nameOf(probe), probe.args), abi: baselineAppAuthAbi, functionName: nameOf(probe) },
      { to: address, data: callData(iAppAuthPolicyAbi, probe.view, probe.viewArgs), abi: iAppAuthPolicyAbi, functionName: probe.view },
    ])
    const [block] = (await client.request({
      method: 'eth_simulateV1',
      params: [{ blockStateCalls: [{ calls: calls.map(({ from, to, data }) => ({ from, to, data })) }] }, 'latest'],
    } as never)) as { calls: { status: Hex; returnData: Hex; error?: { data?: Hex } }[] }[]
    simulated = block!.calls.map((call, i) => {
      const status = call.status === '0x1' ? 'success' : 'failure'
      const data = call.error?.data ?? call.returnData
      const { abi, functionName } = calls[i]!
      return { status, result: status === 'success' && data !== '0x' ? decodeFunctionResult({ abi, functionName, data } as never) : null }
    })
  } catch {
    simulated = undefined
  }
  const simulationWorks = simulated !== undefined
  for (const probe of probes) {
    const selector = toFunctionSelector(probe.function)
    const inCode = code.toLowerCase().includes(`63${selector.slice(2)}`)
    let evidence: InstantPath['evidence'] | undefined
    const index = live.indexOf(probe)
    if (index >= 0 && simulated) {
      const [call, view] = [simulated[index * 2], simulated[index * 2 + 1]]
      if (call!.status === 'success' && view!.status === 'success' && view!.result === probe.loosened) evidence = 'simulated'
    }
    if (index >= 0 && !simulationWorks) {
      if (await callSucceeds(client, controller, address, baselineAppAuthAbi, nameOf(probe), probe.args)) evidence = 'call succeeded'
    }
    if (evidence) found.push({ id: probe.id, function: probe.function, evidence })
    else if (inCode && !simulationWorks) found.push({ id: probe.id, function: probe.function, evidence: 'selector' })
  }
  if (!simulationWorks) add('SIMULATION_UNAVAILABLE', 'warning', 'the RPC has no eth_simulateV1: instant paths are judged from single calls and selectors, not from their effect')
  return found
}

const policyEvents = new Set(['ComposeHashAdded', 'ComposeHashRemoved', 'DeviceAdded', 'DeviceRemoved', 'AllowAnyDeviceSet', 'RequireTcbUpToDateSet', 'PolicyChanged'])

let policyEventItems: Map<Hex, AbiEvent> | undefined
/** The policy events of {@link appAuthEventsAbi} by their topic 0, worked out once. */
function policyEventsBySelector(): Map<Hex, AbiEvent> {
  if (!policyEventItems) {
    policyEventItems = new Map()
    for (const item of appAuthEventsAbi) {
      const selector = toEventSelector(item)
      if (!item.anonymous && policyEvents.has(item.name) && !policyEventItems.has(selector)) policyEventItems.set(selector, item)
    }
  }
  return policyEventItems
}

/**
 * Replays ComposeHashAdded/Removed, DeviceAdded/Removed, AllowAnyDeviceSet and RequireTcbUpToDateSet
 * from the deployment block and compares the result with the views: every hash and device the
 * events name, and the two switches. A view more permissive than the events means the contract can
 * loosen its policy without telling monitors.
 */
async function replayHistory(
  client: Client,
  address: Address,
  { fromBlock, pageSize }: AuditAppAuthParameters,
  switches: Promise<[allowAnyDevice: boolean | undefined, requireTcbUpToDate: boolean | undefined]>,
  add: (id: FindingId, severity: Severity, message: string) => void,
): Promise<AuditReport['history']> {
  const hashes = new Map<Hex, boolean>()
  const devices = new Map<Hex, boolean>()
  let allowAny: boolean | undefined
  let requireTcb: boolean | undefined
  let events = 0
  try {
    const from = (await fromBlock) ?? (await findDeploymentBlock(client, { address }))
    const to = await getBlockNumber(client)
    for await (const page of logPages(client, { address, fromBlock: from, toBlock: to, pageSize })) {
      for (const log of page.logs) {
        // Only policy events are decoded, each with its own ABI item (found by its topic).
        const event = log.topics[0] === undefined ? undefined : policyEventsBySelector().get(log.topics[0])
        if (!event) continue
        let decoded: { eventName: string; args: Record<string, unknown> }
        try {
          decoded = decodeEventLog({ abi: [event], data: log.data, topics: log.topics }) as never
        } catch {
          continue
        }
        events += 1
        const { args } = decoded
        // Upstream's PolicyChanged restates the events beside it; it is read on its own for contracts
        // that emit only it.
        if (decoded.eventName === 'PolicyChanged') {
          const policy = policyName(args.policy as Hex)
          const enabled = args.enabled as boolean
          if (policy === 'compose-hash') hashes.set(args.value as Hex, enabled)
          else if (policy === 'device') devices.set(args.value as Hex, enabled)
          else if (policy === 'allow-any-device') allowAny = enabled
          else if (policy === 'require-tcb-up-to-date') requireTcb = enabled
          else events -= 1
        } else if (decoded.eventName === 'ComposeHashAdded') hashes.set(args.composeHash as Hex, true)
        else if (decoded.eventName === 'ComposeHashRemoved') hashes.set(args.composeHash as Hex, false)
        else if (decoded.eventName === 'DeviceAdded') devices.set(args.deviceId as Hex, true)
        else if (decoded.eventName === 'DeviceRemoved') devices.set(args.deviceId as Hex, false)
        else if (decoded.eventName === 'AllowAnyDeviceSet') allowAny = args.allowAny as boolean
        else requireTcb = args.requireUpToDate as boolean
      }
    }
  } catch (error) {
    add('HISTORY_UNAVAILABLE', 'warning', `the event history could not be read (${(error as Error).message.split('\n')[0]}): pass --from-block, or use an archive RPC`)
    return null
  }

  const mismatches: string[] = []
  let hidden = false
  // Both lists are asked at once, and compared in order.
  const ask = (items: Map<Hex, boolean>, view: string) => Promise.all([...items.keys()].map((value) => readOptional<boolean>(client, address, iAppAuthPolicyAbi, view, [value])))
  const [hashAnswers, deviceAnswers] = await Promise.all([ask(hashes, 'allowedComposeHashes'), ask(devices, 'allowedDeviceIds')])
  const check = (items: Map<Hex, boolean>, answers: (boolean | undefined)[], label: string) => {
    for (const [i, [value, expected]] of [...items].entries()) {
      if (answers[i] === undefined || answers[i] === expected) continue
      mismatches.push(`${label} ${value}: events say ${expected ? 'allowed' : 'not allowed'}, the contract says ${answers[i] ? 'allowed' : 'not allowed'}`)
      if (answers[i]) hidden = true
    }
  }
  check(hashes, hashAnswers, 'compose hash')
  check(devices, deviceAnswers, 'device')
  const [allowAnyView, requireTcbView] = await switches
  // Without an event a switch is at its default (off); DstackApp sets both at initialisation silently.
  if (allowAnyView !== undefined && allowAnyView !== (allowAny ?? false)) {
    mismatches.push(`allowAnyDevice is ${allowAnyView} but the events say ${allowAny ?? 'nothing (default false)'}`)
    if (allowAnyView && allowAny !== undefined) hidden = true
  }
  if (requireTcbView !== undefined && requireTcb !== undefined && requireTcbView !== requireTcb) {
    mismatches.push(`requireTcbUpToDate is ${requireTcbView} but the last RequireTcbUpToDateSet says ${requireTcb}`)
    if (!requireTcbView) hidden = true
  }
  const checked = hashes.size + devices.size
  if (mismatches.length === 0) {
    add('HISTORY_CONSISTENT', 'info', `replaying ${events} policy events reproduces the ${checked} compose hashes and devices they name and the switches`)
  } else {
    add('HISTORY_MISMATCH', hidden ? 'rug' : 'warning', `the events do not reproduce the allow-lists: ${mismatches[0]}${mismatches.length > 1 ? ` (and ${mismatches.length - 1} more)` : ''}`)
  }
  return { events, checked, mismatches }
}
