import type { Address } from 'viem'
import type { AppBootInfo } from '../lib/boot-info'
import { InvalidInputError } from '../lib/errors'
import { parseKmsHex } from '../lib/hex'

/**
 * Bounds on what the auth server reads. A KMS never sends more (a TCB status is a word such as
 * `UpToDate`, advisories are ids such as `INTEL-SA-00837`); anything larger is refused before it
 * costs an RPC call, so nobody can make the server forward megabytes to the node.
 */
export const bootAuthLimits = {
  /** Request body, bytes. */
  bodyBytes: 64 * 1024,
  /** `tcbStatus`, characters. */
  tcbStatus: 128,
  /** Entries of `advisoryIds`. */
  advisoryIds: 128,
  /** Characters of one advisory id. */
  advisoryId: 256,
} as const

/** The fields the contract sees; everything else a KMS sends (teeVariant, keyProviderInfo, ...) is dropped. */
const contractFields = [
  'appId',
  'composeHash',
  'instanceId',
  'deviceId',
  'mrAggregated',
  'mrSystem',
  'osImageHash',
  'tcbStatus',
  'advisoryIds',
] as const

/**
 * Parses a `/bootAuth/app` or `/bootAuth/kms` request body as the dstack KMS sends it: camelCase
 * fields, bytes as hex with or without `0x` and left-padded when shorter (`appId` and `instanceId`
 * up to 20 bytes, an empty `instanceId` legal; the others up to 32), `tcbStatus` and `advisoryIds`
 * within {@link bootAuthLimits}. Unknown fields are ignored, so that a KMS that sends more (newer
 * versions, other TEE variants) is still served. Throws {@link InvalidInputError}.
 */
export function parseBootAuthRequest(body: unknown): AppBootInfo {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new InvalidInputError('request body must be a JSON object')
  }
  const fields = body as Record<string, unknown>
  const { tcbStatus, advisoryIds } = fields
  if (typeof tcbStatus === 'string' && tcbStatus.length > bootAuthLimits.tcbStatus) {
    throw new InvalidInputError(`tcbStatus is longer than ${bootAuthLimits.tcbStatus} characters`)
  }
  if (Array.isArray(advisoryIds)) {
    if (advisoryIds.length > bootAuthLimits.advisoryIds) {
      throw new InvalidInputError(`advisoryIds has more than ${bootAuthLimits.advisoryIds} entries`)
    }
    if (advisoryIds.some((id) => typeof id === 'string' && id.length > bootAuthLimits.advisoryId)) {
      throw new InvalidInputError(`an advisory id is longer than ${bootAuthLimits.advisoryId} characters`)
    }
  }
  const text = (key: (typeof contractFields)[number]): string => {
    const value = fields[key]
    if (typeof value !== 'string') throw new InvalidInputError(`boot info field ${key} must be a string, got ${JSON.stringify(value)}`)
    return value
  }
  const advisories = advisoryIds ?? []
  if (!Array.isArray(advisories) || !advisories.every((id) => typeof id === 'string')) {
    throw new InvalidInputError('boot info field advisoryIds must be an array of strings')
  }
  // The hex rules of parseKmsBootInfo (ts/lib/boot-info.ts), with the two addresses left in lower
  // case: a checksum costs two keccak256 per request and the contract never sees one.
  return {
    appId: parseKmsHex(text('appId'), 20, 'appId') as Address,
    composeHash: parseKmsHex(text('composeHash'), 32, 'composeHash'),
    instanceId: parseKmsHex(text('instanceId'), 20, 'instanceId') as Address,
    deviceId: parseKmsHex(text('deviceId'), 32, 'deviceId'),
    mrAggregated: parseKmsHex(text('mrAggregated'), 32, 'mrAggregated'),
    // The KMS of older dstack versions sends no mrSystem; dstack's own auth server reads it as empty
    // (32 zero bytes). The contract does not check it.
    mrSystem: parseKmsHex(fields.mrSystem === undefined || fields.mrSystem === null ? '' : text('mrSystem'), 32, 'mrSystem'),
    osImageHash: parseKmsHex(text('osImageHash'), 32, 'osImageHash'),
    tcbStatus: tcbStatus === undefined ? '' : text('tcbStatus'),
    advisoryIds: advisories,
  }
}
