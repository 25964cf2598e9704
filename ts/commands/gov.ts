import { Argument, Command } from 'commander'
import { type Address, type Hex, parseEventLogs } from 'viem'
import { appAuthEventsAbi, changeKindName, getAppAuth } from '../lib/contracts'
import { InvalidInputError } from '../lib/errors'
import { chainTime } from '../lib/chains'
import { ContractRevertError } from '../lib/errors'
import {
  explainProposalState,
  formatVotes,
  type GovernorProposalStatus,
  getGovernorProposal,
  getGovernorProposalStatus,
  getProposalState,
  getVotesUnit,
  listGovernorProposals,
  prepareCastVote,
  prepareQueueOrExecute,
  proposeThroughGovernor,
  type VoteSupport,
  type VotesUnit,
} from '../lib/governor'
import { assertVerifierHooks, managedActions, verifierActions } from '../lib/manage'
import { formatRevert } from '../lib/revert'
import { describeTime, formatTimestamp } from '../lib/time'
import { type ContractCall, writeContractCall } from '../lib/transactions'
import type { Cli, Session } from '../runtime/context'
import { transactionLine } from '../runtime/format'
import { formatFields } from '../runtime/output'
import { address } from '../runtime/parsers'

const proposalIdArgument = (value: string): bigint => {
  if (!/^(\d+|0x[0-9a-fA-F]+)$/.test(value)) throw new InvalidInputError(`proposal id must be a whole number (decimal or 0x hex), got ${JSON.stringify(value)}`)
  return BigInt(value)
}

/** The app's governor: `--governor`, or the one recorded when `deploy governor` deployed the app. */
function resolveGovernor(session: Session, appArgument: string, override: Address | undefined): { app: Address; governor: Address; fromBlock: bigint } {
  // An address finds its record too (resolve looks records up by address), so the governor is known either way.
  const { address: app, record } = session.resolve(appArgument)
  const governor = override ?? record?.governor
  if (!governor) throw new InvalidInputError(`no governor known for ${session.label(app)}: no governor deployment of it is recorded here (\`appauth deploy governor\` records one); pass --governor <address>`)
  return { app, governor, fromBlock: session.deploymentBlock(record) ?? 0n }
}

const usage = Object.values(managedActions).map((action) => action.usage).join(', ')
const governorOption = ['--governor <address>', "the app's governor (default: the one in the deployment record)"] as const

