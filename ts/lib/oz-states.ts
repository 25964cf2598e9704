// State names of OpenZeppelin's Governor and TimelockController: their ABIs carry the enums as bare
// uint8 values and the "expected states" of their errors as bitmaps (bit i set: state i expected).
import type { Hex } from 'viem'

/** IGovernor.ProposalState, by value. */
export const proposalStates = ['Pending', 'Active', 'Canceled', 'Defeated', 'Succeeded', 'Queued', 'Expired', 'Executed'] as const
export type ProposalState = (typeof proposalStates)[number]

/** TimelockController.OperationState, by value. */
export const operationStates = ['Unset', 'Waiting', 'Ready', 'Done'] as const

/** Enum members of OpenZeppelin types, by the `internalType` ABIs give their parameters. */
export const openZeppelinEnums: Record<string, readonly string[]> = {
  'enum IGovernor.ProposalState': proposalStates,
  'enum TimelockController.OperationState': operationStates,
}

/** The names of the states set in an OpenZeppelin `expectedStates` bitmap. */
export function statesOfBitmap(bitmap: Hex | bigint, names: readonly string[]): string[] {
  const bits = BigInt(bitmap)
  return names.filter((_, i) => (bits >> BigInt(i)) & 1n)
}
