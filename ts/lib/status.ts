import { type Address, type Client, type Hex, zeroAddress } from 'viem'
import { getBlock, readContract } from 'viem/actions'
import { iAppAuthMultisigAbi, iAppAuthNoticeAbi, iAppAuthOwnableAbi, iAppAuthPolicyAbi, timelockAppAuthAbi } from '../generated/contracts'
import { auditAppAuth } from './audit'
import { stageDescriptions } from './audit-stage'
import { chainTime } from './chains'
import { type AppAuthInfo, changeKindName, getAppAuth, variants } from './contracts'
import { type HistoryEntry, readHistory } from './history'

export type AllowedItem = {
  value: Hex
  /** When it last became allowed (from its `...Added` event). */
  since: { blockNumber: bigint; timestamp: bigint; transactionHash: Hex }
}

export type PendingChange = {
  id: Hex
  kind: string
  value: Hex
  proposedAt: bigint
  activatesAt: bigint
  expiresAt: bigint
  uri: string
  /** `waiting` for the notice period, `activatable` inside its window, `expired` after it. */
  state: 'waiting' | 'activatable' | 'expired'
}

export type AppAuthStatus = AppAuthInfo & {
  /** `Stage N` as `appauth audit` rates it (the same rating function). */
  stage: string
  description: string
  /** The build of the code (`name @ release`), null when no known build matches. */
  build: string | null
  /** Block the views were read at. */
  blockNumber: bigint
  /** Chain time the countdowns are measured from. */
  now: bigint
  owner: Address | null
  pendingOwner: Address | null
  /** The signers and how many must sign, on a multisig (which has no owner). */
  multisig?: { signers: Address[]; threshold: bigint; nonce: bigint } | undefined
  /** Notice, minimum notice and grace periods in seconds; absent on the baseline. */
  notice?: { period: bigint; min: bigint; grace: bigint } | undefined
  allowAnyDevice: boolean
  requireTcbUpToDate: boolean
  composeHashes: AllowedItem[]
  devices: AllowedItem[]
  /** Changes that may still take effect: waiting for their notice period or inside their window. */
  pending: PendingChange[]
  /**
   * Changes whose window passed without activation. The contract keeps them listed until someone
   * calls `clearExpired`, but they can never take effect: they are not pending.
   */
  expired: PendingChange[]
}

export type GetStatusParameters = {
  address: Address
  fromBlock?: bigint | undefined
  pageSize?: bigint | undefined
}

const pendingPage = 50n

/**
 * What an AppAuth allows right now and what is coming: the effective compose hashes and devices
 * (reconstructed from events, each confirmed against the contract's view), the switches, the
 * controller, the notice period, and every pending change with its window.
 */
