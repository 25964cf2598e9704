// Rates every app registered with a KMS. No Node-only imports.
import { type Address, type Client, decodeEventLog, getAddress, parseAbi } from 'viem'
import { getBlockNumber, getCode, getTransactionCount } from 'viem/actions'
import { type AuditAppAuthParameters, type AuditReport, auditAppAuth } from './audit'
import { type Severity, type Stage, severityOrder } from './audit-stage'
import { type Controller, describeController } from './controller'
import { AppAuthError } from './errors'
import { logPages } from './log-pages'
import { findDeploymentBlock } from './logs'

/** DstackKms's registration events (LocalKms emits the first). */
export const kmsRegistrationAbi = parseAbi(['event AppRegistered(address appId)', 'event AppDeployedViaFactory(address indexed appId, address indexed deployer)'])

/** One app of a KMS, rated. */
export type KmsAppRating = {
  address: Address
  stage: Stage
  /** `name @ release` of the code that runs, null when unknown. */
  build: string | null
  controller: string
  /** Seconds between the controller's decision and its effect. */
  notice: bigint
  worst: { id: string; severity: Severity; message: string } | null
  /** Set when the app could not be audited at all (no code, no IAppAuth): rated Stage 0. */
  error?: string | undefined
}

export type AuditKmsParameters = Omit<AuditAppAuthParameters, 'address' | 'fromBlock' | 'controllers'> & {
  kms: Address
  /** First block to read registrations from (default: the KMS's deployment block). */
  fromBlock?: bigint | undefined
  /** How many apps are audited at once (default 32); with a batching transport their reads share requests. */
  concurrency?: number | undefined
  /** Called after each app. */
  onProgress?: ((done: number, total: number) => void) | undefined
}

export type AuditKmsReturnType = { kms: Address; blockNumber: bigint; apps: KmsAppRating[] }

/** Every app id an `AppRegistered` or `AppDeployedViaFactory` event of `kms` names, in order, once each. */
export async function registeredApps(client: Client, parameters: { kms: Address; fromBlock?: bigint | undefined; toBlock: bigint; pageSize?: bigint | undefined }): Promise<Address[]> {
  return [...(await registrations(client, parameters)).keys()]
}

/** App ids with the block of their first registration. */
async function registrations(client: Client, { kms, fromBlock, toBlock, pageSize }: { kms: Address; fromBlock?: bigint | undefined; toBlock: bigint; pageSize?: bigint | undefined }): Promise<Map<Address, bigint>> {
  const from = fromBlock ?? (await findDeploymentBlock(client, { address: kms }))
  const apps = new Map<Address, bigint>()
  for await (const page of logPages(client, { address: kms, fromBlock: from, toBlock, pageSize })) {
    for (const log of page.logs) {
      try {
        const { args } = decodeEventLog({ abi: kmsRegistrationAbi, data: log.data, topics: log.topics })
        const app = getAddress(args.appId)
        if (!apps.has(app)) apps.set(app, log.blockNumber!)
      } catch {
        // Another event of the KMS.
      }
    }
  }
  return apps
}

/**
 * A block at or shortly before the one an app was created in, to replay its events from: no event of
 * the app can come before its creation, so any such block gives the same history. Reads the account's
 * nonce, which is 1 from a contract's creation on (EIP-161), a number instead of the whole code. Apps
 * are mostly created shortly before they are registered (a factory does both in one transaction), so
 * it steps back from the registration 1, 2, 4, … blocks until the nonce is 0 and answers the block
 * after: a read or two for most apps, and at most twice as far back as the creation. Undefined when
 * the node serves no history (the audit then finds the deployment block its own way).
 */
async function replayStart(client: Client, address: Address, registeredAt: bigint): Promise<bigint | undefined> {
  try {
    let known = registeredAt
    for (let step = 1n; known > 0n; step *= 2n) {
      const probe = known > step ? known - step : 0n
      if ((await getTransactionCount(client, { address, blockNumber: probe })) === 0) return probe + 1n
      known = probe
    }
    return 0n
  } catch {
    return undefined
  }
}

/**
 * Rates every app registered with a KMS and returns them worst first (lowest stage, then the
 * weightiest finding). Apps are audited `concurrency` at a time, so a batching client sends their
 * reads together. An app that cannot be audited is listed at Stage 0 with the reason.
 */
export async function auditKms(client: Client, parameters: AuditKmsParameters): Promise<AuditKmsReturnType> {
  const { kms, fromBlock, concurrency = 32, onProgress, ...audit } = parameters
  const code = await getCode(client, { address: kms })
  if (!code || code === '0x') throw new AppAuthError(`${kms} is not a contract, so not a KMS (no code at that address)`)
  const blockNumber = await getBlockNumber(client)
  const registered = await registrations(client, { kms, fromBlock, toBlock: blockNumber, pageSize: audit.pageSize })
  const apps = [...registered.keys()]
  const ratings: KmsAppRating[] = new Array(apps.length)
  let next = 0
  let done = 0
  // Apps of one KMS often share an owner: each is identified once per run.
  const controllers = new Map<Address, Promise<Controller>>()
  const worker = async () => {
    while (next < apps.length) {
      const index = next++
      const app = apps[index]!
      ratings[index] = await rateOne(client, app, { ...audit, controllers, fromBlock: replayStart(client, app, registered.get(app)!) })
      onProgress?.(++done, apps.length)
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, apps.length)) }, worker))
  return { kms, blockNumber, apps: ratings.sort(worstFirst) }
}

async function rateOne(client: Client, address: Address, audit: Omit<AuditAppAuthParameters, 'address'>): Promise<KmsAppRating> {
  let report: AuditReport
  try {
    report = await auditAppAuth(client, { ...audit, address })
  } catch (error) {
    const message = error instanceof AppAuthError ? error.shortMessage : (error as Error).message.split('\n')[0]!
    return { address, stage: 0, build: null, controller: '?', notice: 0n, worst: null, error: message }
  }
  const [worst] = report.findings
  return {
    address,
    stage: report.stage,
    build: report.build,
    controller: describeController(report.controller),
    notice: report.effectiveNotice,
    worst: worst ? { id: worst.id, severity: worst.severity, message: worst.message } : null,
  }
}

function worstFirst(a: KmsAppRating, b: KmsAppRating): number {
  if (a.stage !== b.stage) return a.stage - b.stage
  const weight = (rating: KmsAppRating) => (rating.error ? -1 : rating.worst ? severityOrder.indexOf(rating.worst.severity) : severityOrder.length)
  if (weight(a) !== weight(b)) return weight(a) - weight(b)
  return a.address.localeCompare(b.address)
}
