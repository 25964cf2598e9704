import { type AppBootInfo, parseKmsBootInfo } from '../lib/boot-info'
import { InvalidInputError } from '../lib/errors'

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
  const known: Record<string, unknown> = {}
  for (const key of contractFields) if (Object.hasOwn(fields, key)) known[key] = fields[key]
  // The KMS of older dstack versions sends no mrSystem; dstack's own auth server reads it as empty
  // (32 zero bytes). The contract does not check it.
  known.mrSystem ??= ''
  return parseKmsBootInfo(known)
}
