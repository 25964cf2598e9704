import { type Account, type Address, type Chain, type Client, formatUnits, type Hex, keccak256, parseEventLogs, stringToHex, type Transport } from 'viem'
import { getBlock, getBlockNumber, readContract } from 'viem/actions'
import {
  appAuthGovernorAbi,
  appAuthVotesTokenAbi,
  appAuthVotesTokenBytecode,
  governedAppAuthDeploymentAbi,
  governedAppAuthDeploymentBytecode,
} from '../generated/contracts'
import type { InitialPolicy } from './deploy'
import { AppAuthError, InvalidInputError } from './errors'
import { logPages } from './log-pages'
import { type ProposalState, proposalStates } from './oz-states'
import { formatRelative, formatTimestamp } from './time'
import { type ContractCall, contractCall, encodeCall, type DeployContractReturnType, deployContract, type TransactionOptions, writeContractCall } from './transactions'

type AnyClient = Client<Transport, Chain | undefined, Account | undefined>

/** The governor's settings, in seconds and votes (IAppAuthGovernor.Config). */
export type GovernorConfig = {
  votingDelay: number
  votingPeriod: number
  proposalThreshold: bigint
  /** Quorum in percent of the token's supply at the vote's snapshot. */
  quorumNumerator: bigint
  lateQuorumExtension: number
  executionWindow: number
}

/**
 * The floors AppAuthGovernor (MIN_VOTING_DELAY, MIN_VOTING_PERIOD, MIN_QUORUM_NUMERATOR) and
 * AppAuthTimelock (MIN_DELAY) enforce at deployment and on every later change; checked here too so
 * that a value below one is refused before anything (a votes token, say) is sent. gov.test.ts reads
 * them back from a deployed governor and timelock.
 */
export const governanceFloors = { votingDelay: 3_600, votingPeriod: 86_400, quorumNumerator: 1n, timelockDelay: 3_600n } as const

/** Throws an {@link InvalidInputError} naming the first setting below its floor. */
export function assertGovernanceFloors({ governor, timelockDelay }: { governor: GovernorConfig; timelockDelay: bigint }): void {
  const below = (what: string, value: bigint | number, floor: bigint | number, unit: string) => {
    throw new InvalidInputError(`${what} ${value}${unit} is below the floor of ${floor}${unit} that the governor enforces`)
  }
  if (governor.votingDelay < governanceFloors.votingDelay) below('the voting delay', governor.votingDelay, governanceFloors.votingDelay, ' s')
  if (governor.votingPeriod < governanceFloors.votingPeriod) below('the voting period', governor.votingPeriod, governanceFloors.votingPeriod, ' s')
  if (governor.quorumNumerator < governanceFloors.quorumNumerator) below('the quorum', governor.quorumNumerator, governanceFloors.quorumNumerator, '%')
  if (timelockDelay < governanceFloors.timelockDelay) below('the timelock delay', timelockDelay, governanceFloors.timelockDelay, ' s')
}

export type DeployGovernedAppAuthParameters = TransactionOptions & {
  token: Address
  governorName: string
  governor: GovernorConfig
  /** Seconds the timelock holds a passed proposal. */
  timelockDelay: bigint
  noticePeriod: bigint
  minNoticePeriod: bigint
  gracePeriod: bigint
  policy: InitialPolicy
}

export type DeployGovernedAppAuthReturnType = DeployContractReturnType & { factory: Address; governor: Address; timelock: Address }

/**
 * Deploys the Governor variant (Stage 2) in one transaction: GovernedAppAuthDeployment creates the
 * AppAuth, the AppAuthTimelock (a TimelockController whose operations expire) that owns it and the
 * governor that alone proposes to the timelock. The token must name its mint authority (zero or the
 * new timelock); settings below {@link governanceFloors} are refused before sending.
 * `address` is the AppAuth's (the app id); `factory` the deployment contract's.
 */
