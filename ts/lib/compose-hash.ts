import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import type { ByteArray, Hex } from 'viem'
import { AppAuthError } from './errors'

/**
 * dstack's compose hash: sha256 of the app-compose.json bytes exactly as the instance receives
 * them. No parsing or re-serialising: one changed byte (whitespace included) is another app.
 */
export function composeHash(bytes: ByteArray): Hex {
  // node:crypto rather than viem's sha256: `appauth compose-hash` then starts without loading viem.
  return `0x${createHash('sha256').update(bytes).digest('hex')}`
}

/** {@link composeHash} of a file. */
export function composeHashOfFile(path: string): Hex {
  let bytes: Buffer
  try {
    bytes = readFileSync(path)
  } catch (error) {
    throw new AppAuthError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, { cause: error })
  }
  return composeHash(new Uint8Array(bytes))
}
