import { type Account, type Address, type Chain, type Client, type Hex, parseEventLogs, type TransactionReceipt, type Transport } from 'viem'
import { getBlock, readContract } from 'viem/actions'
import { baselineAppAuthAbi, timelockAppAuthAbi, verifiedTimelockAppAuthAbi } from '../generated/contracts'
import { type AppAuthInfo, type AppAuthTarget, appAuthEventsAbi, changeKindName, changeKinds, getAppAuth, resolveAppAuth, variants } from './contracts'
import { chainTime } from './chains'
import { AppAuthError, InvalidInputError } from './errors'
import { parseAddress, parseBytes32 } from './hex'
import { prepareAcceptOwnership, prepareTransferOwnership } from './ownership'
import { devRpc } from './dev-rpc'
import { type ContractCall, contractCall, type TransactionOptions, writeContractCall } from './transactions'
import { parseMeasurementArgument, parseVendor } from './verified'

type AnyClient = Client<Transport, Chain | undefined, Account | undefined>

// ---------------------------------------------------------------- calls, per variant
// Each `prepare*` turns an intent into the contract call the variant needs. The write functions
// below send it; `safe-export` puts it in a Safe batch instead.

/** Allow a compose hash: announced on a notice-period variant, instant on the baseline. */
export function prepareAllowComposeHash(app: AppAuthInfo, { composeHash, uri = '' }: { composeHash: Hex; uri?: string | undefined }): ContractCall {
  return app.hasNotice
    ? contractCall({ address: app.address, abi: timelockAppAuthAbi, functionName: 'proposeComposeHash', args: [composeHash, uri] })
    : contractCall({ address: app.address, abi: baselineAppAuthAbi, functionName: 'addComposeHash', args: [composeHash] })
}

/** Allow a device: announced on a notice-period variant, instant on the baseline. */
export function prepareAllowDevice(app: AppAuthInfo, { deviceId, uri = '' }: { deviceId: Hex; uri?: string | undefined }): ContractCall {
  return app.hasNotice
    ? contractCall({ address: app.address, abi: timelockAppAuthAbi, functionName: 'proposeDevice', args: [deviceId, uri] })
    : contractCall({ address: app.address, abi: baselineAppAuthAbi, functionName: 'addDevice', args: [deviceId] })
}

/** Disallow a compose hash: tightening, instant on every variant. */
export function prepareRemoveComposeHash(app: AppAuthInfo, { composeHash }: { composeHash: Hex }): ContractCall {
  return contractCall({ address: app.address, abi: variants[app.variant].abi, functionName: 'removeComposeHash', args: [composeHash] })
}

/** Disallow a device: tightening, instant on every variant. */
export function prepareRemoveDevice(app: AppAuthInfo, { deviceId }: { deviceId: Hex }): ContractCall {
  return contractCall({ address: app.address, abi: variants[app.variant].abi, functionName: 'removeDevice', args: [deviceId] })
}

/** Make a matured change effective (anyone may). */
export function prepareActivate(app: AppAuthInfo, { id }: { id: Hex }): ContractCall {
  assertNotice(app, 'activate')
  return contractCall({ address: app.address, abi: timelockAppAuthAbi, functionName: 'activate', args: [id] })
}

/** Withdraw a pending change: tightening, instant. */
export function prepareCancel(app: AppAuthInfo, { id }: { id: Hex }): ContractCall {
  assertNotice(app, 'cancel')
  return contractCall({ address: app.address, abi: timelockAppAuthAbi, functionName: 'cancelProposal', args: [id] })
}

/**
 * A change to a verified AppAuth's verifier rule. Loosening ones are announced and wait the notice:
 * a new or replacing adapter, a lower k, a measurement pinned. Tightening ones are instant: an adapter
 * removed, k raised, a measurement unpinned.
 */
export type VerifierAction =
  | { action: 'adapter'; adapter: Address; uri?: string | undefined }
  | { action: 'lower-threshold'; threshold: bigint; uri?: string | undefined }
  | { action: 'raise-threshold'; threshold: bigint }
  | { action: 'pin'; vendor: Hex; measurement: Hex; uri?: string | undefined }
  | { action: 'unpin'; vendor: Hex; measurement: Hex }
  | { action: 'remove-adapter'; vendor: Hex }

