// Votes: the Governor's proposals for this app (state, the calls in words, for/against/abstain against
// quorum, when the next step opens, vote / queue / execute), or a multisig's signers and approvals.
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { type Abi, type Address, type Hex, parseEventLogs, zeroAddress } from 'viem'
import { readContract, simulateContract, waitForTransactionReceipt } from 'viem/actions'
import { useAccount, useClient } from 'wagmi'
import { getAppAuth } from '../../../ts/lib/contracts'
import { identifyController } from '../../../ts/lib/controller'
import { descriptionHash, proposalStates } from '../../../ts/lib/governor'
import { logPages } from '../../../ts/lib/log-pages'
import { findDeploymentBlock } from '../../../ts/lib/logs'
import { decodeRevert, formatRevert } from '../../../ts/lib/revert'
import { ownableAbi } from '../../../ts/lib/standards'
import { describeCall } from '../describe-call'
import {
  appAuthGovernorAbi,
  multisigAppAuthAbi,
  useReadAppAuthGovernorProposalDeadline,
  useReadAppAuthGovernorProposalEta,
  useReadAppAuthGovernorProposalSnapshot,
  useReadAppAuthGovernorProposalVotes,
  useReadAppAuthGovernorQuorum,
  useReadAppAuthGovernorState,
  useReadTimelockAppAuthNoticePeriod,
  useWriteAppAuthGovernorCastVote,
  useWriteAppAuthGovernorExecute,
  useWriteAppAuthGovernorQueue,
} from '../generated'
import { linkTo, type Route } from '../route'
import { AddressLink, Countdown, ErrorBox, Hash, Loading, Section, useChainNow, When } from '../ui'
import { ActionMessage, useWalletAction, useWalletProblem } from '../wallet'

type Governance = { kind: 'governor'; governor: Address; timelock: Address | null } | { kind: 'multisig' } | { kind: 'none'; why: string }

export function VotesPage({ route, address }: { route: Route; address: Address }) {
  const client = useClient()
  const governance = useQuery({
    queryKey: ['governance', client?.uid, address],
    queryFn: async (): Promise<Governance> => {
      const app = await getAppAuth(client!, { address })
      if (app.variant === 'multisig') return { kind: 'multisig' }
      const owner = await readContract(client!, { address, abi: ownableAbi, functionName: 'owner' })
      const controller = await identifyController(client!, { address: owner as Address })
      if (controller.kind === 'governor') return { kind: 'governor', governor: controller.address, timelock: controller.governor.timelock }
      if (controller.kind === 'timelock') {
        const proposer = controller.proposers.find((candidate) => candidate.kind === 'governor')
        if (proposer) return { kind: 'governor', governor: proposer.address, timelock: controller.address }
      }
      return { kind: 'none', why: `this app is controlled by a ${controller.kind === 'eoa' ? 'single key' : controller.kind}, not by a vote` }
    },
    enabled: !!client,
    retry: false,
  })
  return (
    <>
      <h1>
        Votes for AppAuth <AddressLink chainId={route.chainId} address={address} label="app" />
      </h1>
      <nav aria-label="App pages" className="tabs">
        <a href={linkTo(route, 'app', address)}>Overview</a>
        <a href={linkTo(route, 'governance', address)} aria-current="page">
          Votes
        </a>
      </nav>
      {governance.isPending && <Loading what="who governs this app" />}
      {governance.error && <ErrorBox error={governance.error} />}
      {governance.data?.kind === 'none' && <p>{governance.data.why}: there is nothing to vote on.</p>}
      {governance.data?.kind === 'governor' && <GovernorProposals route={route} app={address} governor={governance.data.governor} timelock={governance.data.timelock} />}
      {governance.data?.kind === 'multisig' && <MultisigApprovals route={route} app={address} />}
    </>
  )
}

type Proposal = { proposalId: bigint; proposer: Address; targets: readonly Address[]; values: readonly bigint[]; calldatas: readonly Hex[]; description: string; blockNumber: bigint }

