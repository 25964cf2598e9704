// The App page: stage and findings (the CLI's audit library, run here in the browser), the
// controller, what is allowed now, pending changes with live countdowns and opt-out, the history.
import { useQuery } from '@tanstack/react-query'
import type { Address, Hex } from 'viem'
import { useClient } from 'wagmi'
import { type AuditReport, auditAppAuth } from '../../../ts/lib/audit'
import { getAppAuth } from '../../../ts/lib/contracts'
import { describeController } from '../../../ts/lib/controller'
import { describeChange, type HistoryEntry, readHistory } from '../../../ts/lib/history'
import { getStatus } from '../../../ts/lib/status'
import { formatDuration } from '../../../ts/lib/time'
import { useReadTimelockAppAuthPendingChangeCount, useReadTimelockAppAuthPendingChanges } from '../generated'
import { linkTo, type Route } from '../route'
import { AddressLink, Countdown, ErrorBox, Hash, Loading, Section, StageBadge, TxLink, useChainNow, When } from '../ui'
import { OptOutControls, RegistrySummary } from './OptOut'
import { Timeline } from './Timeline'

export function AppPage({ route, address }: { route: Route; address: Address }) {
  const client = useClient()
  const app = useQuery({ queryKey: ['appauth', client?.uid, address], queryFn: () => getAppAuth(client!, { address }), enabled: !!client, retry: false })
  return (
    <>
      <h1>
        AppAuth <AddressLink chainId={route.chainId} address={address} label="app" />
      </h1>
      <nav aria-label="App pages" className="tabs">
        <a href={linkTo(route, 'app', address)} aria-current="page">
          Overview
        </a>
        <a href={linkTo(route, 'governance', address)}>Votes</a>
      </nav>
      <AuditSection address={address} />
      {app.error ? null : app.data?.hasNotice ? <PendingSection route={route} address={address} /> : null}
      <AllowedSection route={route} address={address} />
      {route.registry && <RegistrySummary route={route} registry={route.registry} />}
      <HistorySection route={route} address={address} />
    </>
  )
}

const severityLabel: Record<string, string> = { unknown: 'unknown code', rug: 'can rug', centralized: 'one party decides', trusted: 'trusts a party (not Stage 3)', warning: 'warning', info: 'info' }

function AuditSection({ address }: { address: Address }) {
  const client = useClient()
  const audit = useQuery({ queryKey: ['audit', client?.uid, address], queryFn: () => auditAppAuth(client!, { address }), enabled: !!client, retry: false })
  return (
    <Section title="Stage and findings" id="audit">
      {audit.isPending && <Loading what="the audit" />}
      {audit.error && <ErrorBox error={audit.error} />}
      {audit.data && <AuditReportView report={audit.data} />}
    </Section>
  )
}

function AuditReportView({ report }: { report: AuditReport }) {
  return (
    <div>
      <p className="stage-line">
        <StageBadge stage={report.stage} /> <span>variant {report.variant}</span>
        {report.notice && <span> · notice {formatDuration(report.effectiveNotice)} (needs {formatDuration(report.requiredNotice)})</span>}
      </p>
      <p>
        <strong>Controller:</strong> {describeController(report.controller)}
      </p>
      <ul className="findings" aria-label="Findings">
        {report.findings.map((finding) => (
          <li key={`${finding.id}-${finding.message}`} className={`finding ${finding.severity}`} data-finding={finding.id}>
            <span className="severity">{severityLabel[finding.severity]}</span> {finding.message}
          </li>
        ))}
      </ul>
    </div>
  )
}

type PendingRow = { id: Hex; kind: number; value: Hex; proposedAt: bigint; activatesAt: bigint; expiresAt: bigint; uri: string }