export function prepareVerifierChange(app: AppAuthInfo, change: VerifierAction): ContractCall {
  // A verified AppAuth is a notice-period AppAuth with verifier hooks; a plain one refuses the call in the simulation before sending.
  assertNotice(app, `change the verifier rule (${change.action})`)
  const call = (functionName: string, args: readonly unknown[]): ContractCall => ({ address: app.address, abi: verifiedTimelockAppAuthAbi, functionName, args }) as ContractCall
  switch (change.action) {
    case 'adapter':
      return call('proposeVerifierAdapter', [change.adapter, change.uri ?? ''])
    case 'lower-threshold':
      return call('proposeVerifierThreshold', [change.threshold, change.uri ?? ''])
    case 'raise-threshold':
      return call('raiseVerifierThreshold', [change.threshold])
    case 'pin':
      return call('proposeVerifierMeasurement', [change.vendor, change.measurement, change.uri ?? ''])
    case 'unpin':
      return call('unpinVerifierMeasurement', [change.vendor, change.measurement])
    case 'remove-adapter':
      return call('removeVerifierAdapter', [change.vendor])
  }
}

/** The managed actions that change a verified AppAuth's verifier rule. */
export const verifierActions: ReadonlySet<string> = new Set(['verifier-adapter', 'remove-adapter', 'lower-threshold', 'raise-threshold', 'pin-measurement', 'unpin-measurement'])

/**
 * Throws unless `address` has verifier hooks (answers `verifierThreshold()`): checked before a verifier
 * action is proposed to a governor, which would otherwise accept a proposal that can only fail.
 */
export async function assertVerifierHooks(client: Client, { address, action }: { address: Address; action: string }): Promise<void> {
  try {
    await readContract(client, { address, abi: verifiedTimelockAppAuthAbi, functionName: 'verifierThreshold' })
  } catch {
    throw new AppAuthError(`${action} applies to a verified AppAuth: ${address} has no verifier hooks`)
  }
}

function parseThreshold(value: string): bigint {
  if (!/^\d{1,3}$/.test(value)) throw new InvalidInputError(`the threshold must be a whole number of vendors, got ${JSON.stringify(value)}`)
  return BigInt(value)
}

/**
 * The actions a Safe batch or a multisig execution can carry, by the names of the direct commands:
 * each parses its value and prepares the same call the direct command sends.
 */
export const managedActions: Record<string, { usage: string; prepare: (app: AppAuthInfo, value: string, uri: string | undefined) => ContractCall }> = {
  propose: { usage: 'propose <compose-hash>', prepare: (app, value, uri) => prepareAllowComposeHash(app, { composeHash: parseBytes32(value, 'compose hash'), uri }) },
  activate: { usage: 'activate <id>', prepare: (app, value) => prepareActivate(app, { id: parseBytes32(value, 'change id') }) },
  cancel: { usage: 'cancel <id>', prepare: (app, value) => prepareCancel(app, { id: parseBytes32(value, 'change id') }) },
  remove: { usage: 'remove <compose-hash>', prepare: (app, value) => prepareRemoveComposeHash(app, { composeHash: parseBytes32(value, 'compose hash') }) },
  'device-add': { usage: 'device-add <device-id>', prepare: (app, value, uri) => prepareAllowDevice(app, { deviceId: parseBytes32(value, 'device id'), uri }) },
  'device-remove': { usage: 'device-remove <device-id>', prepare: (app, value) => prepareRemoveDevice(app, { deviceId: parseBytes32(value, 'device id') }) },
  'transfer-ownership': {
    usage: 'transfer-ownership <new-owner>',
    prepare: (app, value) => prepareTransferOwnership(app, { newOwner: parseAddress(value, 'new owner') }),
  },
  'accept-ownership': { usage: 'accept-ownership', prepare: (app) => prepareAcceptOwnership(app) },
  'verifier-adapter': {
    usage: 'verifier-adapter <adapter>',
    prepare: (app, value, uri) => prepareVerifierChange(app, { action: 'adapter', adapter: parseAddress(value, 'adapter'), uri }),
  },
  'remove-adapter': { usage: 'remove-adapter <vendor>', prepare: (app, value) => prepareVerifierChange(app, { action: 'remove-adapter', vendor: parseVendor(value).id }) },
  'lower-threshold': { usage: 'lower-threshold <k>', prepare: (app, value, uri) => prepareVerifierChange(app, { action: 'lower-threshold', threshold: parseThreshold(value), uri }) },
  'raise-threshold': { usage: 'raise-threshold <k>', prepare: (app, value) => prepareVerifierChange(app, { action: 'raise-threshold', threshold: parseThreshold(value) }) },
  'pin-measurement': {
    usage: 'pin-measurement <vendor>=<hex>',
    prepare: (app, value, uri) => {
      const { vendor, measurement } = parseMeasurementArgument(value, 'pin-measurement')
      return prepareVerifierChange(app, { action: 'pin', vendor: vendor.id, measurement, uri })
    },
  },
  'unpin-measurement': {
    usage: 'unpin-measurement <vendor>=<hex>',
    prepare: (app, value) => {
      const { vendor, measurement } = parseMeasurementArgument(value, 'unpin-measurement')
      return prepareVerifierChange(app, { action: 'unpin', vendor: vendor.id, measurement })
    },
  },
}