function GovernorProposals({ route, app, governor, timelock }: { route: Route; app: Address; governor: Address; timelock: Address | null }) {
  const client = useClient()
  const proposals = useQuery({
    queryKey: ['proposals', client?.uid, governor],
    queryFn: async () => {
      const fromBlock = await findDeploymentBlock(client!, { address: governor })
      const toBlock = BigInt((await client!.request({ method: 'eth_blockNumber' })) as Hex)
      const found: Proposal[] = []
      for await (const page of logPages(client!, { address: governor, fromBlock, toBlock })) {
        for (const log of parseEventLogs({ abi: appAuthGovernorAbi, logs: page.logs, eventName: 'ProposalCreated' })) {
          const { proposalId, proposer, targets, calldatas, description } = log.args
          found.push({ proposalId, proposer, targets, values: log.args.values, calldatas, description, blockNumber: log.blockNumber })
        }
      }
      return found.reverse()
    },
    enabled: !!client,
    refetchInterval: 4_000,
    retry: false,
  })
  return (
    <Section title="Governor proposals" id="proposals">
      <p>
        Governor <AddressLink chainId={route.chainId} address={governor} label="governor" />
        {timelock && (
          <>
            {' '}
            through timelock <AddressLink chainId={route.chainId} address={timelock} label="timelock" />
          </>
        )}
      </p>
      {proposals.isPending && <Loading what="proposals" />}
      {proposals.error && <ErrorBox error={proposals.error} />}
      {proposals.data?.length === 0 && <p>No proposal yet.</p>}
      {proposals.data?.map((proposal) => (
        <ProposalCard key={String(proposal.proposalId)} route={route} app={app} governor={governor} proposal={proposal} />
      ))}
    </Section>
  )
}

function Bar({ label, votes, total, quorum }: { label: string; votes: bigint; total: bigint; quorum?: bigint | undefined }) {
  const scale = total > 0n ? total : 1n
  const percent = Number((votes * 10_000n) / scale) / 100
  const quorumPercent = quorum !== undefined ? Math.min(100, Number((quorum * 10_000n) / scale) / 100) : undefined
  return (
    <div className="bar-row">
      <span className="bar-label">{label}</span>
      <div className="bar" role="meter" aria-label={`${label} votes`} aria-valuemin={0} aria-valuemax={Number(scale)} aria-valuenow={Number(votes)}>
        <div className={`fill ${label.toLowerCase()}`} style={{ width: `${percent}%` }} />
        {quorumPercent !== undefined && <div className="quorum-mark" style={{ left: `${quorumPercent}%` }} title="quorum" />}
      </div>
      <span className="bar-value">{formatVotes(votes)}</span>
    </div>
  )
}

function formatVotes(votes: bigint): string {
  // Votes tokens use 18 decimals; show whole tokens.
  const whole = votes / 10n ** 18n
  return whole > 0n || votes === 0n ? whole.toLocaleString() : `${votes} wei`
}

