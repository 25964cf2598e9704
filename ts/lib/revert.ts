import {
  type AbiParameter,
  BaseError,
  ContractFunctionRevertedError,
  decodeErrorResult,
  type Hex,
  isHex,
} from 'viem'
import { enumMembersOf, knownErrorsAbi } from './contracts'
import { ContractRevertError } from './errors'
import { openZeppelinEnums, operationStates, proposalStates, statesOfBitmap } from './oz-states'
import { formatDuration, formatRelative, formatTimestamp } from './time'

export type DecodedRevert = {
  /** The custom error's name, `Error` for a reason string, `Panic` for a panic; undefined when unknown. */
  errorName?: string | undefined
  args?: readonly unknown[] | undefined
  inputs?: readonly AbiParameter[] | undefined
  /** Raw revert data, when the node returned it. */
  data?: Hex | undefined
}

/**
 * Finds the revert behind a viem error and decodes it against every error our contracts declare,
 * so that an error raised by a contract the call passed through (an AppAuth behind the KMS) is
 * named too. Returns undefined when the error is not a revert.
 */
export function decodeRevert(error: unknown): DecodedRevert | undefined {
  if (!(error instanceof BaseError)) return undefined
  const reverted = error.walk((e) => e instanceof ContractFunctionRevertedError) as ContractFunctionRevertedError | null
  if (reverted?.data) {
    const { errorName, args, abiItem } = reverted.data
    return { errorName, args, inputs: (abiItem as { inputs?: readonly AbiParameter[] }).inputs, data: reverted.raw }
  }
  const data = reverted?.raw ?? findRevertData(error)
  if (data && data.length >= 10) {
    try {
      const decoded = decodeErrorResult({ abi: knownErrorsAbi, data })
      return { errorName: decoded.errorName, args: decoded.args, inputs: (decoded.abiItem as { inputs?: readonly AbiParameter[] }).inputs, data }
    } catch {
      return { data }
    }
  }
  if (reverted || error.walk((e) => /revert/i.test((e as Error).message ?? ''))) return { data }
  return undefined
}

function findRevertData(error: BaseError): Hex | undefined {
  let found: Hex | undefined
  error.walk((e) => {
    const data = (e as { data?: unknown }).data
    const hex = typeof data === 'object' && data !== null ? (data as { data?: unknown }).data : data
    if (typeof hex === 'string' && isHex(hex) && hex.length >= 10) found = hex
    return found !== undefined
  })
  return found
}

/**
 * One line for a decoded revert, with arguments rendered for people: enum members by name,
 * timestamps as dates with a countdown from `now`, periods as durations.
 * e.g. `AppAuthNoticePeriodNotElapsed(id 0x12…, activatesAt 2026-11-29 02:40:00 UTC (in 6d 23h))`.
 */
export function formatRevert(revert: DecodedRevert, now?: bigint): string {
  if (!revert.errorName) {
    return revert.data && revert.data !== '0x' ? `unknown error ${revert.data.slice(0, 10)}` : 'no reason given'
  }
  if (revert.errorName === 'Error') return `"${String(revert.args?.[0])}"`
  if (revert.errorName === 'Panic') return `panic 0x${BigInt(revert.args?.[0] as bigint).toString(16)}`
  const args = (revert.args ?? []).map((value, i) => {
    const input = revert.inputs?.[i]
    const rendered = renderArgument(revert.errorName!, input, value, now)
    return input?.name ? `${input.name} ${rendered}` : rendered
  })
  return `${revert.errorName}(${args.join(', ')})`
}

/** Errors whose `expectedStates` bitmap names states of this enum. */
const expectedStatesOf: Record<string, readonly string[]> = {
  GovernorUnexpectedProposalState: proposalStates,
  TimelockUnexpectedOperationState: operationStates,
}

function renderArgument(errorName: string, input: AbiParameter | undefined, value: unknown, now?: bigint): string {
  const expected = expectedStatesOf[errorName]
  if (expected && input?.name === 'expectedStates' && (typeof value === 'string' || typeof value === 'bigint')) {
    return statesOfBitmap(value as Hex | bigint, expected).join(' or ') || 'none'
  }
  const members = enumMembersOf(input?.internalType) ?? (input?.internalType ? openZeppelinEnums[input.internalType] : undefined)
  if (members && typeof value === 'number') return members[value] ?? String(value)
  if (typeof value === 'bigint' && input) {
    if (/At$/.test(input.name ?? '')) {
      return `${formatTimestamp(value)}${now === undefined ? '' : ` (${formatRelative(value, now)})`}`
    }
    if (/Period/.test(errorName) && value < 2n ** 64n) return `${value}s (${formatDuration(value)})`
  }
  return String(value)
}

/** Wraps a failed call or transaction into a {@link ContractRevertError} naming the decoded error. */
export function toRevertError(what: string, error: unknown, now?: bigint): ContractRevertError | undefined {
  const revert = decodeRevert(error)
  if (!revert) return undefined
  return new ContractRevertError(`${what} would revert: ${formatRevert(revert, now)}`, revert, {
    details: error instanceof BaseError ? error.shortMessage : String(error),
    cause: error,
  })
}
