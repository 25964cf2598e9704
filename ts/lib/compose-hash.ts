import { readFileSync } from 'node:fs'
import { type ByteArray, type Hex, sha256 } from 'viem'
import { AppAuthError } from './errors'

/**
 * dstack's compose hash: sha256 of the app-compose.json bytes exactly as the instance receives
 * them. No parsing or re-serialising: one changed byte (whitespace included) is another app.
 */
export function composeHash(bytes: ByteArray): Hex {
  return sha256(bytes)
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
