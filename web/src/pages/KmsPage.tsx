// KMS: every app registered with the KMS, each audited with the CLI's audit library, worst first:
// the page a user checks before trusting an app that runs under this KMS.
import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { type Address, getAddress, type Hex, parseEventLogs } from 'viem'
import { useClient } from 'wagmi'
import { type AuditReport, auditAppAuth, type Severity } from '../../../ts/lib/audit'
import { logPages } from '../../../ts/lib/log-pages'
import { findDeploymentBlock } from '../../../ts/lib/logs'
import { localKmsAbi } from '../generated'
import { linkTo, type Route } from '../route'
import { AddressLink, ErrorBox, errorText, Loading, Section, StageBadge } from '../ui'

export type FleetEntry = { app: Address; report?: AuditReport | undefined; error?: string | undefined }

const weight = (report: AuditReport | undefined, severity: Severity) => report?.findings.filter((finding) => finding.severity === severity).length ?? 0

/** Worst first: not an AppAuth at all, then by stage, then by how many rug and one-party findings. */
export function worstFirst(a: FleetEntry, b: FleetEntry): number {
  const stage = (entry: FleetEntry) => (entry.report ? entry.report.stage : -1)
  return stage(a) - stage(b) || weight(b.report, 'rug') - weight(a.report, 'rug') || weight(b.report, 'centralized') - weight(a.report, 'centralized')
}

export function KmsPage({ route, address }: { route: Route; address: Address }) {
  const client = useClient()
  const [progress, setProgress] = useState<{ done: number; total: number } | undefined>()
  const fleet = useQuery({
    queryKey: ['kms', client?.uid, address],
    queryFn: async (): Promise<FleetEntry[]> => {
      const fromBlock = await findDeploymentBlock(client!, { address })
      const toBlock = BigInt((await client!.request({ method: 'eth_blockNumber' })) as Hex)
      const apps = new Set<Address>()
      for await (const page of logPages(client!, { address, fromBlock, toBlock })) {
        for (const log of parseEventLogs({ abi: localKmsAbi, logs: page.logs, eventName: 'AppRegistered' })) apps.add(getAddress(log.args.appId))
      }
      // One audit per app, in turn: a public RPC throttles a burst of parallel audits.
      const entries: FleetEntry[] = []
      setProgress({ done: 0, total: apps.size })
      for (const app of apps) {
        try {
          entries.push({ app, report: await auditAppAuth(client!, { address: app }) })
        } catch (error) {
          entries.push({ app, error: errorText(error) })
        }
        setProgress({ done: entries.length, total: apps.size })
      }
      return entries.sort(worstFirst)
    },
    enabled: !!client,
    retry: false,
  })
  return (
    <>
      <h1>
        KMS <AddressLink chainId={route.chainId} address={address} label="KMS" />
      </h1>
      <Section title="Registered apps, worst first" id="fleet">
        {fleet.isPending && <Loading what={progress ? `audits (${progress.done} of ${progress.total} apps)` : 'registered apps'} />}
        {fleet.error && <ErrorBox error={fleet.error} />}
        {fleet.data?.length === 0 && <p>No app is registered with this KMS.</p>}
        {fleet.data && fleet.data.length > 0 && (
          <table className="fleet" data-testid="fleet">
            <caption className="sr-only">Apps registered with this KMS, rated by ERC-733 stage, worst first</caption>
            <thead>
              <tr>
                <th scope="col">Stage</th>
                <th scope="col">App</th>
                <th scope="col">Variant</th>
                <th scope="col">Worst finding</th>
              </tr>
            </thead>
            <tbody>
              {fleet.data.map((entry) => (
                <tr key={entry.app} data-app={entry.app} data-stage={entry.report?.stage ?? 'none'}>
                  <td>{entry.report ? <StageBadge stage={entry.report.stage} /> : <span className="stage stage-0">not an AppAuth</span>}</td>
                  <td>
                    <AddressLink chainId={route.chainId} address={entry.app} label="app" />{' '}
                    <a href={linkTo(route, 'app', entry.app, { registry: undefined })} aria-label={`Open the page of app ${entry.app}`}>
                      details
                    </a>
                  </td>
                  <td>{entry.report?.variant ?? '—'}</td>
                  <td>{entry.report ? entry.report.findings[0]?.message : entry.error}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>
    </>
  )
}
