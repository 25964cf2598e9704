import { pbkdf2Sync } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { type Client, createPublicClient, type Hex, http, type PublicClient, toHex } from 'viem'
import { HDKey } from 'viem/accounts'
import { getBlock } from 'viem/actions'
import { type Anvil, startAnvil } from './anvil'
import { LocalChainError } from './errors'
import { devRpc } from './dev-rpc'

/**
 * Files in the local data folder (`.appauth/` or $APPAUTH_HOME):
 * - `state.json`: anvil's dumped chain (accounts, storage, blocks, logs);
 * - `clock.json`: how far the chain's clock runs ahead of the wall clock (anvil forgets this on restart);
 * - `node.json`: the URL of a running `appauth node`, which commands then use instead of starting anvil;
 * - `lock`: the pid that owns the chain while a command or the node runs;
 * - `deployments/<chainId>.json`: deployment records of the local chain.
 */
export function localChainFiles(home: string) {
  return {
    state: join(home, 'state.json'),
    nextState: join(home, 'state.next.json'),
    clock: join(home, 'clock.json'),
    node: join(home, 'node.json'),
    lock: join(home, 'lock'),
    deployments: join(home, 'deployments'),
  }
}

export type LocalChain = {
  url: string
  /** `node` when a running `appauth node` serves the chain, `embedded` when this process started anvil. */
  mode: 'node' | 'embedded'
  /** Saves the chain (state and clock) and stops anvil; a no-op when a node serves the chain. */
  close: () => Promise<void>
}

export type OpenLocalChainParameters = {
  home: string
  /** Port for anvil; 0 picks a free one. `appauth node` passes its --port. */
  port?: number | undefined
  /** How long to wait for another command holding the chain. */
  lockTimeoutMs?: number | undefined
  /** Called while waiting for the lock, for progress output. */
  onWait?: ((holder: number) => void) | undefined
  /**
   * Also save the clock this often (ms) while running: a long-lived node may be stopped by a
   * signal that reaches anvil first, and then the last periodic save is what survives.
   */
  clockSaveIntervalMs?: number | undefined
}

/**
 * Connects to the local chain: to a running `appauth node` if there is one, otherwise to an anvil
 * started here from the saved state. Consecutive commands thus share one chain, including the
 * clock: anvil's `evm_increaseTime` offset does not survive a restart, so it is saved beside the
 * state and re-applied, and block timestamps never go backwards.
 */
export async function openLocalChain(parameters: OpenLocalChainParameters): Promise<LocalChain> {
  const files = localChainFiles(parameters.home)
  const node = await findRunningNode(files.node)
  if (node) return { url: node, mode: 'node', close: async () => {} }
  const anvil = await startPersistentAnvil(parameters)
  return { url: anvil.url, mode: 'embedded', close: anvil.close }
}

/**
 * A read-only view of the local chain that never takes the lock: the running `appauth node` if there
 * is one, otherwise an anvil of its own loaded from the saved state and stopped without saving.
 * `state.json` is only ever replaced whole (renamed into place), so it can be read while another
 * command holds the lock; the view shows the chain as that command's predecessor left it. Close it
 * to stop its anvil.
 */
export async function openLocalChainSnapshot({ home }: { home: string }): Promise<LocalChain> {
  const files = localChainFiles(home)
  const node = await findRunningNode(files.node)
  if (node) return { url: node, mode: 'node', close: async () => {} }
  const anvil = await startAnvil({ loadState: existsSync(files.state) ? files.state : undefined })
  try {
    // The clock is applied in memory only (for countdowns); nothing is written back.
    await restoreClock(createPublicClient({ transport: http(anvil.url) }), files.clock)
  } catch (error) {
    await anvil.stop()
    throw error
  }
  return { url: anvil.url, mode: 'embedded', close: anvil.stop }
}

/**
 * What identifies the local chain's saved state right now: the node serving it, or the saved
 * state's size and modification time. A reader that follows the chain without the lock reads again
 * when this changes (a node's chain can change at any time, so `node` always counts as changed).
 */
export function localChainVersion(home: string): string {
  const files = localChainFiles(home)
  if (existsSync(files.node)) return `node:${Date.now()}`
  try {
    const stat = statSync(files.state)
    return `state:${stat.size}:${stat.mtimeMs}`
  } catch {
    return 'none'
  }
}

export type PersistentAnvil = Anvil & { close: () => Promise<void> }