function PendingSection({ route, address }: { route: Route; address: Address }) {
  const now = useChainNow()
  const count = useReadTimelockAppAuthPendingChangeCount({ address, query: { refetchInterval: 3_000 } })
  const list = useReadTimelockAppAuthPendingChanges({
    address,
    args: [0n, count.data ?? 0n],
    query: { enabled: count.data !== undefined && count.data > 0n, refetchInterval: 3_000 },
  })
  const rows: PendingRow[] = list.data
    ? list.data[1].map((change, i) => ({ id: list.data[0][i]!, ...change }))
        .sort((a, b) => (a.activatesAt < b.activatesAt ? -1 : a.activatesAt > b.activatesAt ? 1 : 0))
    : []
  return (
    <Section title="Pending changes" id="pending">
      {count.isPending && <Loading what="pending changes" />}
      {count.error && <ErrorBox error={count.error} />}
      {count.data === 0n && <p data-testid="pending-empty">Nothing is pending: no change is announced.</p>}
      {rows.length > 0 && (
        <table className="pending" data-testid="pending-list">
          <caption className="sr-only">Changes announced and waiting for their notice period</caption>
          <thead>
            <tr>
              <th scope="col">Change</th>
              <th scope="col">Announced</th>
              <th scope="col">Takes effect</th>
              <th scope="col">Countdown</th>
              <th scope="col">Window closes</th>
              {route.registry && <th scope="col">Opt out</th>}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const state = now === undefined ? 'unknown' : now < row.activatesAt ? 'waiting' : now <= row.expiresAt ? 'activatable' : 'expired'
              return (
                <tr key={row.id} data-change={row.id} data-state={state}>
                  <td>
                    {describeChange(row.kind, row.value).replace(/0x[0-9a-fA-F]{40,64}/, '')}
                    {/0x[0-9a-fA-F]{40,64}/.test(describeChange(row.kind, row.value)) && <Hash value={row.value} label="change value" />}
                    {row.uri && (
                      <div className="muted">
                        <a href={row.uri} target="_blank" rel="noreferrer">
                          {row.uri}
                        </a>
                      </div>
                    )}
                  </td>
                  <td>
                    <When seconds={row.proposedAt} />
                  </td>
                  <td>
                    <When seconds={row.activatesAt} />
                  </td>
                  <td>
                    <Countdown until={row.activatesAt} now={now} /> <span className={`state ${state}`}>{state === 'waiting' ? 'waiting' : state === 'activatable' ? 'activatable now' : state}</span>
                  </td>
                  <td>
                    <When seconds={row.expiresAt} />
                  </td>
                  {route.registry && (
                    <td>
                      <OptOutControls route={route} registry={route.registry} changeId={row.id} activatesAt={row.activatesAt} open={state === 'waiting'} />
                    </td>
                  )}
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
    </Section>
  )
}

/** The history, read once per page: the allowed lists take announcement URIs from it, the timeline the rest. */
function useHistory(address: Address) {
  const client = useClient()
  return useQuery({ queryKey: ['history', client?.uid, address], queryFn: () => readHistory(client!, { address }), enabled: !!client, retry: false })
}

/** The URI each value was last announced with (ChangeProposed), for the allowed lists. */
function announcedUris(entries: readonly HistoryEntry[] | undefined): Map<string, string> {
  const uris = new Map<string, string>()
  for (const entry of entries ?? []) {
    if (entry.event === 'ChangeProposed' && entry.args.uri) uris.set(String(entry.args.value).toLowerCase(), String(entry.args.uri))
  }
  return uris
}

function Uri({ uri }: { uri: string | undefined }) {
  if (!uri) return null
  return (
    <>
      {' '}
      ·{' '}
      <a href={uri} target="_blank" rel="noreferrer">
        {uri}
      </a>
    </>
  )
}

function AllowedSection({ route, address }: { route: Route; address: Address }) {
  const client = useClient()
  const status = useQuery({ queryKey: ['status', client?.uid, address], queryFn: () => getStatus(client!, { address }), enabled: !!client, retry: false })
  const uris = announcedUris(useHistory(address).data?.entries)
  const data = status.data
  return (
    <Section title="Allowed now" id="allowed">
      {status.isPending && <Loading what="the boot policy" />}
      {status.error && <ErrorBox error={status.error} />}
      {data && (
        <div>
          <dl className="fields">
            <dt>Variant</dt>
            <dd>
              {data.variant}: {data.description}
            </dd>
            {data.owner && (
              <>
                <dt>Owner</dt>
                <dd>
                  <AddressLink chainId={route.chainId} address={data.owner} label="owner" />
                </dd>
              </>
            )}
            {data.multisig && (
              <>
                <dt>Signers</dt>
                <dd>
                  {String(data.multisig.threshold)} of {data.multisig.signers.length}:{' '}
                  {data.multisig.signers.map((signer) => (
                    <AddressLink key={signer} chainId={route.chainId} address={signer} label="signer" />
                  ))}
                </dd>
              </>
            )}
            {data.notice && (
              <>
                <dt>Notice period</dt>
                <dd>
                  {formatDuration(data.notice.period)} (minimum {formatDuration(data.notice.min)}, window to activate {formatDuration(data.notice.grace)})
                </dd>
              </>
            )}
            <dt>Devices</dt>
            <dd>{data.allowAnyDevice ? 'any device may boot' : 'only the listed devices'}</dd>
            <dt>TCB rule</dt>
            <dd>{data.requireTcbUpToDate ? 'an up-to-date TCB is required' : 'out-of-date TCBs are accepted'}</dd>
          </dl>
          <h3>Compose hashes</h3>
          <ul aria-label="Allowed compose hashes">
            {data.composeHashes.map((item) => (
              <li key={item.value}>
                <Hash value={item.value} label="compose hash" /> since <When seconds={item.since.timestamp} /> (tx{' '}
                <TxLink chainId={route.chainId} hash={item.since.transactionHash} />)
                <Uri uri={uris.get(item.value.toLowerCase())} />
              </li>
            ))}
            {data.composeHashes.length === 0 && <li>none</li>}
          </ul>
          <h3>Devices</h3>
          <ul aria-label="Allowed devices">
            {data.devices.map((item) => (
              <li key={item.value}>
                <Hash value={item.value} label="device" /> since <When seconds={item.since.timestamp} />
                <Uri uri={uris.get(item.value.toLowerCase())} />
              </li>
            ))}
            {data.devices.length === 0 && <li>none</li>}
          </ul>
        </div>
      )}
    </Section>
  )
}

function HistorySection({ route, address }: { route: Route; address: Address }) {
  const history = useHistory(address)
  const entries: HistoryEntry[] = history.data?.entries ?? []
  const shown = entries.slice(-100).reverse()
  return (
    <Section title="History" id="history">
      {history.isPending && <Loading what="the history" />}
      {history.error && <ErrorBox error={history.error} />}
      {history.data && (
        <>
          <Timeline entries={entries} />
          <p className="muted">
            {entries.length} events{entries.length > shown.length ? `; the latest ${shown.length} below` : ''}.
          </p>
          <ol className="history" reversed aria-label="Events, latest first">
            {shown.map((entry) => (
              <li key={`${entry.transactionHash}-${entry.logIndex}`}>
                <When seconds={entry.timestamp} /> <strong>{entry.event}</strong> {entry.summary.replace(/0x[0-9a-fA-F]{64}/g, (hash) => `${hash.slice(0, 6)}…${hash.slice(-4)}`)} ·{' '}
                <TxLink chainId={route.chainId} hash={entry.transactionHash} />
              </li>
            ))}
          </ol>
        </>
      )}
    </Section>
  )
}
