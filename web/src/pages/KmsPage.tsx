// KMS: every app registered with the KMS, rated by the fleet audit the CLI's `audit --kms` runs, worst
// first: the page a user checks before trusting an app that runs under this KMS.
import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import type { Address } from 'viem'
import { useClient } from 'wagmi'
import { auditKms } from '../../../ts/lib/audit-kms'
import { linkTo, type Route } from '../route'
import { AddressLink, ErrorBox, Loading, Section, StageBadge } from '../ui'

/**
 * Apps audited at once. The CLI's `audit --kms` takes 32 on a node of its own; a page usually reads a
 * public RPC, which throttles bursts, so it keeps fewer in flight (their reads still share batches).
 */
const concurrency = 4

export function KmsPage({ route, address }: { route: Route; address: Address }) {
  const client = useClient()
  const [progress, setProgress] = useState<{ done: number; total: number } | undefined>()
  // The same fleet audit as `appauth audit --kms`: registrations from the KMS's events, every app
  // rated by the one rating function, sorted worst first.
  const fleet = useQuery({
    queryKey: ['kms', client?.uid, address],
    queryFn: async () => (await auditKms(client!, { kms: address, concurrency, onProgress: (done, total) => setProgress({ done, total }) })).apps,
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
                <th scope="col">Build</th>
                <th scope="col">Worst finding</th>
              </tr>
            </thead>
            <tbody>
              {fleet.data.map((entry) => (
                <tr key={entry.address} data-app={entry.address} data-stage={entry.error ? 'none' : entry.stage}>
                  <td>{entry.error ? <span className="stage stage-0">not an AppAuth</span> : <StageBadge stage={entry.stage} />}</td>
                  <td>
                    <AddressLink chainId={route.chainId} address={entry.address} label="app" />{' '}
                    <a href={linkTo(route, 'app', entry.address, { registry: undefined })} aria-label={`Open the page of app ${entry.address}`}>
                      details
                    </a>
                  </td>
                  <td title={entry.build ?? undefined}>{entry.build ? entry.build.split(' (')[0] : 'unknown code'}</td>
                  <td>{entry.error ?? entry.worst?.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>
    </>
  )
}
