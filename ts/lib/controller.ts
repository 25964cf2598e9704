import { type Abi, type Address, type Client, decodeEventLog, getAddress, type Hex, zeroAddress } from 'viem'
import { getBlockNumber, getChainId, getCode, getStorageAt, readContract } from 'viem/actions'
import { identifyCode, type KnownBuild, knownBuilds, localChainId } from './code-identity'
import { supportsInterface } from './contracts'
import { logPages } from './log-pages'
import { findDeploymentBlock } from './logs'
import { formatDuration } from './time'
import { governorAbi, governorInterfaceIds, safeAbi, timelockControllerAbi, timelockRoles } from './standards'

/** An OpenZeppelin Governor as the auditor reads it. */
export type GovernorInfo = {
  address: Address
  name: string | null
  /** ERC-6372: `mode=timestamp` (seconds) or `mode=blocknumber&from=default` (blocks). */
  clockMode: string
  votingDelay: bigint
  votingPeriod: bigint
  /** Votes needed at the last clock tick. */
  quorum: bigint | null
  /** GovernorVotesQuorumFraction's percentage of the supply, when the Governor has one. */
  quorumNumerator: bigint | null
  proposalThreshold: bigint | null
  token: Address | null
  /** GovernorTimelockControl's timelock, when it has one. */
  timelock: Address | null
  /** Whether it answers OpenZeppelin's IGovernor ERC-165 id. */
  advertisesIGovernor: boolean
}

/** Who controls an AppAuth (or a proxy, or a timelock's proposals). */
export type Controller =
  | { kind: 'none'; address: Address }
  | { kind: 'eoa'; address: Address; delegated: boolean }
  /** A Safe 1.4.1 proxy: its owners and threshold, and the modules that can execute without them. */
  | { kind: 'safe'; address: Address; threshold: bigint; owners: Address[]; modules: Address[]; build: string }
  /** Our MultisigAppAuth: its signer set controls it (the app calls itself once enough signers sign). */
  | { kind: 'multisig'; address: Address; threshold: bigint; signers: Address[] }
  | { kind: 'governor'; address: Address; governor: GovernorInfo; build: string }
  | {
      kind: 'timelock'
      address: Address
      /** `name @ release` of its code. */
      build: string
      minDelay: bigint
      /** Holders of each role, from RoleGranted/RoleRevoked events confirmed by hasRole; null when the events could not be read. */
      roles: { admin: Address[]; proposer: Address[]; executor: Address[]; canceller: Address[] } | null
      /** What each proposer is (one level down). */
      proposers: Controller[]
    }
  /** Any other contract: `build` names it when its code is a known build, null when nobody knows its code. */
  | { kind: 'contract'; address: Address; build: string | null }

/** A read's answer, or undefined when the contract does not answer it (no such function, a revert). */
async function attempt<result>(read: Promise<result>): Promise<result | undefined> {
  try {
    return await read
  } catch {
    return undefined
  }
}

// Safe's linked lists start at address(1).
const safeModulesSentinel = '0x0000000000000000000000000000000000000001'

export type IdentifyControllerParameters = {
  address: Address
  /** How many levels of timelock proposers to follow. */
  depth?: number | undefined
  /** The builds whose code is known (default: this release's); the auditor's artifacts are added here. */
  builds?: readonly KnownBuild[] | undefined
}

/** The build name and release of a contract's code, e.g. `Safe @ Safe 1.4.1 (…)`. */
export const buildLabel = (build: KnownBuild) => `${build.name} @ ${build.release}`

/**
 * Says what kind of account controls something: nobody (zero address), an EOA, a Safe (threshold
 * and owners), an OpenZeppelin Governor (clock, delays, quorum, token, timelock), a
 * TimelockController (minimum delay, role holders, and what its proposers are), or another contract.
 * Code identity comes first: a contract is read as a Safe, Governor or timelock only when its code
 * is a known build (a SafeProxy whose singleton is Safe 1.4.1, our AppAuthGovernor, a known
 * TimelockController, or a build the auditor supplied); anything else is a contract of unknown code,
 * whatever its functions answer.
 */