export function govCommand(cli: Cli): Command {
  return new Command('gov')
    .description('control a Governor-variant AppAuth: propose a change, vote on it, queue it in the timelock, execute it')
    .addCommand(
      new Command('propose')
        .description('propose an AppAuth action to the governor; token holders vote on it after the voting delay')
        .argument('<app>', 'the governed AppAuth: deployment name or address')
        .argument('<action>', `one of: ${usage}`)
        .argument('<value>', "the action's hash or id")
        .option('--uri <uri>', 'metadata for propose / device-add')
        .option('--description <text>', 'the proposal description voters read (default: the action and value)')
        .option(governorOption[0], governorOption[1], address('--governor'))
        .action(async (appArgument: string, actionName: string, value: string, options: { uri?: string; description?: string; governor?: Address }, command: Command) => {
          const action = managedActions[actionName]
          if (!action) throw new InvalidInputError(`unknown action ${JSON.stringify(actionName)}: use ${Object.keys(managedActions).join(', ')}`)
          const session = await cli.session(command, { signer: true })
          const { app: appAddress, governor } = resolveGovernor(session, appArgument, options.governor)
          const app = await getAppAuth(session.client, { address: appAddress })
          const call = action.prepare(app, value, options.uri)
          if (verifierActions.has(actionName)) await assertVerifierHooks(session.client, { address: app.address, action: actionName })
          const description = options.description ?? `${actionName} ${value} on ${app.address}`
          const result = await proposeThroughGovernor(session.client, { governor, calls: [call], description, ...cli.transaction(command, 'proposing to the governor') })
          const json = { proposalId: result.proposalId, governor, voteStart: result.voteStart, voteEnd: result.voteEnd, description, transactionHash: result.transactionHash, blockNumber: result.blockNumber }
          cli.print(command, json, () =>
            [
              `proposed ${actionName} ${value} on ${session.label(app.address)} to the governor ${governor}`,
              formatFields([
                ['proposal id', result.proposalId.toString()],
                ['voting', `from ${formatTimestamp(result.voteStart)} to ${formatTimestamp(result.voteEnd)}`],
                ['transaction', transactionLine(result)],
                ['next', `\`appauth gov vote ${appArgument} ${result.proposalId} for\` once voting opens`],
              ]),
            ].join('\n'),
          )
        }),
    )
    .addCommand(
      new Command('vote')
        .description("cast the signer's votes on a proposal")
        .argument('<app>', 'the governed AppAuth: deployment name or address')
        .argument('<proposal-id>', 'the proposal id `gov propose` printed', proposalIdArgument)
        .addArgument(new Argument('<support>', 'how to vote').choices(['for', 'against', 'abstain']))
        .option('--reason <text>', 'a reason recorded with the vote')
        .option(governorOption[0], governorOption[1], address('--governor'))
        .action(async (appArgument: string, proposalId: bigint, support: VoteSupport, options: { reason?: string; governor?: Address }, command: Command) => {
          const session = await cli.session(command, { signer: true })
          const { governor } = resolveGovernor(session, appArgument, options.governor)
          const call = prepareCastVote(governor, { proposalId, support, reason: options.reason })
          const result = await explainRefusal(session, governor, proposalId, 'vote on', () => writeContractCall(session.client, { call, ...cli.transaction(command, 'voting') }))
          const weight = result.result as bigint
          const unit = await getVotesUnit(session.client, { governor })
          cli.print(command, { proposalId, support, weight, governor, transactionHash: result.transactionHash, blockNumber: result.blockNumber }, () =>
            [`voted ${support} on proposal ${proposalId} with ${formatVotes(weight, unit)}`, formatFields([['transaction', transactionLine(result)]])].join('\n'),
          )
        }),
    )
    .addCommand(queueOrExecuteCommand(cli, 'queue'))
    .addCommand(queueOrExecuteCommand(cli, 'execute'))
    .addCommand(govStatusCommand(cli))
}

/** Errors by which the governor or its timelock refuse a step because of where the proposal stands. */
const stateErrors = new Set(['GovernorUnexpectedProposalState', 'TimelockUnexpectedOperationState'])

/**
 * Runs a governor write; when it is refused for the proposal's state, says so in the governor's
 * terms (the state by name, when the step opens) with the decoded error behind it.
 */
async function explainRefusal<result>(session: Session, governor: Address, proposalId: bigint, step: string, write: () => Promise<result>): Promise<result> {
  try {
    return await write()
  } catch (error) {
    if (!(error instanceof ContractRevertError) || !stateErrors.has(error.revert.errorName ?? '')) throw error
    const status = await getGovernorProposalStatus(session.client, { governor, proposalId })
    const now = await chainTime(session.client)
    throw new ContractRevertError(`cannot ${step} proposal ${proposalId}: ${explainProposalState(status, now)} (${formatRevert(error.revert, now)})`, error.revert, {
      details: error.shortMessage,
      cause: error,
    })
  }
}

function govStatusCommand(cli: Cli): Command {
  return new Command('status')
    .description("the governor's proposals: state, votes for/against/abstain, quorum progress and when the next step opens")
    .argument('<app>', 'the governed AppAuth: deployment name or address')
    .argument('[proposal-id]', 'only this proposal', proposalIdArgument)
    .option(governorOption[0], governorOption[1], address('--governor'))
    .action(async (appArgument: string, proposalId: bigint | undefined, options: { governor?: Address }, command: Command) => {
      const session = await cli.session(command, { signer: false })
      const { app, governor, fromBlock } = resolveGovernor(session, appArgument, options.governor)
      const spinner = cli.spinner(command)
      spinner.update(`reading the proposals of ${governor}`)
      const all = await listGovernorProposals(session.client, { governor, fromBlock })
      const proposals = proposalId === undefined ? all : all.filter((proposal) => proposal.proposalId === proposalId)
      if (proposalId !== undefined && proposals.length === 0) throw new InvalidInputError(`the governor ${governor} has no proposal ${proposalId}`)
      const unit = await getVotesUnit(session.client, { governor })
      const now = await chainTime(session.client)
      cli.print(command, { app, governor, token: unit.token, decimals: unit.decimals, symbol: unit.symbol, now, proposals }, () =>
        [
          `${session.label(app)}: governor ${governor}, votes in ${unit.symbol} (${unit.token}); ${proposals.length} proposal(s)`,
          ...proposals.flatMap((proposal) => ['', ...describeProposal(proposal, unit, now)]),
        ].join('\n'),
      )
    })
}

