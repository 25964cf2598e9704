import { type Address, type Hex, keccak256, stringToHex } from 'viem'

/** A transaction in a Safe Transaction Builder batch: raw calldata, value in wei as a decimal string. */
export type SafeBatchTransaction = { to: Address; value: string; data: Hex }

/** The JSON file the Safe{Wallet} Transaction Builder imports (format version 1.0). */
export type SafeBatch = {
  version: '1.0'
  chainId: string
  createdAt: number
  meta: {
    name: string
    description: string
    txBuilderVersion: string
    createdFromSafeAddress: string
    createdFromOwnerAddress: string
    checksum: Hex
  }
  transactions: SafeBatchTransaction[]
}

/** The Transaction Builder version whose file format (and checksum) this writes. */
export const txBuilderVersion = '1.18.2'

export type BuildSafeBatchParameters = {
  chainId: number
  safe: Address
  transactions: readonly SafeBatchTransaction[]
  name: string
  description?: string | undefined
  /** The Safe owner who will propose it, if known. */
  owner?: Address | undefined
  /** Milliseconds since the epoch; defaults to now. */
  createdAt?: number | undefined
}

/** A Transaction Builder batch with its checksum filled in, ready to drag into the Safe app. */
export function buildSafeBatch(parameters: BuildSafeBatchParameters): SafeBatch {
  const unsigned = {
    version: '1.0' as const,
    chainId: String(parameters.chainId),
    createdAt: parameters.createdAt ?? Date.now(),
    meta: {
      name: parameters.name,
      description: parameters.description ?? '',
      txBuilderVersion,
      createdFromSafeAddress: parameters.safe,
      createdFromOwnerAddress: parameters.owner ?? '',
    },
    transactions: [...parameters.transactions],
  }
  return { ...unsigned, meta: { ...unsigned.meta, checksum: safeBatchChecksum(unsigned) } }
}

/**
 * The Transaction Builder's checksum: keccak256 of the batch serialised with its keys sorted at every
 * level, with `meta.name` replaced by null (renaming a batch keeps it valid) and without
 * `meta.checksum` itself. The serialisation is the builder's own, not JSON: an object is written as
 * `{` + the JSON array of its sorted keys + each value followed by a comma + `}`.
 */
export function safeBatchChecksum(batch: Omit<SafeBatch, 'meta'> & { meta: Omit<SafeBatch['meta'], 'checksum'> & { checksum?: unknown } }): Hex {
  const { checksum: _, ...meta } = batch.meta
  return keccak256(stringToHex(serialize({ ...batch, meta: { ...meta, name: null } })))
}

function serialize(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(serialize).join(',')}]`
  if (typeof value === 'object' && value !== null) {
    const keys = Object.keys(value).sort()
    return `{${JSON.stringify(keys)}${keys.map((key) => `${serialize((value as Record<string, unknown>)[key])},`).join('')}}`
  }
  return JSON.stringify(value === undefined ? null : value)
}