function assertNotice(app: AppAuthInfo, action: string): void {
  if (!app.hasNotice) {
    throw new AppAuthError(`cannot ${action} on ${app.address}: a ${app.variant} AppAuth has no pending changes (every change is instant)`)
  }
}

// ---------------------------------------------------------------- writes

export type ChangeResult = {
  app: Address
  transactionHash: Hex
  blockNumber: bigint
}

export type AnnouncedChange = {
  /** The change id: the compose hash itself for a compose hash, otherwise keccak256(abi.encode(kind, value)). */
  id: Hex
  kind: string
  value: Hex
  activatesAt: bigint
  expiresAt: bigint
  uri: string
}

export type AllowReturnType = ChangeResult &
  ({ mode: 'proposed'; change: AnnouncedChange } | { mode: 'added' })

export type ProposeComposeHashParameters = TransactionOptions & AppAuthTarget & { composeHash: Hex; uri?: string | undefined }

/**
 * Allows a compose hash the variant's way: on a notice-period variant it is announced and becomes
 * activatable after the notice period; on the baseline it is effective at once.
 */
export async function proposeComposeHash(client: AnyClient, { address, app: known, composeHash, uri, ...options }: ProposeComposeHashParameters): Promise<AllowReturnType> {
  const app = await resolveAppAuth(client, { address, app: known })
  return allow(client, app, prepareAllowComposeHash(app, { composeHash, uri }), options)
}

export type AddDeviceParameters = TransactionOptions & AppAuthTarget & { deviceId: Hex; uri?: string | undefined }

/** Allows a device the variant's way (announced, or instant on the baseline). */
export async function addDevice(client: AnyClient, { address, app: known, deviceId, uri, ...options }: AddDeviceParameters): Promise<AllowReturnType> {
  const app = await resolveAppAuth(client, { address, app: known })
  return allow(client, app, prepareAllowDevice(app, { deviceId, uri }), options)
}

async function allow(client: AnyClient, app: AppAuthInfo, call: ContractCall, options: TransactionOptions): Promise<AllowReturnType> {
  const { transactionHash, blockNumber, receipt } = await writeContractCall(client, { ...options, call })
  const result = { app: app.address, transactionHash, blockNumber }
  if (!app.hasNotice) return { ...result, mode: 'added' }
  const [proposed] = parseEventLogs({ abi: appAuthEventsAbi, logs: receipt.logs, eventName: 'ChangeProposed' })
  if (!proposed) throw new AppAuthError(`transaction ${transactionHash} announced no change`)
  const { id, kind, value, activatesAt, expiresAt, uri } = proposed.args as {
    id: Hex
    kind: number
    value: Hex
    activatesAt: bigint
    expiresAt: bigint
    uri: string
  }
  return { ...result, mode: 'proposed', change: { id, kind: changeKindName(kind), value, activatesAt, expiresAt, uri } }
}

/**
 * What a removal did: `removed` is true when the item had been effective and no longer is;
 * `withdrawn` is the id of the pending announcement it also withdrew, if there was one (a
 * notice-period variant withdraws it in the same call, so the item can never take effect later).
 */
export type RemoveReturnType = ChangeResult & { removed: boolean; withdrawn?: Hex | undefined }

export type RemoveComposeHashParameters = TransactionOptions & AppAuthTarget & { composeHash: Hex }