export async function deployGovernedAppAuth(
  client: AnyClient,
  { token, governorName, governor, timelockDelay, noticePeriod, minNoticePeriod, gracePeriod, policy, ...options }: DeployGovernedAppAuthParameters,
): Promise<DeployGovernedAppAuthReturnType> {
  assertGovernanceFloors({ governor, timelockDelay })
  const deployed = await deployContract(client, {
    ...options,
    name: 'GovernedAppAuthDeployment',
    abi: governedAppAuthDeploymentAbi,
    bytecode: governedAppAuthDeploymentBytecode,
    args: [token, governorName, governor, timelockDelay, { noticePeriod, minNoticePeriod, gracePeriod, policy }],
  })
  const read = (functionName: 'app' | 'governor' | 'timelock') =>
    readContract(client, { address: deployed.address, abi: governedAppAuthDeploymentAbi, functionName, blockNumber: deployed.blockNumber })
  const [app, governorAddress, timelock] = await Promise.all([read('app'), read('governor'), read('timelock')])
  return { ...deployed, factory: deployed.address, address: app, governor: governorAddress, timelock }
}

/** What a governor proposal carries: the same lists must be given back to queue and execute it. */
export type GovernorProposal = { targets: readonly Address[]; values: readonly bigint[]; calldatas: readonly Hex[]; description: string }

export const voteSupport = { against: 0, for: 1, abstain: 2 } as const
export type VoteSupport = keyof typeof voteSupport

export { proposalStates } from './oz-states'

export function descriptionHash(description: string): Hex {
  return keccak256(stringToHex(description))
}

/** The governor call proposing `calls` (each an AppAuth call prepared by manage.ts). */
export function preparePropose(governor: Address, calls: readonly ContractCall[], description: string): ContractCall {
  const calldatas = calls.map((call) => encodeCall(call))
  return contractCall({ address: governor, abi: appAuthGovernorAbi, functionName: 'propose', args: [calls.map((call) => call.address), calls.map(() => 0n), calldatas, description] })
}

export type ProposeReturnType = { proposalId: bigint; voteStart: bigint; voteEnd: bigint; transactionHash: Hex; blockNumber: bigint } & GovernorProposal

/** Proposes AppAuth calls through the governor; returns the proposal id and its voting window (unix seconds). */
export async function proposeThroughGovernor(
  client: AnyClient,
  { governor, calls, description, ...options }: TransactionOptions & { governor: Address; calls: readonly ContractCall[]; description: string },
): Promise<ProposeReturnType> {
  const call = preparePropose(governor, calls, description)
  const { receipt, transactionHash, blockNumber } = await writeContractCall(client, { call, ...options })
  const [created] = parseEventLogs({ abi: appAuthGovernorAbi, eventName: 'ProposalCreated', logs: receipt.logs })
  if (!created) throw new AppAuthError(`the governor ${governor} emitted no ProposalCreated in ${transactionHash}`)
  const { proposalId, targets, calldatas, voteStart, voteEnd } = created.args
  return { proposalId, voteStart, voteEnd, targets, values: created.args.values, calldatas, description, transactionHash, blockNumber }
}

/** Reads a proposal's targets, values, calldatas and description back from its ProposalCreated event. */
export async function getGovernorProposal(client: Client, { governor, proposalId, fromBlock = 0n }: { governor: Address; proposalId: bigint; fromBlock?: bigint }): Promise<GovernorProposal> {
  const toBlock = await getBlockNumber(client)
  for await (const page of logPages(client, { address: governor, fromBlock, toBlock })) {
    const created = parseEventLogs({ abi: appAuthGovernorAbi, eventName: 'ProposalCreated', logs: page.logs }).find((log) => log.args.proposalId === proposalId)
    if (created) {
      const { targets, calldatas, description } = created.args
      return { targets, values: created.args.values, calldatas, description }
    }
  }
  throw new AppAuthError(`the governor ${governor} has no proposal ${proposalId}`)
}

export function prepareCastVote(governor: Address, { proposalId, support, reason }: { proposalId: bigint; support: VoteSupport; reason?: string | undefined }): ContractCall {
  return reason === undefined
    ? { address: governor, abi: appAuthGovernorAbi, functionName: 'castVote', args: [proposalId, voteSupport[support]] }
    : { address: governor, abi: appAuthGovernorAbi, functionName: 'castVoteWithReason', args: [proposalId, voteSupport[support], reason] }
}