function describeProposal(proposal: GovernorProposalStatus, unit: VotesUnit, now: bigint): string[] {
  const { votes, quorum } = proposal
  const counted = votes.for + votes.abstain
  const progress = quorum.needed === 0n ? 100n : (counted * 100n) / quorum.needed
  const next = proposal.next
  const nextLine = !next
    ? 'none: settled'
    : next.step === 'vote'
      ? `voting opens ${describeTime(next.at, now)}`
      : next.step === 'voting closes'
        ? `voting closes ${describeTime(next.at, now)}`
        : next.step === 'queue'
          ? `queue (\`appauth gov queue\`) until ${describeTime(next.expiresAt!, now)}`
          : next.at > now
            ? `execute ${describeTime(next.at, now)} (the timelock delay), until ${formatTimestamp(next.expiresAt!)}`
            : `execute now (\`appauth gov execute\`) until ${describeTime(next.expiresAt!, now)}`
  return [
    `proposal ${proposal.proposalId}: ${proposal.state}${proposal.description ? ` -- ${proposal.description}` : ''}`,
    formatFields([
      ['votes', `for ${formatVotes(votes.for, unit)}, against ${formatVotes(votes.against, unit)}, abstain ${formatVotes(votes.abstain, unit)}`],
      ['quorum', `${formatVotes(counted, unit)} of ${formatVotes(quorum.needed, unit)} (${progress}%${quorum.reached ? ', reached' : ''})${quorum.estimated ? ', estimated: measured when voting opens' : ''}`],
      ['voting', `${formatTimestamp(proposal.voteStart + 1n)} to ${formatTimestamp(proposal.voteEnd)}`],
      ['next', nextLine],
    ]),
  ]
}

function queueOrExecuteCommand(cli: Cli, step: 'queue' | 'execute'): Command {
  return new Command(step)
    .description(
      step === 'queue'
        ? 'queue a succeeded proposal in the timelock (its delay starts)'
        : 'execute a queued proposal once the timelock delay has passed (a loosening change then starts its notice period)',
    )
    .argument('<app>', 'the governed AppAuth: deployment name or address')
    .argument('<proposal-id>', 'the proposal id `gov propose` printed', proposalIdArgument)
    .option(governorOption[0], governorOption[1], address('--governor'))
    .action(async (appArgument: string, proposalId: bigint, options: { governor?: Address }, command: Command) => {
      const session = await cli.session(command, { signer: true })
      const { governor, fromBlock } = resolveGovernor(session, appArgument, options.governor)
      // The governor recomputes the id from what was proposed: read it back from ProposalCreated.
      const proposal = await getGovernorProposal(session.client, { governor, proposalId, fromBlock })
      const call: ContractCall = prepareQueueOrExecute(governor, step, proposal)
      const result = await explainRefusal(session, governor, proposalId, step, () =>
        writeContractCall(session.client, { call, ...cli.transaction(command, step === 'queue' ? 'queueing' : 'executing') }),
      )
      const state = await getProposalState(session.client, { governor, proposalId })
      // An executed proposal may announce changes: their ids are what `appauth activate` takes once the notice has passed.
      const announced = parseEventLogs({ abi: appAuthEventsAbi, logs: result.receipt.logs, eventName: 'ChangeProposed' }).map((log) => {
        const { id, kind, value, activatesAt } = log.args as { id: Hex; kind: number; value: Hex; activatesAt: bigint }
        return { app: log.address, id, kind: changeKindName(kind), value, activatesAt }
      })
      cli.print(command, { proposalId, state, governor, transactionHash: result.transactionHash, blockNumber: result.blockNumber, announced }, () =>
        [
          `${step === 'queue' ? 'queued' : 'executed'} proposal ${proposalId} (${proposal.description}): now ${state}`,
          formatFields([
            ['transaction', transactionLine(result)],
            ...announced.map((change) => ['announced', `${change.kind} ${change.value}: change id ${change.id}, activatable from ${formatTimestamp(change.activatesAt)}`] as const),
          ]),
        ].join('\n'),
      )
    })
}
