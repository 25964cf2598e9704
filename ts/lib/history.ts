import { type Abi, type Address, type Client, decodeEventLog, getAddress, type Hex, type Log, zeroAddress } from 'viem'
import { getBlockNumber } from 'viem/actions'
import { iOptOutRegistryAbi } from '../generated/contracts'
import { appAuthEventsAbi, assertAppAuth, changeKindName } from './contracts'
import { findDeploymentBlock, getLogsPaged, logTimestamps } from './logs'
import { policyName } from './policy-names'
import { formatDuration, formatTimestamp } from './time'

/** One event of an AppAuth, decoded and described. */
export type HistoryEntry = {
  blockNumber: bigint
  logIndex: number
  transactionHash: Hex
  /** Block timestamp, unix seconds. */
  timestamp: bigint
  /** The event name, or `unknown` for a log no known ABI decodes. */
  event: string
  args: Record<string, unknown>
  /** One line for people. */
  summary: string
}

export type GetHistoryParameters = {
  address: Address
  /** First block to read; by default the contract's deployment block. */
  fromBlock?: bigint | undefined
  toBlock?: bigint | undefined
  pageSize?: bigint | undefined
  onPage?: ((page: { fromBlock: bigint; toBlock: bigint; logs: number }) => void) | undefined
}

export type GetHistoryReturnType = {
  address: Address
  fromBlock: bigint
  toBlock: bigint
  entries: HistoryEntry[]
}

/**
 * Every change of an AppAuth from its events, in chain order: what became allowed or disallowed
 * and when, every proposal with its activation time, cancellations, activations, expiries,
 * notice-period and owner changes.
 */
export async function getHistory(client: Client, parameters: GetHistoryParameters): Promise<GetHistoryReturnType> {
  await assertAppAuth(client, { address: parameters.address })
  return readHistory(client, parameters)
}

/**
 * Every event of an opt-out registry, in chain order: each announcement it tracked (its window) and
 * each opt-out, in the same entry shape as an AppAuth's history.
 */
export async function getRegistryHistory(client: Client, parameters: GetHistoryParameters): Promise<GetHistoryReturnType> {
  const { address } = parameters
  const toBlock = parameters.toBlock ?? (await getBlockNumber(client))
  const fromBlock = parameters.fromBlock ?? (await findDeploymentBlock(client, { address }))
  const logs = await getLogsPaged(client, { address, fromBlock, toBlock, pageSize: parameters.pageSize, onPage: parameters.onPage })
  const timestamps = await logTimestamps(client, logs)
  return { address, fromBlock, toBlock, entries: logs.map((log) => toEntry(log, timestamps.get(log.blockNumber!) ?? 0n, iOptOutRegistryAbi as Abi, describeRegistryEvent)) }
}

/** {@link getHistory} for an address already known to be an AppAuth. */
export async function readHistory(client: Client, parameters: GetHistoryParameters): Promise<GetHistoryReturnType> {
  const { address } = parameters
  const toBlock = parameters.toBlock ?? (await getBlockNumber(client))
  const fromBlock = parameters.fromBlock ?? (await findDeploymentBlock(client, { address }))
  const logs = await getLogsPaged(client, { address, fromBlock, toBlock, pageSize: parameters.pageSize, onPage: parameters.onPage })
  const timestamps = await logTimestamps(client, logs)
  return { address, fromBlock, toBlock, entries: logs.map((log) => toEntry(log, timestamps.get(log.blockNumber!) ?? 0n)) }
}

function toEntry(log: Log, timestamp: bigint, abi: Abi = appAuthEventsAbi as Abi, describe = describeEvent): HistoryEntry {
  const base = { blockNumber: log.blockNumber!, logIndex: log.logIndex!, transactionHash: log.transactionHash!, timestamp }
  try {
    const { eventName, args } = decodeEventLog({ abi, data: log.data, topics: log.topics })
    const named = (args ?? {}) as Record<string, unknown>
    return { ...base, event: String(eventName), args: named, summary: describe(String(eventName), named) }
  } catch {
    return { ...base, event: 'unknown', args: { topics: log.topics, data: log.data }, summary: `unknown event ${log.topics[0] ?? '(anonymous)'}` }
  }
}