/** `queue` or `execute` of a proposal: the governor recomputes its id from these lists. */
export function prepareQueueOrExecute(governor: Address, step: 'queue' | 'execute', proposal: GovernorProposal): ContractCall {
  return contractCall({ address: governor, abi: appAuthGovernorAbi, functionName: step, args: [proposal.targets, proposal.values, proposal.calldatas, descriptionHash(proposal.description)] })
}

export async function getProposalState(client: Client, { governor, proposalId }: { governor: Address; proposalId: bigint }): Promise<ProposalState> {
  const state = await readContract(client, { address: governor, abi: appAuthGovernorAbi, functionName: 'state', args: [proposalId] })
  return proposalStates[state]!
}

export type DeployVotesTokenParameters = TransactionOptions & { name: string; symbol: string; recipient: Address; supply: bigint }

/**
 * Deploys an AppAuthVotesToken minting `supply` to `recipient`, then, when the recipient is the
 * client's account, delegates its votes to itself (undelegated tokens do not vote).
 */
export async function deployVotesToken(client: AnyClient, { name, symbol, recipient, supply, ...options }: DeployVotesTokenParameters): Promise<DeployContractReturnType> {
  const deployed = await deployContract(client, { ...options, name: 'AppAuthVotesToken', abi: appAuthVotesTokenAbi, bytecode: appAuthVotesTokenBytecode, args: [name, symbol, recipient, supply] })
  if (client.account?.address === recipient) {
    await writeContractCall(client, { ...options, call: contractCall({ address: deployed.address, abi: appAuthVotesTokenAbi, functionName: 'delegate', args: [recipient] }) })
  }
  return deployed
}

/** What a proposal waits for next, and from when (unix seconds); absent once it is settled. */
export type ProposalNextStep = { step: 'vote' | 'voting closes' | 'queue' | 'execute'; at: bigint; expiresAt?: bigint | undefined }

/** A proposal as people follow it: where it stands, the tally, the quorum and what comes next. */
export type GovernorProposalStatus = {
  proposalId: bigint
  description: string
  state: ProposalState
  /** Voting opens after this time and closes after `voteEnd` (the governor's timestamp clock). */
  voteStart: bigint
  voteEnd: bigint
  /** When the timelock lets it execute; 0 until queued. */
  eta: bigint
  votes: { for: bigint; against: bigint; abstain: bigint }
  /** Votes needed (for + abstain count toward it); `estimated` while the snapshot lies in the future. */
  quorum: { needed: bigint; reached: boolean; estimated: boolean }
  next?: ProposalNextStep | undefined
}

/** The votes token's units: amounts print as `1,000,000 VOTE` rather than in its smallest unit. */
export type VotesUnit = { token: Address; decimals: number; symbol: string }

export async function getVotesUnit(client: Client, { governor }: { governor: Address }): Promise<VotesUnit> {
  const token = await readContract(client, { address: governor, abi: appAuthGovernorAbi, functionName: 'token' })
  const [decimals, symbol] = await Promise.all([
    readContract(client, { address: token, abi: appAuthVotesTokenAbi, functionName: 'decimals' }).catch(() => 18),
    readContract(client, { address: token, abi: appAuthVotesTokenAbi, functionName: 'symbol' }).catch(() => 'votes'),
  ])
  return { token, decimals: Number(decimals), symbol }
}

/** `1,000,000 VOTE`: an amount in the token's decimals, grouped, with its symbol. */
export function formatVotes(amount: bigint, unit: VotesUnit): string {
  const [whole, fraction] = formatUnits(amount, unit.decimals).split('.')
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return `${grouped}${fraction ? `.${fraction.slice(0, 4)}` : ''} ${unit.symbol}`
}

