import { type Address, getAddress, type Hex, isAddress, zeroAddress } from 'viem'
import { InvalidInputError } from './errors'

const HEX = /^[0-9a-fA-F]*$/

function strip(input: string): string {
  return input.startsWith('0x') || input.startsWith('0X') ? input.slice(2) : input
}

/**
 * A 32-byte value typed by a person: exactly 64 hex digits, with or without `0x`. Anything shorter
 * or longer is refused rather than padded, because a truncated compose hash is a different hash.
 */
export function parseBytes32(input: string, label = 'value'): Hex {
  const digits = strip(input.trim())
  if (!HEX.test(digits)) throw new InvalidInputError(`${label} is not hex: ${JSON.stringify(input)}`)
  if (digits.length !== 64) {
    throw new InvalidInputError(`${label} must be 32 bytes (64 hex digits), got ${digits.length} digits: ${input}`)
  }
  return `0x${digits.toLowerCase()}`
}

/** A 20-byte address typed by a person, with or without `0x`; returned checksummed. */
export function parseAddress(input: string, label = 'address'): Address {
  const digits = strip(input.trim())
  if (!HEX.test(digits)) throw new InvalidInputError(`${label} is not hex: ${JSON.stringify(input)}`)
  if (digits.length !== 40) {
    throw new InvalidInputError(`${label} must be 20 bytes (40 hex digits), got ${digits.length} digits: ${input}`)
  }
  // Mixed case is a checksum claim; a wrong one usually means a typo.
  const candidate = `0x${digits}`
  if (!isAddress(candidate, { strict: true })) {
    throw new InvalidInputError(`${label} has an invalid checksum: ${input} (write it in lower case to skip the check)`)
  }
  return getAddress(candidate)
}

/** A 32-byte private key, with or without `0x`. */
export function parsePrivateKey(input: string): Hex {
  const digits = strip(input.trim())
  if (!HEX.test(digits) || digits.length !== 64) {
    throw new InvalidInputError('private key must be 32 bytes of hex (64 digits, 0x optional)')
  }
  return `0x${digits.toLowerCase()}`
}

/**
 * A byte field as the dstack KMS serialises it: hex with or without `0x`, possibly shorter than the
 * field (left-padded, as a number would be), empty for zero. Longer than the field is an error.
 */
export function parseKmsHex(input: string, bytes: number, label: string): Hex {
  const digits = strip(input.trim())
  if (!HEX.test(digits)) throw new InvalidInputError(`${label} is not hex: ${JSON.stringify(input)}`)
  if (digits.length > bytes * 2) {
    throw new InvalidInputError(`${label} is longer than ${bytes} bytes: ${digits.length} hex digits`)
  }
  return `0x${digits.toLowerCase().padStart(bytes * 2, '0')}`
}

/** {@link parseKmsHex} for a 20-byte address field; empty means the zero address. */
export function parseKmsAddress(input: string, label: string): Address {
  const hex = parseKmsHex(input, 20, label)
  return hex === zeroAddress ? zeroAddress : getAddress(hex)
}