/** One line describing a decoded AppAuth event. */
export function describeEvent(event: string, args: Record<string, unknown>): string {
  switch (event) {
    case 'ComposeHashAdded':
      return `compose hash ${args.composeHash} allowed`
    case 'ComposeHashRemoved':
      return `compose hash ${args.composeHash} removed`
    case 'DeviceAdded':
      return `device ${args.deviceId} allowed`
    case 'DeviceRemoved':
      return `device ${args.deviceId} removed`
    case 'AllowAnyDeviceSet':
      return args.allowAny ? 'any device allowed' : 'any-device switched off: only listed devices'
    case 'RequireTcbUpToDateSet':
      return args.requireUpToDate ? 'up-to-date TCB required' : 'up-to-date TCB no longer required'
    case 'NoticePeriodSet':
      return args.previousPeriod === 0n
        ? `notice period set to ${formatDuration(args.newPeriod as bigint)}`
        : `notice period ${formatDuration(args.previousPeriod as bigint)} -> ${formatDuration(args.newPeriod as bigint)}`
    case 'ChangeProposed': {
      const uri = args.uri ? `, ${args.uri}` : ''
      return `proposed ${describeChange(args.kind as number, args.value as Hex)} (id ${args.id}), activatable ${formatTimestamp(args.activatesAt as bigint)} until ${formatTimestamp(args.expiresAt as bigint)}${uri}`
    }
    case 'ChangeCancelled':
      return `cancelled ${describeChange(args.kind as number, args.value as Hex)} (id ${args.id})`
    case 'ChangeActivated':
      return `activated ${describeChange(args.kind as number, args.value as Hex)} (id ${args.id})`
    case 'ChangeExpired':
      return `expired unactivated: ${describeChange(args.kind as number, args.value as Hex)} (id ${args.id})`
    case 'PolicyChanged':
      return describePolicyChange(args)
    case 'Initialized':
      return `initialised (version ${args.version})`
    case 'Upgraded':
      return `implementation upgraded to ${args.implementation}`
    case 'UpgradesDisabled':
      return 'upgrades disabled for good'
    case 'OwnershipTransferStarted':
      return `ownership hand-over to ${args.newOwner} started`
    case 'OwnershipTransferred':
      if (args.previousOwner === zeroAddress) return `owner set to ${args.newOwner}`
      if (args.newOwner === zeroAddress) return `ownership renounced by ${args.previousOwner}`
      return `owner ${args.previousOwner} -> ${args.newOwner}`
    default:
      return event
  }
}

/** Upstream's `PolicyChanged`, by policy name: the value as an address, a hash or nothing (a switch). */
function describePolicyChange(args: Record<string, unknown>): string {
  const name = policyName(args.policy as Hex)
  const value = args.value as Hex
  const enabled = args.enabled as boolean
  const by = `by ${args.actor}`
  if (!name) return `policy ${args.policy} ${value} ${enabled ? 'enabled' : 'disabled'} ${by}`
  if (name === 'allow-any-device' || name === 'require-tcb-up-to-date') return `policy ${name} ${enabled ? 'on' : 'off'} ${by}`
  const shown = name === 'registered-app' || name === 'app-implementation' || name === 'implementation-upgrade' ? getAddress(`0x${value.slice(-40)}`) : value
  return `policy ${name} ${shown} ${enabled ? 'enabled' : 'disabled'} ${by}`
}

/** A change kind with its value in the value's own terms: a hash, a device, a duration, an address. */
export function describeChange(kind: number | string, value: Hex): string {
  const name = typeof kind === 'number' ? changeKindName(kind) : kind
  switch (name) {
    case 'ComposeHash':
      return `compose hash ${value}`
    case 'Device':
      return `device ${value}`
    case 'AllowAnyDevice':
      return 'allow any device'
    case 'TcbNotRequired':
      return 'TCB no longer required'
    case 'NoticePeriod':
      return `notice period ${formatDuration(BigInt(value))}`
    case 'Controller':
    case 'SignerAdded':
    case 'SignerRemoved':
    case 'VerifierAdapter':
      return `${name} ${getAddress(`0x${value.slice(-40)}`)}`
    case 'Threshold':
    case 'VerifierThreshold':
      return `${name} ${BigInt(value)}`
    default:
      return `${name} ${value}`
  }
}

/** One line for an opt-out registry's event. */
export function describeRegistryEvent(event: string, args: Record<string, unknown>): string {
  switch (event) {
    case 'ProposalTracked':
      return `opt-out window of change ${args.changeId} (proposal ${args.key}) open until ${formatTimestamp(args.activatesAt as bigint)}`
    case 'OptedOut': {
      const count = (args.index as bigint) + 1n
      return `${args.user} opted out of proposal ${args.key} (${count} opt-out${count === 1n ? '' : 's'} so far)`
    }
    default:
      return event
  }
}