/** Where a proposal stands and what it waits for, read at the latest block. */
export async function getGovernorProposalStatus(
  client: Client,
  { governor, proposalId, description = '' }: { governor: Address; proposalId: bigint; description?: string | undefined },
): Promise<GovernorProposalStatus> {
  const at = { address: governor, abi: appAuthGovernorAbi } as const
  const { timestamp: now } = await getBlock(client, { blockTag: 'latest' })
  const [stateValue, voteStart, voteEnd, eta, [against, forVotes, abstain], window] = await Promise.all([
    readContract(client, { ...at, functionName: 'state', args: [proposalId] }),
    readContract(client, { ...at, functionName: 'proposalSnapshot', args: [proposalId] }),
    readContract(client, { ...at, functionName: 'proposalDeadline', args: [proposalId] }),
    readContract(client, { ...at, functionName: 'proposalEta', args: [proposalId] }),
    readContract(client, { ...at, functionName: 'proposalVotes', args: [proposalId] }),
    readContract(client, { ...at, functionName: 'executionWindow' }),
  ])
  const state = proposalStates[stateValue]!
  // The quorum is measured at the snapshot; before it, today's supply and quorum fraction stand in.
  const estimated = voteStart >= now
  const needed = estimated ? await estimateQuorum(client, governor) : await readContract(client, { ...at, functionName: 'quorum', args: [voteStart] })
  const next: ProposalNextStep | undefined =
    state === 'Pending'
      ? { step: 'vote', at: voteStart + 1n }
      : state === 'Active'
        ? { step: 'voting closes', at: voteEnd }
        : state === 'Succeeded'
          ? { step: 'queue', at: voteEnd + 1n, expiresAt: voteEnd + window }
          : state === 'Queued'
            ? { step: 'execute', at: eta, expiresAt: eta + window }
            : undefined
  return {
    proposalId,
    description,
    state,
    voteStart,
    voteEnd,
    eta,
    votes: { for: forVotes, against, abstain },
    quorum: { needed, reached: forVotes + abstain >= needed, estimated },
    next,
  }
}

async function estimateQuorum(client: Client, governor: Address): Promise<bigint> {
  const at = { address: governor, abi: appAuthGovernorAbi } as const
  const [token, numerator, denominator] = await Promise.all([
    readContract(client, { ...at, functionName: 'token' }),
    readContract(client, { ...at, functionName: 'quorumNumerator' }),
    readContract(client, { ...at, functionName: 'quorumDenominator' }),
  ])
  return ((await readContract(client, { address: token, abi: appAuthVotesTokenAbi, functionName: 'totalSupply' })) * numerator) / denominator
}

/** Every proposal made to the governor since `fromBlock`, oldest first, from its ProposalCreated events. */
export async function listGovernorProposals(client: Client, { governor, fromBlock = 0n }: { governor: Address; fromBlock?: bigint }): Promise<GovernorProposalStatus[]> {
  const toBlock = await getBlockNumber(client)
  const created: { proposalId: bigint; description: string }[] = []
  for await (const page of logPages(client, { address: governor, fromBlock, toBlock })) {
    for (const log of parseEventLogs({ abi: appAuthGovernorAbi, eventName: 'ProposalCreated', logs: page.logs })) {
      created.push({ proposalId: log.args.proposalId, description: log.args.description })
    }
  }
  return Promise.all(created.map((proposal) => getGovernorProposalStatus(client, { governor, ...proposal })))
}

/**
 * Why the governor refuses a step, in its own terms: the proposal's state and when the step opens.
 * Used to explain `GovernorUnexpectedProposalState` and the timelock's `TimelockUnexpectedOperationState`.
 */
export function explainProposalState(status: GovernorProposalStatus, now: bigint): string {
  const when = (at: bigint) => `${formatTimestamp(at)} (${formatRelative(at, now)})`
  switch (status.state) {
    case 'Pending':
      return `proposal ${status.proposalId} is Pending: voting opens ${when(status.next!.at)}`
    case 'Active':
      return `proposal ${status.proposalId} is Active: voting closes ${when(status.voteEnd)}, then it can be queued if it passed`
    case 'Succeeded':
      return `proposal ${status.proposalId} is Succeeded: queue it (until ${when(status.next!.expiresAt!)})`
    case 'Queued':
      return status.eta > now
        ? `proposal ${status.proposalId} is Queued: the timelock lets it execute ${when(status.eta)}`
        : `proposal ${status.proposalId} is Queued: executable now (until ${when(status.next!.expiresAt!)})`
    case 'Defeated':
      return `proposal ${status.proposalId} is Defeated: ${status.quorum.reached ? 'more votes against than for' : 'the quorum was not reached'}; nothing further can happen to it`
    default:
      return `proposal ${status.proposalId} is ${status.state}: nothing further can happen to it`
  }
}
