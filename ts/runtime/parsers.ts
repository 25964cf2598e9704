// Argument parsers for commander: each turns text into a typed value or throws InvalidInputError,
// so bad input stops the command before it connects to any chain.
import type { Address, Hex } from 'viem'
import { InvalidInputError } from '../lib/errors'
import { parseAddress, parseBytes32 } from '../lib/hex'
import { parseDuration } from '../lib/time'

export const bytes32 = (label: string) => (value: string): Hex => parseBytes32(value, label)

export const address = (label: string) => (value: string): Address => parseAddress(value, label)

export const duration = (label: string) => (value: string): bigint => parseDuration(value, label)

export const count = (label: string) => (value: string): number => {
  if (!/^\d+$/.test(value)) throw new InvalidInputError(`${label} must be a whole number, got ${JSON.stringify(value)}`)
  return Number(value)
}

export const blockNumber = (label: string) => (value: string): bigint => {
  if (!/^\d+$/.test(value)) throw new InvalidInputError(`${label} must be a block number, got ${JSON.stringify(value)}`)
  return BigInt(value)
}

/** For repeatable options: collects every occurrence, each parsed. */
export const each =
  <value>(parse: (text: string) => value) =>
  (text: string, previous: value[] = []): value[] => [...previous, parse(text)]
