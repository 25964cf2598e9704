import { type Hex, keccak256, stringToHex } from 'viem'

/**
 * The names upstream dstack hashes into `PolicyChanged.policy`: an app's, then a KMS's. The event
 * carries only `keccak256(name)`, so readers map the hash back through this list.
 */
export const policyNames = [
  'compose-hash',
  'device',
  'allow-any-device',
  'require-tcb-up-to-date',
  'implementation-upgrade',
  'registered-app',
  'os-image',
  'kms-device',
  'kms-aggregated-mr',
  'gateway-app-id',
  'app-implementation',
  'kms-info',
] as const

export type PolicyName = (typeof policyNames)[number]

const byHash = new Map<Hex, PolicyName>(policyNames.map((name) => [keccak256(stringToHex(name)), name]))

/** The name behind a `PolicyChanged.policy` hash, or undefined for one upstream has not defined. */
export function policyName(policy: Hex): PolicyName | undefined {
  return byHash.get(policy.toLowerCase() as Hex)
}