export async function identifyController(client: Client, { address, depth = 1, builds = knownBuilds }: IdentifyControllerParameters): Promise<Controller> {
  if (address === zeroAddress) return { kind: 'none', address }
  const code = await getCode(client, { address })
  if (!code || code === '0x') return { kind: 'eoa', address, delegated: false }
  // EIP-7702: an EOA that delegates to code still has its key.
  if (code.startsWith('0xef0100') && code.length === 48) return { kind: 'eoa', address, delegated: true }

  const build = identifyCode(code, builds)
  if (!build) return { kind: 'contract', address, build: null }
  let label = buildLabel(build)
  if (build.name === 'SafeProxy') {
    // A Safe proxy keeps its singleton in storage slot 0; only a known singleton makes it a Safe.
    const word = await getStorageAt(client, { address, slot: '0x0' })
    const singleton = word ? getAddress(`0x${word.slice(-40)}`) : zeroAddress
    const singletonBuild = identifyCode(await getCode(client, { address: singleton }), builds)
    if (!singletonBuild || !['Safe', 'SafeL2'].includes(singletonBuild.name)) return { kind: 'contract', address, build: null }
    label = `SafeProxy to ${buildLabel(singletonBuild)}`
  }

  const [threshold, owners] = await Promise.all([
    attempt(readContract(client, { address, abi: safeAbi, functionName: 'getThreshold' })),
    attempt(readContract(client, { address, abi: safeAbi, functionName: 'getOwners' })),
  ])
  if (threshold !== undefined && owners !== undefined) {
    const modules = await attempt(readContract(client, { address, abi: safeAbi, functionName: 'getModulesPaginated', args: [safeModulesSentinel, 10n] }))
    return { kind: 'safe', address, threshold, owners: [...owners], modules: [...(modules?.[0] ?? [])], build: label }
  }

  const governor = await readGovernor(client, address)
  if (governor) return { kind: 'governor', address, governor, build: label }

  const minDelay = await attempt(readContract(client, { address, abi: timelockControllerAbi, functionName: 'getMinDelay' }))
  if (minDelay !== undefined) {
    const roles = await timelockRoleHolders(client, address)
    const proposers = depth > 0 && roles ? await Promise.all(roles.proposer.map((proposer) => identifyController(client, { address: proposer, depth: depth - 1, builds }))) : []
    return { kind: 'timelock', address, minDelay, roles, proposers, build: label }
  }
  return { kind: 'contract', address, build: label }
}

/** An OpenZeppelin Governor's settings, or undefined when `address` answers no Governor functions. */
export async function readGovernor(client: Client, address: Address): Promise<GovernorInfo | undefined> {
  const [clockMode, votingDelay, votingPeriod] = await Promise.all([
    attempt(readContract(client, { address, abi: governorAbi, functionName: 'CLOCK_MODE' })),
    attempt(readContract(client, { address, abi: governorAbi, functionName: 'votingDelay' })),
    attempt(readContract(client, { address, abi: governorAbi, functionName: 'votingPeriod' })),
  ])
  if (clockMode === undefined || votingDelay === undefined || votingPeriod === undefined) return undefined
  const clock = await attempt(readContract(client, { address, abi: governorAbi, functionName: 'clock' }))
  const [quorumNumerator, name, quorum, proposalThreshold, token, timelock, ...ids] = await Promise.all([
    attempt(readContract(client, { address, abi: governorAbi, functionName: 'quorumNumerator' })),
    attempt(readContract(client, { address, abi: governorAbi, functionName: 'name' })),
    clock === undefined || clock === 0 ? undefined : attempt(readContract(client, { address, abi: governorAbi, functionName: 'quorum', args: [BigInt(clock) - 1n] })),
    attempt(readContract(client, { address, abi: governorAbi, functionName: 'proposalThreshold' })),
    attempt(readContract(client, { address, abi: governorAbi, functionName: 'token' })),
    attempt(readContract(client, { address, abi: governorAbi, functionName: 'timelock' })),
    ...governorInterfaceIds.map((id) => supportsInterface(client, address, id)),
  ])
  return {
    address,
    name: name ?? null,
    clockMode,
    votingDelay,
    votingPeriod,
    quorum: quorum ?? null,
    quorumNumerator: quorumNumerator ?? null,
    proposalThreshold: proposalThreshold ?? null,
    token: token ?? null,
    timelock: timelock ?? null,
    advertisesIGovernor: ids.some(Boolean),
  }
}

