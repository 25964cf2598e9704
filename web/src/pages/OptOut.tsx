// Opting out of a pending change: by transaction from the connected wallet, or by signing the
// registry's EIP-712 `OptOut` message for a relayer to send. Nothing is sent unless a wallet is
// connected on the page's chain; every refusal is shown in words.
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { type Address, type Hex, parseEventLogs } from 'viem'
import { simulateContract, waitForTransactionReceipt } from 'viem/actions'
import { useAccount, useClient, useSignTypedData } from 'wagmi'
import { readEip712Domain } from '../../../ts/lib/eip712'
import { logPages } from '../../../ts/lib/log-pages'
import { findDeploymentBlock } from '../../../ts/lib/logs'
import { decodeRevert, formatRevert } from '../../../ts/lib/revert'
import {
  optOutRegistryAbi,
  useReadOptOutRegistryCurrentProposalKey,
  useReadOptOutRegistryIsOptedOut,
  useReadOptOutRegistryOptOutCount,
  useWriteOptOutRegistryOptOut,
} from '../generated'
import type { Route } from '../route'
import { AddressLink, CopyButton, ErrorBox, Hash, Loading, Section, TxLink } from '../ui'
import { ActionMessage, useWalletAction, useWalletProblem } from '../wallet'

/** Why a simulated call reverted, decoded with every error our contracts declare. */
function revertText(error: unknown): string | undefined {
  const revert = decodeRevert(error)
  return revert ? formatRevert(revert) : undefined
}

export function OptOutControls({ route, registry, changeId, activatesAt, open }: { route: Route; registry: Address; changeId: Hex; activatesAt: bigint; open: boolean }) {
  const client = useClient()
  const queryClient = useQueryClient()
  const { address: user } = useAccount()
  const problem = useWalletProblem(route.chainId)
  const key = useReadOptOutRegistryCurrentProposalKey({ address: registry, args: [changeId], query: { refetchInterval: 3_000 } })
  const count = useReadOptOutRegistryOptOutCount({ address: registry, args: [key.data!], query: { enabled: !!key.data, refetchInterval: 3_000 } })
  const mine = useReadOptOutRegistryIsOptedOut({ address: registry, args: [user!, key.data!], query: { enabled: !!key.data && !!user, refetchInterval: 3_000 } })
  const { writeContractAsync } = useWriteOptOutRegistryOptOut()
  const { signTypedDataAsync } = useSignTypedData()
  const action = useWalletAction()
  const [signed, setSigned] = useState<string | undefined>()

  const byTransaction = () =>
    action.run(async () => {
      if (problem) throw new Error(problem)
      // Simulated first: a closed window or a second opt-out is named here and nothing is sent.
      try {
        await simulateContract(client!, { address: registry, abi: optOutRegistryAbi, functionName: 'optOut', args: [changeId], account: user! })
      } catch (error) {
        throw new Error(`${revertText(error) ?? 'the registry refuses this opt-out'}: nothing was sent`)
      }
      const hash = await writeContractAsync({ address: registry, args: [changeId], chainId: route.chainId })
      const receipt = await waitForTransactionReceipt(client!, { hash })
      const [log] = parseEventLogs({ abi: optOutRegistryAbi, logs: receipt.logs, eventName: 'OptedOut' })
      await queryClient.invalidateQueries()
      return `Opted out in transaction ${hash} (you are #${log ? Number(log.args.index) + 1 : '?'} on this change's list).`
    })

  const bySignature = () =>
    action.run(async () => {
      if (problem) throw new Error(problem)
      const keyNow = key.data
      if (!keyNow) throw new Error('the change is no longer pending: nothing to opt out of')
      // No nonce: the proposal key is the replay guard, so this signature stands alone.
      const message = { user: user!, proposal: keyNow, deadline: activatesAt }
      const signature = await signTypedDataAsync({
        // The domain the registry declares (ERC-5267 eip712Domain()), not one assumed here.
        domain: await readEip712Domain(client!, { address: registry }),
        types: { OptOut: [{ name: 'user', type: 'address' }, { name: 'proposal', type: 'bytes32' }, { name: 'deadline', type: 'uint256' }] },
        primaryType: 'OptOut',
        message,
      })
      // The JSON `appauth opt-out --relay` reads (numbers as decimal strings).
      setSigned(
        JSON.stringify(
          { registry, chainId: String(route.chainId), user, changeId, key: keyNow, deadline: String(activatesAt), signature },
          null,
          2,
        ),
      )
      return 'Signed, nothing sent: copy the signed opt-out below and give it to a relayer (`appauth opt-out relay <registry> <file>`).'
    })

  return (
    <div className="optout" data-testid="optout">
      <p>
        Opted out: <strong data-testid="optout-count">{count.data === undefined ? '…' : String(count.data)}</strong>
        {mine.data && <span className="ok"> (you have opted out)</span>}
      </p>
      {open ? (
        <div className="buttons">
          <button type="button" disabled={action.busy || mine.data === true} onClick={() => void byTransaction()}>
            Opt out (transaction)
          </button>
          <button type="button" disabled={action.busy || mine.data === true} onClick={() => void bySignature()}>
            Sign opt-out only
          </button>
        </div>
      ) : (
        <p className="muted">The opt-out window closed when the notice ended.</p>
      )}
      <ActionMessage message={action.message} />
      {signed && (
        <div className="signed">
          <label htmlFor={`signed-${changeId}`}>Signed opt-out (JSON for a relayer)</label>
          <textarea id={`signed-${changeId}`} readOnly rows={10} value={signed} data-testid="signed-optout" />
          <CopyButton value={signed} label="signed opt-out" />
        </div>
      )}
    </div>
  )
}

