// The history as a chart: one lane per announced change, from its announcement to what became of it
// (activated, cancelled, expired) or, still pending, to the time it takes effect.
import type { Hex } from 'viem'
import type { HistoryEntry } from '../../../ts/lib/history'
import { describeChange } from '../../../ts/lib/history'

type Lane = { id: Hex; label: string; start: number; end: number; outcome: 'activated' | 'cancelled' | 'expired' | 'pending' }

const outcomes = { ChangeActivated: 'activated', ChangeCancelled: 'cancelled', ChangeExpired: 'expired' } as const
const maxLanes = 60

export function lanesOf(entries: readonly HistoryEntry[]): Lane[] {
  const lanes: Lane[] = []
  const open = new Map<Hex, Lane>()
  for (const entry of entries) {
    const id = entry.args.id as Hex | undefined
    if (entry.event === 'ChangeProposed' && id) {
      const lane: Lane = {
        id,
        label: describeChange(entry.args.kind as number, entry.args.value as Hex).replace(/0x[0-9a-fA-F]{64}/, (hash) => `${hash.slice(0, 6)}…${hash.slice(-4)}`),
        start: Number(entry.timestamp),
        end: Number(entry.args.activatesAt as bigint),
        outcome: 'pending',
      }
      lanes.push(lane)
      open.set(id, lane)
    } else if (entry.event in outcomes && id && open.has(id)) {
      const lane = open.get(id)!
      lane.outcome = outcomes[entry.event as keyof typeof outcomes]
      lane.end = Number(entry.timestamp)
      open.delete(id)
    }
  }
  return lanes
}

export function Timeline({ entries }: { entries: readonly HistoryEntry[] }) {
  const all = lanesOf(entries)
  const lanes = all.slice(-maxLanes)
  if (lanes.length === 0) return <p className="muted">No change was ever announced.</p>
  const start = Math.min(...lanes.map((lane) => lane.start))
  const end = Math.max(...lanes.map((lane) => Math.max(lane.end, lane.start + 1)))
  const width = 720
  const labelWidth = 0
  const laneHeight = 14
  const x = (t: number) => labelWidth + ((t - start) / (end - start || 1)) * (width - labelWidth - 8)
  const counts = all.reduce<Record<string, number>>((acc, lane) => ({ ...acc, [lane.outcome]: (acc[lane.outcome] ?? 0) + 1 }), {})
  const summary = Object.entries(counts)
    .map(([outcome, n]) => `${n} ${outcome}`)
    .join(', ')
  return (
    <figure className="timeline">
      <svg role="img" aria-label={`Timeline of ${all.length} announced changes: ${summary}`} viewBox={`0 0 ${width} ${lanes.length * laneHeight + 4}`} width="100%">
        {lanes.map((lane, i) => (
          <g key={`${lane.id}-${i}`} className={`lane ${lane.outcome}`}>
            <title>{`${lane.label}: ${lane.outcome}`}</title>
            <line x1={x(lane.start)} x2={Math.max(x(lane.end), x(lane.start) + 3)} y1={i * laneHeight + 8} y2={i * laneHeight + 8} strokeWidth={6} strokeLinecap="round" />
          </g>
        ))}
      </svg>
      <figcaption>
        {all.length > lanes.length ? `The latest ${lanes.length} of ${all.length} announced changes` : `${all.length} announced changes`}: {summary}.{' '}
        <span className="legend activated">activated</span> <span className="legend cancelled">cancelled</span> <span className="legend expired">expired</span>{' '}
        <span className="legend pending">pending</span>
      </figcaption>
    </figure>
  )
}