/**
 * Disallows a compose hash at once and withdraws its pending announcement. Refuses, sending
 * nothing, a hash that is neither allowed nor pending: a typo must not read as a removal.
 */
export async function removeComposeHash(client: AnyClient, { address, app: known, composeHash, ...options }: RemoveComposeHashParameters): Promise<RemoveReturnType> {
  const app = await resolveAppAuth(client, { address, app: known })
  return remove(client, app, 'ComposeHash', composeHash, prepareRemoveComposeHash(app, { composeHash }), options)
}

export type RemoveDeviceParameters = TransactionOptions & AppAuthTarget & { deviceId: Hex }

/** Disallows a device at once and withdraws its pending announcement, as {@link removeComposeHash}. */
export async function removeDevice(client: AnyClient, { address, app: known, deviceId, ...options }: RemoveDeviceParameters): Promise<RemoveReturnType> {
  const app = await resolveAppAuth(client, { address, app: known })
  return remove(client, app, 'Device', deviceId, prepareRemoveDevice(app, { deviceId }), options)
}

/** One line saying what a removal did: removed an effective item, withdrew an announcement, or both. */
export function describeRemoval(label: string, value: Hex, app: string, result: RemoveReturnType): string {
  const withdrawn = result.withdrawn ? `withdrew the pending announcement of ${label} ${value} (id ${result.withdrawn}) on ${app}` : ''
  if (!result.removed) return `${withdrawn}; it was never allowed and now never will be`
  const removed = `${label} ${value} removed from ${app}, effective now`
  return withdrawn ? `${removed}; also ${withdrawn}` : removed
}

async function remove(
  client: AnyClient,
  app: AppAuthInfo,
  kind: 'ComposeHash' | 'Device',
  value: Hex,
  call: ContractCall,
  options: TransactionOptions,
): Promise<RemoveReturnType> {
  const label = kind === 'ComposeHash' ? 'compose hash' : 'device'
  const [effective, pending] = await Promise.all([
    readContract(client, {
      address: app.address,
      abi: baselineAppAuthAbi,
      functionName: kind === 'ComposeHash' ? 'allowedComposeHashes' : 'allowedDeviceIds',
      args: [value],
    }),
    getPendingChange(client, { address: app.address, app, kind, value }),
  ])
  if (!effective && !pending) throw new AppAuthError(`${label} ${value} is neither allowed nor pending on ${app.address}: nothing to remove`)
  const { transactionHash, blockNumber, receipt } = await writeContractCall(client, { ...options, call })
  const [cancelled] = parseEventLogs({ abi: appAuthEventsAbi, logs: receipt.logs, eventName: 'ChangeCancelled' })
  const withdrawn = (cancelled?.args as { id: Hex } | undefined)?.id
  return { app: app.address, transactionHash, blockNumber, removed: effective, ...(withdrawn ? { withdrawn } : {}) }
}

export type SettledChange = ChangeResult & { id: Hex; kind: string; value: Hex }

export type ResolveChangeIdParameters = { address: Address; id: Hex }

/**
 * The change id a person means by `id`: `id` itself if a change is pending under it, otherwise the
 * id of announcing `id` as a compose hash if that is pending (ids are `keccak256(kind, value)`, so a
 * compose hash is no longer its own id, but people still name it). Refuses a value that is pending
 * both ways rather than guess; returns `id` unchanged when neither is pending, for the contract to refuse.
 */
export async function resolveChangeId(client: Client, { address, id }: ResolveChangeIdParameters): Promise<Hex> {
  let asHash: Hex, direct: bigint, hash: bigint
  try {
    asHash = await readContract(client, { address, abi: timelockAppAuthAbi, functionName: 'changeId', args: [changeKinds.indexOf('ComposeHash'), id] })
    const pending = (candidate: Hex) => readContract(client, { address, abi: timelockAppAuthAbi, functionName: 'activatesAt', args: [candidate] })
    ;[direct, hash] = await Promise.all([pending(id), pending(asHash)])
  } catch {
    // No notice period here (or no AppAuth): the command that follows says so.
    return id
  }
  if (direct !== 0n && hash !== 0n) {
    throw new AppAuthError(`${id} is both a pending change id and a pending compose hash (id ${asHash}) on ${address}: pass the change id you mean`)
  }
  return direct === 0n && hash !== 0n ? asHash : id
}

export type ActivateParameters = TransactionOptions & AppAuthTarget & { id: Hex }