/** Takes the lock, starts anvil from the saved state and restores the clock. */
export async function startPersistentAnvil(parameters: OpenLocalChainParameters): Promise<PersistentAnvil> {
  const files = localChainFiles(parameters.home)
  mkdirSync(parameters.home, { recursive: true })
  await acquireLock(files.lock, parameters.lockTimeoutMs ?? 30_000, parameters.onWait)
  let anvil: Anvil
  try {
    rmSync(files.nextState, { force: true })
    anvil = await startAnvil({
      port: parameters.port,
      loadState: existsSync(files.state) ? files.state : undefined,
      dumpState: files.nextState,
    })
  } catch (error) {
    releaseLock(files.lock)
    throw error
  }
  const client = createPublicClient({ transport: http(anvil.url) })
  try {
    await restoreClock(client, files.clock)
  } catch (error) {
    await anvil.stop()
    releaseLock(files.lock)
    throw error
  }

  const timer = parameters.clockSaveIntervalMs
    ? setInterval(() => saveClock(client, files.clock).catch(() => {}), parameters.clockSaveIntervalMs).unref()
    : undefined
  let closed = false
  return {
    ...anvil,
    async close() {
      if (closed) return
      closed = true
      clearInterval(timer)
      try {
        // anvil may already be exiting (a Ctrl-C reaches the whole process group); then the clock
        // saved last stands, and the next start never goes below the latest block's time anyway.
        if (anvil.process.exitCode === null) await saveClock(client, files.clock).catch(() => {})
      } finally {
        await anvil.stop()
        // anvil writes the dump on exit; swap it in whole so a crash never leaves half a state.
        if (existsSync(files.nextState)) renameSync(files.nextState, files.state)
        releaseLock(files.lock)
      }
    },
  }
}

/** Records a running node so that other commands use it; returns a function that removes the record. */
export function advertiseNode(home: string, url: string): () => void {
  const file = localChainFiles(home).node
  writeFileSync(file, `${JSON.stringify({ url, pid: process.pid }, null, 2)}\n`)
  return () => rmSync(file, { force: true })
}

type Clock = { offset: number }

async function restoreClock(client: PublicClient, file: string): Promise<void> {
  const saved: Clock = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { offset: 0 }
  const latest = await client.getBlock({ blockTag: 'latest' })
  const now = Math.floor(Date.now() / 1000)
  // The saved offset, and never less than what keeps the next block after the latest one.
  const offset = Math.max(saved.offset, Number(latest.timestamp) - now)
  if (offset > 0) await devRpc(client)({ method: 'evm_increaseTime', params: [offset] })
}

async function saveClock(client: PublicClient, file: string): Promise<void> {
  // anvil stamps its pending block with the wall clock plus the offset it keeps in memory.
  const pending = await client.getBlock({ blockTag: 'pending' })
  const offset = Math.max(0, Number(pending.timestamp) - Math.floor(Date.now() / 1000))
  writeFileSync(file, `${JSON.stringify({ offset } satisfies Clock)}\n`)
}

async function findRunningNode(file: string): Promise<string | undefined> {
  if (!existsSync(file)) return undefined
  const { url, pid } = JSON.parse(readFileSync(file, 'utf8')) as { url: string; pid: number }
  if (isAlive(pid)) {
    try {
      await createPublicClient({ transport: http(url, { retryCount: 0, timeout: 2_000 }) }).getChainId()
      return url
    } catch {
      // A live pid that does not answer is not our node (pid reuse); fall through and clean up.
    }
  }
  rmSync(file, { force: true })
  return undefined
}

async function acquireLock(file: string, timeoutMs: number, onWait?: (holder: number) => void): Promise<void> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' })
      return
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
    const holder = Number(readFileSync(file, 'utf8'))
    // An empty file is a lock being written right now; only a dead pid makes it stale.
    if (holder > 0 && !isAlive(holder)) {
      rmSync(file, { force: true })
      continue
    }
    if (Date.now() > deadline) {
      throw new LocalChainError(`the local chain is busy: process ${holder} holds ${file}`)
    }
    onWait?.(holder)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

function releaseLock(file: string): void {
  if (existsSync(file) && readFileSync(file, 'utf8') === String(process.pid)) rmSync(file, { force: true })
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

export type AdvanceTimeParameters = { seconds: bigint }
export type AdvanceTimeReturnType = { timestamp: bigint; blockNumber: bigint }

/**
 * Moves a development chain's clock forward and mines a block at the new time, so that the next
 * reads and transactions see it. Only chains that answer `evm_increaseTime` (anvil) allow this.
 */
export async function advanceTime(client: Client, { seconds }: AdvanceTimeParameters): Promise<AdvanceTimeReturnType> {
  if (seconds <= 0n) throw new LocalChainError('time can only move forward: give a positive duration')
  try {
    await devRpc(client)({ method: 'evm_increaseTime', params: [Number(seconds)] })
    await devRpc(client)({ method: 'evm_mine', params: [] })
  } catch (error) {
    throw new LocalChainError('this chain does not let its clock be moved (evm_increaseTime): time advance works on the local chain only', {
      cause: error,
    })
  }
  const block = await getBlock(client, { blockTag: 'latest' })
  return { timestamp: block.timestamp, blockNumber: block.number }
}

/** anvil's default mnemonic: its accounts are funded on every fresh local chain. */
export const devMnemonic = 'test test test test test test test test test test test junk'

/** The private key of anvil's funded dev account `index` (0 signs local commands by default). */
export function devPrivateKey(index = 0): Hex {
  // BIP-39 seed with node:crypto's native PBKDF2 (2,048 rounds of HMAC-SHA512): the same seed
  // viem's mnemonicToAccount derives in JavaScript, at a fraction of every local command's start-up.
  const seed = pbkdf2Sync(devMnemonic.normalize('NFKD'), 'mnemonic', 2048, 64, 'sha512')
  const key = HDKey.fromMasterSeed(seed).derive(`m/44'/60'/0'/0/${index}`).privateKey
  if (!key) throw new LocalChainError('cannot derive the dev key')
  return toHex(key)
}