/**
 * Who holds each TimelockController role: every account a RoleGranted event names, kept if
 * `hasRole` still says so. Null when the timelock's events cannot be read (no archive node).
 */
async function timelockRoleHolders(client: Client, address: Address): Promise<Extract<Controller, { kind: 'timelock' }>['roles']> {
  let candidates: Map<Hex, Set<Address>>
  try {
    // The embedded local chain, reloaded from its saved state, keeps logs but no historical state to
    // bisect: its whole history is short, so it is read from the start.
    const fromBlock = await findDeploymentBlock(client, { address }).catch(async (error) => {
      if ((await getChainId(client)) === localChainId) return 0n
      throw error
    })
    const toBlock = await getBlockNumber(client)
    candidates = new Map()
    for await (const page of logPages(client, { address, fromBlock, toBlock })) {
      for (const log of page.logs) {
        try {
          const { eventName, args } = decodeEventLog({ abi: timelockControllerAbi, data: log.data, topics: log.topics })
          if (eventName !== 'RoleGranted') continue
          const holders = candidates.get(args.role) ?? new Set<Address>()
          holders.add(getAddress(args.account))
          candidates.set(args.role, holders)
        } catch {
          // Another event of the timelock (CallScheduled, ...).
        }
      }
    }
  } catch {
    return null
  }
  const holders = async (role: Hex) => {
    const accounts = [...(candidates.get(role) ?? [])]
    const held = await Promise.all(accounts.map((account) => attempt(readContract(client, { address, abi: timelockControllerAbi, functionName: 'hasRole', args: [role, account] }))))
    return accounts.filter((_, i) => held[i] === true)
  }
  const [admin, proposer, executor, canceller] = await Promise.all([
    holders(timelockRoles.admin),
    holders(timelockRoles.proposer),
    holders(timelockRoles.executor),
    holders(timelockRoles.canceller),
  ])
  return { admin, proposer, executor, canceller }
}

/** One line naming a controller for people. */
export function describeController(controller: Controller): string {
  switch (controller.kind) {
    case 'none':
      return 'nobody (ownership renounced)'
    case 'eoa':
      // No code proves no contract today, not a key: a Safe or contract may yet be deployed there.
      return controller.delegated
        ? `account ${controller.address} (EIP-7702 delegated): one key`
        : `account ${controller.address} with no code: one key, or a contract not deployed yet`
    case 'safe':
      return `Safe ${controller.address}: ${controller.threshold} of ${controller.owners.length} owners`
    case 'multisig':
      return `signer set of ${controller.address}: ${controller.threshold} of ${controller.signers.length} signers (${controller.signers.join(', ')})`
    case 'governor':
      return `Governor ${controller.address}${controller.governor.name ? ` (${controller.governor.name})` : ''}`
    case 'timelock': {
      const proposers = controller.proposers.map((proposer) => (proposer.kind === 'governor' ? `Governor ${proposer.address}` : `${proposer.kind} ${proposer.address}`))
      return `TimelockController ${controller.address} (min delay ${formatDuration(controller.minDelay)})${proposers.length ? `, proposers: ${proposers.join(', ')}` : ''}`
    }
    case 'contract':
      return controller.build ? `contract ${controller.address} (${controller.build})` : `contract ${controller.address} of unknown code`
  }
}