function ProposalCard({ route, app, governor, proposal }: { route: Route; app: Address; governor: Address; proposal: Proposal }) {
  const client = useClient()
  const queryClient = useQueryClient()
  const { address: user } = useAccount()
  const now = useChainNow()
  const problem = useWalletProblem(route.chainId)
  const live = { refetchInterval: 2_000 }
  const id = proposal.proposalId
  const state = useReadAppAuthGovernorState({ address: governor, args: [id], query: live })
  const votes = useReadAppAuthGovernorProposalVotes({ address: governor, args: [id], query: live })
  const snapshot = useReadAppAuthGovernorProposalSnapshot({ address: governor, args: [id] })
  const deadline = useReadAppAuthGovernorProposalDeadline({ address: governor, args: [id], query: live })
  const eta = useReadAppAuthGovernorProposalEta({ address: governor, args: [id], query: live })
  const snapshotPassed = snapshot.data !== undefined && now !== undefined && now > snapshot.data
  const quorum = useReadAppAuthGovernorQuorum({ address: governor, args: [snapshot.data!], query: { enabled: snapshotPassed } })
  const notice = useReadTimelockAppAuthNoticePeriod({ address: app })
  const { writeContractAsync: castVote } = useWriteAppAuthGovernorCastVote()
  const { writeContractAsync: queue } = useWriteAppAuthGovernorQueue()
  const { writeContractAsync: execute } = useWriteAppAuthGovernorExecute()
  const action = useWalletAction()

  const stateName = state.data === undefined ? undefined : proposalStates[state.data]
  const [against = 0n, forVotes = 0n, abstain = 0n] = votes.data ?? []
  const total = against + forVotes + abstain
  const scale = quorum.data !== undefined && quorum.data > total ? quorum.data : total

  const lists = [proposal.targets, proposal.values, proposal.calldatas, descriptionHash(proposal.description)] as const
  const send = (what: string, functionName: 'castVote' | 'queue' | 'execute', args: readonly unknown[], write: () => Promise<Hex>) =>
    action.run(async () => {
      if (problem) throw new Error(problem)
      try {
        // Widened to any ABI: the three functions take different arguments, checked by the contract's simulation.
        const abi: Abi = appAuthGovernorAbi
        await simulateContract(client!, { address: governor, abi, functionName, args, account: user! })
      } catch (error) {
        const revert = decodeRevert(error)
        throw new Error(`${revert ? formatRevert(revert) : 'the governor refuses'}: nothing was sent`)
      }
      const hash = await write()
      const receipt = await waitForTransactionReceipt(client!, { hash })
      await queryClient.invalidateQueries()
      if (receipt.status !== 'success') throw new Error(`${what} reverted in ${hash}`)
      return `${what}: done in transaction ${hash}.`
    })

  let next: React.ReactNode = null
  if (stateName === 'Pending' && snapshot.data !== undefined) next = <>Voting opens <When seconds={snapshot.data} /> (in <Countdown until={snapshot.data} now={now} />)</>
  else if (stateName === 'Active' && deadline.data !== undefined) next = <>Voting closes <When seconds={deadline.data} /> (in <Countdown until={deadline.data} now={now} />)</>
  else if (stateName === 'Succeeded') next = <>Passed: anyone can queue it now.</>
  else if (stateName === 'Queued' && eta.data !== undefined) next = <>Executable <When seconds={eta.data} /> (in <Countdown until={eta.data} now={now} />)</>
  else if (stateName === 'Executed') next = <>Executed: the announced change now waits the app's notice period.</>
  const executable = stateName === 'Queued' && eta.data !== undefined && now !== undefined && now >= eta.data

  return (
    <article className="proposal" data-proposal={String(id)} data-state={stateName} aria-label={`Proposal ${proposal.description}`}>
      <h3>
        {proposal.description} <span className={`pill ${stateName?.toLowerCase() ?? ''}`} data-testid="proposal-state">{stateName ?? '…'}</span>
      </h3>
      <p className="muted">
        id <Hash value={String(id)} label="proposal id" /> by <AddressLink chainId={route.chainId} address={proposal.proposer} label="proposer" />
      </p>
      <ul aria-label="What it does" className="calls">
        {proposal.calldatas.map((data, i) => (
          <li key={i} data-testid="decoded-call">
            {proposal.targets[i]?.toLowerCase() === app.toLowerCase() ? describeCall(data, notice.data) : `call ${proposal.targets[i] ?? zeroAddress}: ${describeCall(data)}`}
          </li>
        ))}
      </ul>
      <div className="bars">
        <Bar label="For" votes={forVotes} total={scale} quorum={quorum.data} />
        <Bar label="Against" votes={against} total={scale} />
        <Bar label="Abstain" votes={abstain} total={scale} />
        <p className="muted">
          {quorum.data !== undefined ? `Quorum ${formatVotes(quorum.data)} (for + abstain count toward it): ${forVotes + abstain >= quorum.data ? 'reached' : 'not reached'}` : 'Quorum is fixed when voting opens.'}
        </p>
      </div>
      <p data-testid="next-step">{next}</p>
      <div className="buttons">
        {stateName === 'Active' &&
          (['For', 'Against', 'Abstain'] as const).map((choice, support) => (
            <button
              key={choice}
              type="button"
              disabled={action.busy}
              onClick={() => {
                const value = [1, 0, 2][support]!
                void send(`vote ${choice.toLowerCase()}`, 'castVote', [id, value], () => castVote({ address: governor, args: [id, value], chainId: route.chainId }))
              }}
            >
              Vote {choice.toLowerCase()}
            </button>
          ))}
        {stateName === 'Succeeded' && (
          <button type="button" disabled={action.busy} onClick={() => void send('queue', 'queue', lists, () => queue({ address: governor, args: lists, chainId: route.chainId }))}>
            Queue
          </button>
        )}
        {stateName === 'Queued' && (
          <button type="button" disabled={action.busy || !executable} onClick={() => void send('execute', 'execute', lists, () => execute({ address: governor, args: lists, chainId: route.chainId }))}>
            Execute
          </button>
        )}
      </div>
      <ActionMessage message={action.message} />
    </article>
  )
}

