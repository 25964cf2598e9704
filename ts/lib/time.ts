import { InvalidInputError } from './errors'

const UNITS = { w: 604_800, d: 86_400, h: 3_600, m: 60, s: 1 } as const
type Unit = keyof typeof UNITS

/**
 * Parses a duration such as `7d`, `1h`, `90s`, `1d12h` or a bare number of seconds into seconds.
 */
export function parseDuration(input: string, label = 'duration'): bigint {
  const text = input.trim().toLowerCase()
  if (/^\d+$/.test(text)) return BigInt(text)
  const parts = [...text.matchAll(/(\d+)([wdhms])/g)]
  if (parts.length === 0 || parts.map((part) => part[0]).join('') !== text) {
    throw new InvalidInputError(`${label} must look like 7d, 12h, 90s, 1d12h or a number of seconds, got ${JSON.stringify(input)}`)
  }
  return parts.reduce((total, [, amount, unit]) => total + BigInt(amount!) * BigInt(UNITS[unit as Unit]), 0n)
}

/** Formats seconds as the two largest non-zero units: `6d 23h`, `59m 58s`, `0s`. */
export function formatDuration(seconds: bigint | number): string {
  let rest = BigInt(seconds)
  if (rest < 0n) rest = -rest
  const parts: string[] = []
  for (const unit of ['d', 'h', 'm', 's'] as const) {
    const size = BigInt(UNITS[unit])
    if (rest >= size || (unit === 's' && parts.length === 0)) {
      parts.push(`${rest / size}${unit}`)
      rest %= size
    }
  }
  return parts.slice(0, 2).join(' ')
}

/** A unix timestamp as `2026-11-29 02:40:00 UTC`. */
export function formatTimestamp(timestamp: bigint | number): string {
  return `${new Date(Number(timestamp) * 1000).toISOString().replace('T', ' ').replace(/\.\d+Z$/, '')} UTC`
}

/** `in 6d 23h` or `2h 5m ago`, relative to `now` (both unix seconds). */
export function formatRelative(timestamp: bigint, now: bigint): string {
  if (timestamp === now) return 'now'
  return timestamp > now ? `in ${formatDuration(timestamp - now)}` : `${formatDuration(now - timestamp)} ago`
}

/** `2026-11-29 02:40:00 UTC (in 6d 23h)`. */
export function describeTime(timestamp: bigint, now: bigint): string {
  return `${formatTimestamp(timestamp)} (${formatRelative(timestamp, now)})`
}