/** Makes a matured change effective. Reverts (and sends nothing) before `activatesAt` or after expiry. */
export async function activate(client: AnyClient, { address, app: known, id, ...options }: ActivateParameters): Promise<SettledChange> {
  const app = await resolveAppAuth(client, { address, app: known })
  const { transactionHash, blockNumber, receipt } = await writeContractCall(client, { ...options, call: prepareActivate(app, { id }) })
  return { app: address, transactionHash, blockNumber, ...settled(receipt, 'ChangeActivated') }
}

export type CancelParameters = TransactionOptions & AppAuthTarget & { id: Hex }

/** Withdraws a pending change. */
export async function cancel(client: AnyClient, { address, app: known, id, ...options }: CancelParameters): Promise<SettledChange> {
  const app = await resolveAppAuth(client, { address, app: known })
  const { transactionHash, blockNumber, receipt } = await writeContractCall(client, { ...options, call: prepareCancel(app, { id }) })
  return { app: address, transactionHash, blockNumber, ...settled(receipt, 'ChangeCancelled') }
}

function settled(receipt: TransactionReceipt, eventName: 'ChangeActivated' | 'ChangeCancelled') {
  const [log] = parseEventLogs({ abi: appAuthEventsAbi, logs: receipt.logs, eventName })
  if (!log) throw new AppAuthError(`transaction ${receipt.transactionHash} emitted no ${eventName}`)
  const { id, kind, value } = log.args as { id: Hex; kind: number; value: Hex }
  return { id, kind: changeKindName(kind), value }
}

// ---------------------------------------------------------------- waiting out a notice period

export type WaitForActivationParameters = {
  address: Address
  id: Hex
  /** Called on every poll with the seconds left. */
  onTick?: ((secondsLeft: bigint, activatesAt: bigint) => void) | undefined
  pollIntervalMs?: number | undefined
}

/**
 * Waits until the pending change `id` may be activated: until the latest block is stamped at or
 * after `activatesAt`, since calls (and so the simulation before sending) run on the latest block.
 * A development chain mines blocks only for transactions, so there one empty block is mined once
 * its clock has passed the time. Throws if nothing is pending under that id.
 */
export async function waitForActivation(client: Client, { address, id, onTick, pollIntervalMs = 1_000 }: WaitForActivationParameters): Promise<void> {
  const activatesAt = await readContract(client, { address, abi: timelockAppAuthAbi, functionName: 'activatesAt', args: [id] })
  if (activatesAt === 0n) throw new AppAuthError(`no change ${id} is pending on ${address}`)
  for (;;) {
    const { timestamp: latest } = await getBlock(client, { blockTag: 'latest' })
    if (latest >= activatesAt) return
    const now = await chainTime(client)
    if (now >= activatesAt) await devRpc(client)({ method: 'evm_mine', params: [] }).catch(() => {})
    else onTick?.(activatesAt - now, activatesAt)
    const wait = now >= activatesAt ? pollIntervalMs : Math.min(pollIntervalMs, Number(activatesAt - now) * 1000)
    await new Promise((resolve) => setTimeout(resolve, wait))
  }
}

export type GetPendingChangeParameters = AppAuthTarget & { kind: 'ComposeHash' | 'Device'; value: Hex }
export type PendingChangeSummary = { id: Hex; activatesAt: bigint; expiresAt: bigint; uri: string }

/**
 * The pending change that would allow `value`, if one is announced on a notice-period AppAuth;
 * undefined otherwise (including on the baseline, which has no pending changes).
 */
export async function getPendingChange(client: Client, { address, app: known, kind, value }: GetPendingChangeParameters): Promise<PendingChangeSummary | undefined> {
  const app = await resolveAppAuth(client, { address, app: known })
  if (!app.hasNotice) return undefined
  const id = await readContract(client, { address, abi: timelockAppAuthAbi, functionName: 'changeId', args: [changeKinds.indexOf(kind), value] })
  const activatesAt = await readContract(client, { address, abi: timelockAppAuthAbi, functionName: 'activatesAt', args: [id] })
  if (activatesAt === 0n) return undefined
  const change = await readContract(client, { address, abi: timelockAppAuthAbi, functionName: 'getChange', args: [id] })
  return { id, activatesAt: change.activatesAt, expiresAt: change.expiresAt, uri: change.uri }
}