export async function getStatus(client: Client, { address, fromBlock, pageSize }: GetStatusParameters): Promise<AppAuthStatus> {
  const app = await getAppAuth(client, { address })
  const { number: blockNumber } = await getBlock(client, { blockTag: 'latest' })
  const now = await chainTime(client)
  const at = { address, blockNumber } as const
  const variant = variants[app.variant]
  const [owner, pendingOwner, allowAnyDevice, requireTcbUpToDate] = await Promise.all([
    variant.multisig ? zeroAddress : readContract(client, { ...at, abi: iAppAuthOwnableAbi, functionName: 'owner' }),
    variant.multisig ? zeroAddress : readContract(client, { ...at, abi: iAppAuthOwnableAbi, functionName: 'pendingOwner' }),
    readContract(client, { ...at, abi: iAppAuthPolicyAbi, functionName: 'allowAnyDevice' }),
    readContract(client, { ...at, abi: iAppAuthPolicyAbi, functionName: 'requireTcbUpToDate' }),
  ])
  const history = await readHistory(client, { address, fromBlock, toBlock: blockNumber, pageSize })
  const composeHashes = await confirmed(replay(history.entries, 'ComposeHash', 'composeHash'), (value) =>
    readContract(client, { ...at, abi: iAppAuthPolicyAbi, functionName: 'allowedComposeHashes', args: [value] }),
  )
  const devices = await confirmed(replay(history.entries, 'Device', 'deviceId'), (value) =>
    readContract(client, { ...at, abi: iAppAuthPolicyAbi, functionName: 'allowedDeviceIds', args: [value] }),
  )

  let notice: AppAuthStatus['notice']
  let listed: PendingChange[] = []
  if (variant.notice) {
    const [period, min, grace] = await Promise.all(
      (['noticePeriod', 'minNoticePeriod', 'gracePeriod'] as const).map((functionName) => readContract(client, { ...at, abi: iAppAuthNoticeAbi, functionName })),
    )
    notice = { period: period!, min: min!, grace: grace! }
    listed = await pendingChanges(client, address, blockNumber, now)
  }
  const multisig = variant.multisig
    ? {
        signers: [...(await readContract(client, { ...at, abi: iAppAuthMultisigAbi, functionName: 'signers' }))],
        threshold: await readContract(client, { ...at, abi: iAppAuthMultisigAbi, functionName: 'threshold' }),
        nonce: await readContract(client, { ...at, abi: iAppAuthMultisigAbi, functionName: 'nonce' }),
      }
    : undefined
  // The stage is the audit's, never the variant's label: deploy, status and audit print one rating.
  const rating = await auditAppAuth(client, { address, fromBlock, pageSize })
  return {
    ...app,
    stage: `Stage ${rating.stage}`,
    description: stageDescriptions[rating.stage],
    build: rating.build,
    blockNumber,
    now,
    owner: owner === zeroAddress ? null : owner,
    pendingOwner: pendingOwner === zeroAddress ? null : pendingOwner,
    multisig,
    notice,
    allowAnyDevice,
    requireTcbUpToDate,
    composeHashes,
    devices,
    pending: listed.filter((change) => change.state !== 'expired'),
    expired: listed.filter((change) => change.state === 'expired'),
  }
}

/** Items whose last `<kind>Added` is not followed by a `<kind>Removed`, in the order they were added. */
function replay(entries: readonly HistoryEntry[], kind: 'ComposeHash' | 'Device', field: string): AllowedItem[] {
  const allowed = new Map<Hex, AllowedItem>()
  for (const entry of entries) {
    const value = entry.args[field] as Hex
    if (entry.event === `${kind}Added`) {
      allowed.delete(value)
      allowed.set(value, { value, since: { blockNumber: entry.blockNumber, timestamp: entry.timestamp, transactionHash: entry.transactionHash } })
    } else if (entry.event === `${kind}Removed`) {
      allowed.delete(value)
    }
  }
  return [...allowed.values()]
}

/** Keeps the items the contract's view confirms, so a partial log range can never overstate. */
async function confirmed(items: AllowedItem[], isAllowed: (value: Hex) => Promise<boolean>): Promise<AllowedItem[]> {
  const answers = await Promise.all(items.map((item) => isAllowed(item.value)))
  return items.filter((_, i) => answers[i])
}

async function pendingChanges(client: Client, address: Address, blockNumber: bigint, now: bigint): Promise<PendingChange[]> {
  const count = await readContract(client, { address, abi: timelockAppAuthAbi, functionName: 'pendingChangeCount', blockNumber })
  const changes: PendingChange[] = []
  for (let offset = 0n; offset < count; offset += pendingPage) {
    const [ids, page] = await readContract(client, {
      address,
      abi: timelockAppAuthAbi,
      functionName: 'pendingChanges',
      args: [offset, pendingPage],
      blockNumber,
    })
    page.forEach((change, i) => {
      const state = now < change.activatesAt ? 'waiting' : now <= change.expiresAt ? 'activatable' : 'expired'
      changes.push({
        id: ids[i]!,
        kind: changeKindName(change.kind),
        value: change.value,
        proposedAt: change.proposedAt,
        activatesAt: change.activatesAt,
        expiresAt: change.expiresAt,
        uri: change.uri,
        state,
      })
    })
  }
  // The contract lists them in no particular order; people read them by when they take effect.
  return changes.sort((a, b) => (a.activatesAt < b.activatesAt ? -1 : a.activatesAt > b.activatesAt ? 1 : 0))
}
