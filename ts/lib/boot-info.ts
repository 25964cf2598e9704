import { type ContractFunctionArgs, zeroAddress, zeroHash } from 'viem'
import type { iAppAuthAbi } from '../generated/contracts'
import { InvalidInputError } from './errors'
import { parseKmsAddress, parseKmsHex } from './hex'

/** `IAppAuth.AppBootInfo`, typed from the generated ABI. */
export type AppBootInfo = ContractFunctionArgs<typeof iAppAuthAbi, 'view', 'isAppAllowed'>[0]

/** A boot info with every field empty: zero bytes, no TCB status, no advisories. */
export const emptyBootInfo: AppBootInfo = {
  appId: zeroAddress,
  composeHash: zeroHash,
  instanceId: zeroAddress,
  deviceId: zeroHash,
  mrAggregated: zeroHash,
  mrSystem: zeroHash,
  osImageHash: zeroHash,
  tcbStatus: '',
  advisoryIds: [],
}

const byteFields = ['composeHash', 'deviceId', 'mrAggregated', 'mrSystem', 'osImageHash'] as const
const addressFields = ['appId', 'instanceId'] as const

/**
 * Parses a boot info in the JSON the dstack KMS posts to an auth webhook: camelCase fields, bytes as
 * hex with or without `0x`, shorter hex left-padded, an empty string for zero. `teeVariant` and
 * `keyProviderInfo` are accepted and dropped (the contract never sees them); any other unknown
 * field, a missing field or malformed hex is an {@link InvalidInputError}.
 */
export function parseKmsBootInfo(input: unknown): AppBootInfo {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new InvalidInputError('boot info must be a JSON object')
  }
  const fields = input as Record<string, unknown>
  const known = new Set<string>([...byteFields, ...addressFields, 'tcbStatus', 'advisoryIds', 'teeVariant', 'keyProviderInfo'])
  const unknown = Object.keys(fields).filter((key) => !known.has(key))
  if (unknown.length) throw new InvalidInputError(`boot info has unknown field(s): ${unknown.join(', ')}`)

  const text = (key: string): string => {
    const value = fields[key]
    if (typeof value !== 'string') throw new InvalidInputError(`boot info field ${key} must be a string, got ${JSON.stringify(value)}`)
    return value
  }
  const advisoryIds = fields.advisoryIds ?? []
  if (!Array.isArray(advisoryIds) || !advisoryIds.every((id) => typeof id === 'string')) {
    throw new InvalidInputError('boot info field advisoryIds must be an array of strings')
  }
  return {
    appId: parseKmsAddress(text('appId'), 'appId'),
    composeHash: parseKmsHex(text('composeHash'), 32, 'composeHash'),
    instanceId: parseKmsAddress(text('instanceId'), 'instanceId'),
    deviceId: parseKmsHex(text('deviceId'), 32, 'deviceId'),
    mrAggregated: parseKmsHex(text('mrAggregated'), 32, 'mrAggregated'),
    mrSystem: parseKmsHex(text('mrSystem'), 32, 'mrSystem'),
    osImageHash: parseKmsHex(text('osImageHash'), 32, 'osImageHash'),
    tcbStatus: fields.tcbStatus === undefined ? '' : text('tcbStatus'),
    advisoryIds,
  }
}
