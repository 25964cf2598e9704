// Small pieces every page uses: shortened hashes with copy buttons, addresses linked to Basescan,
// dates in the viewer's zone with UTC on hover, the chain clock and live countdowns, the stage badge.
import { useQuery } from '@tanstack/react-query'
import { type ReactNode, useEffect, useState } from 'react'
import { useClient } from 'wagmi'
import { type Stage, stageDescriptions } from '../../ts/lib/audit-stage'
import { chainTime } from '../../ts/lib/chains'
import { formatDuration } from '../../ts/lib/time'
import { explorerUrl } from './wagmi'

export function shorten(value: string): string {
  return value.length > 14 ? `${value.slice(0, 6)}…${value.slice(-4)}` : value
}

export function CopyButton({ value, label }: { value: string; label: string }) {
  const [copied, setCopied] = useState(false)
  return (
    <button
      type="button"
      className="copy"
      aria-label={`Copy ${label}`}
      title={`Copy ${value}`}
      onClick={() => {
        void navigator.clipboard?.writeText(value).then(
          () => setCopied(true),
          () => setCopied(false),
        )
        setTimeout(() => setCopied(false), 1_500)
      }}
    >
      {copied ? 'copied' : 'copy'}
    </button>
  )
}

/** A hash or address shortened to 0x1234…abcd, whole on hover, with a copy button. */
export function Hash({ value, label = 'value' }: { value: string; label?: string }) {
  return (
    <span className="hash">
      <code title={value}>{shorten(value)}</code>
      <CopyButton value={value} label={`${label} ${value}`} />
    </span>
  )
}

export function AddressLink({ chainId, address, label = 'address' }: { chainId: number; address: string; label?: string }) {
  const url = explorerUrl(chainId, 'address', address)
  return (
    <span className="hash">
      {url ? (
        <a href={url} target="_blank" rel="noreferrer" title={address}>
          <code>{shorten(address)}</code>
        </a>
      ) : (
        <code title={address}>{shorten(address)}</code>
      )}
      <CopyButton value={address} label={`${label} ${address}`} />
    </span>
  )
}

export function TxLink({ chainId, hash }: { chainId: number; hash: string }) {
  const url = explorerUrl(chainId, 'tx', hash)
  return url ? (
    <a href={url} target="_blank" rel="noreferrer" title={hash}>
      <code>{shorten(hash)}</code>
    </a>
  ) : (
    <Hash value={hash} label="transaction" />
  )
}

const utc = (seconds: bigint | number) => `${new Date(Number(seconds) * 1000).toISOString().replace('T', ' ').replace(/\.\d+Z$/, '')} UTC`

/** A unix time in the viewer's time zone; the UTC time on hover. */
export function When({ seconds }: { seconds: bigint | number }) {
  const date = new Date(Number(seconds) * 1000)
  return (
    <time dateTime={date.toISOString()} title={utc(seconds)}>
      {date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}
    </time>
  )
}

/**
 * The chain's clock, ticking every second between reads: anvil's and a testnet's clock can differ from
 * the viewer's, and countdowns must reach zero when the chain says so, not the laptop.
 */
export function useChainNow(refreshMs = 2_000): bigint | undefined {
  const client = useClient()
  const { data } = useQuery({
    queryKey: ['chainTime', client?.uid],
    queryFn: async () => ({ chain: await chainTime(client!), local: Date.now() }),
    enabled: !!client,
    refetchInterval: refreshMs,
  })
  const [tick, setTick] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setTick(Date.now()), 1_000)
    return () => clearInterval(timer)
  }, [])
  if (!data) return undefined
  return data.chain + BigInt(Math.max(0, Math.floor((tick - data.local) / 1_000)))
}

export function Countdown({ until, now }: { until: bigint; now: bigint | undefined }) {
  if (now === undefined) return <span>…</span>
  const left = until - now
  return left > 0n ? (
    <span className="countdown" role="timer" aria-live="off">
      {formatDuration(left)}
    </span>
  ) : (
    <span className="countdown done">0s</span>
  )
}

/** The badge of an ERC-733 stage from the audit library's rating, with what the stage means on hover. */
export function StageBadge({ stage }: { stage: Stage }) {
  return (
    <span className={`stage stage-${stage}`} data-testid="stage-badge" title={stageDescriptions[stage]}>
      Stage {stage}
    </span>
  )
}

export function Section({ title, children, id }: { title: string; children: ReactNode; id?: string }) {
  const headingId = `${id ?? title.toLowerCase().replace(/\W+/g, '-')}-heading`
  return (
    <section aria-labelledby={headingId} id={id}>
      <h2 id={headingId}>{title}</h2>
      {children}
    </section>
  )
}

export function Loading({ what }: { what: string }) {
  return <p className="muted" role="status">Loading {what}…</p>
}

/** The first line of an error, for people. */
export function errorText(error: unknown): string {
  const text = error instanceof Error ? ((error as { shortMessage?: string }).shortMessage ?? error.message) : String(error)
  return text.split('\n')[0]!
}

export function ErrorBox({ error }: { error: unknown }) {
  return (
    <p className="error" role="alert">
      {errorText(error)}
    </p>
  )
}
