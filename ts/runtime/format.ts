// Lines for people that several commands print the same way.
import type { Hex } from 'viem'
import type { AllowReturnType } from '../lib/manage'
import { describeTime, formatTimestamp } from '../lib/time'
import type { Session } from './context'
import { formatFields } from './output'

/** `0xabc… (block 12)`. */
export function transactionLine(result: { transactionHash: Hex; blockNumber: bigint }): string {
  return `${result.transactionHash} (block ${result.blockNumber})`
}

/** A one-transaction result: what happened, then the transaction. */
export function describeTransaction(headline: string, result: { transactionHash: Hex; blockNumber: bigint }): string {
  return `${headline}\n${formatFields([['transaction', transactionLine(result)]])}`
}

/** What `propose` and `device add` did: announced with its window, or added at once on a baseline. */
export function describeAllow(session: Session, what: string, result: AllowReturnType, now: bigint): string {
  const app = session.label(result.app)
  if (result.mode === 'added') {
    return [
      `${what} allowed on ${app}, effective now (a baseline AppAuth has no notice period)`,
      formatFields([['transaction', transactionLine(result)]]),
    ].join('\n')
  }
  const { change } = result
  return [
    `proposed ${what} on ${app}`,
    formatFields([
      ['id', change.id],
      ['activatable', `${describeTime(change.activatesAt, now)} until ${formatTimestamp(change.expiresAt)}`],
      ...(change.uri ? [['uri', change.uri] as const] : []),
      ['transaction', transactionLine(result)],
    ]),
  ].join('\n')
}