/** The registry: which app it serves, how many proposals it tracked, how many opt-outs, and the viewer's own. */
export function RegistrySummary({ route, registry }: { route: Route; registry: Address }) {
  const client = useClient()
  const { address: user } = useAccount()
  const logs = useQuery({
    queryKey: ['registry', client?.uid, registry],
    queryFn: async () => {
      const fromBlock = await findDeploymentBlock(client!, { address: registry })
      const toBlock = (await client!.request({ method: 'eth_blockNumber' })) as Hex
      const events: ReturnType<typeof parseEventLogs<typeof optOutRegistryAbi>> = []
      for await (const page of logPages(client!, { address: registry, fromBlock, toBlock: BigInt(toBlock) })) {
        events.push(...parseEventLogs({ abi: optOutRegistryAbi, logs: page.logs }))
      }
      return events
    },
    enabled: !!client,
    refetchInterval: 4_000,
    retry: false,
  })
  const tracked = logs.data?.filter((log) => log.eventName === 'ProposalTracked').length ?? 0
  const optOuts = logs.data?.filter((log) => log.eventName === 'OptedOut') ?? []
  const mine = optOuts.filter((log) => user && log.eventName === 'OptedOut' && log.args.user.toLowerCase() === user.toLowerCase())
  return (
    <Section title="Opt-out registry" id="registry">
      <p>
        Registry <AddressLink chainId={route.chainId} address={registry} label="registry" />
      </p>
      {logs.isPending && <Loading what="the registry" />}
      {logs.error && <ErrorBox error={logs.error} />}
      {logs.data && (
        <>
          <p data-testid="registry-counts">
            {tracked} proposal(s) tracked, {optOuts.length} opt-out(s) recorded.
          </p>
          {user && (
            <>
              <h3>Your opt-outs</h3>
              <ul aria-label="Your opt-outs" data-testid="my-optouts">
                {mine.map((log) => (
                  <li key={`${log.transactionHash}-${log.logIndex}`}>
                    proposal <Hash value={log.eventName === 'OptedOut' ? log.args.key : '0x'} label="proposal key" /> in <TxLink chainId={route.chainId} hash={log.transactionHash!} />
                  </li>
                ))}
                {mine.length === 0 && <li>none yet</li>}
              </ul>
            </>
          )}
        </>
      )}
    </Section>
  )
}