function MultisigApprovals({ route, app }: { route: Route; app: Address }) {
  const client = useClient()
  const data = useQuery({
    queryKey: ['multisig', client?.uid, app],
    queryFn: async () => {
      const read = <result,>(functionName: 'signers' | 'threshold' | 'nonce') => readContract(client!, { address: app, abi: multisigAppAuthAbi, functionName }) as Promise<result>
      const [signers, threshold, nonce] = await Promise.all([read<readonly Address[]>('signers'), read<bigint>('threshold'), read<bigint>('nonce')])
      const fromBlock = await findDeploymentBlock(client!, { address: app })
      const toBlock = BigInt((await client!.request({ method: 'eth_blockNumber' })) as Hex)
      const approvals = new Map<Hex, Set<Address>>()
      for await (const page of logPages(client!, { address: app, fromBlock, toBlock })) {
        for (const log of parseEventLogs({ abi: multisigAppAuthAbi, logs: page.logs })) {
          if (log.eventName === 'Approved' && log.args.nonce === nonce) {
            const set = approvals.get(log.args.dataHash) ?? new Set<Address>()
            set.add(log.args.signer)
            approvals.set(log.args.dataHash, set)
          } else if (log.eventName === 'ApprovalRevoked' && log.args.nonce === nonce) {
            approvals.get(log.args.dataHash)?.delete(log.args.signer)
          }
        }
      }
      return { signers, threshold, nonce, approvals: [...approvals].map(([dataHash, who]) => ({ dataHash, signers: [...who] })) }
    },
    enabled: !!client,
    refetchInterval: 4_000,
    retry: false,
  })
  return (
    <Section title="Multisig" id="multisig">
      {data.isPending && <Loading what="the signers" />}
      {data.error && <ErrorBox error={data.error} />}
      {data.data && (
        <>
          <p>
            {String(data.data.threshold)} of {data.data.signers.length} signers must sign each action (next nonce {String(data.data.nonce)}):
          </p>
          <ul aria-label="Signers">
            {data.data.signers.map((signer) => (
              <li key={signer}>
                <AddressLink chainId={route.chainId} address={signer} label="signer" />
              </li>
            ))}
          </ul>
          <h3>Approved on chain for the next action</h3>
          {data.data.approvals.length === 0 && <p>No on-chain approval yet (signatures gathered off chain are not visible here).</p>}
          <ul>
            {data.data.approvals.map((approval) => {
              const missing = Number(data.data.threshold) - approval.signers.length
              return (
                <li key={approval.dataHash}>
                  call <Hash value={approval.dataHash} label="call hash" />: signed by{' '}
                  {approval.signers.map((signer) => (
                    <AddressLink key={signer} chainId={route.chainId} address={signer} label="signer" />
                  ))}
                  ; {missing > 0 ? `${missing} more needed` : 'enough to execute'}
                </li>
              )
            })}
          </ul>
          <p className="muted">An executed announcement then waits the notice period: its countdown is on the Overview page.</p>
        </>
      )}
    </Section>
  )
}
