import { join } from 'node:path'
import type { Command } from 'commander'
import type { Address } from 'viem'
import type * as Chains from '../lib/chains'
import type { AppAuthClient } from '../lib/client'
import type { DeploymentRecord } from '../lib/deployments'
import { InvalidInputError, MissingKeyError } from '../lib/errors'
import type { TransactionOptions } from '../lib/transactions'
import { Spinner, type Stream, toJson } from './output'

export { exitCodes } from './exit-codes'

/** What the CLI reads and writes: the process's, or a test's. */
export type Io = {
  stdout: Stream
  stderr: Stream
  env: Record<string, string | undefined>
  cwd: string
  /** Stop cleanly on SIGINT/SIGTERM (save the local chain, exit 130); only for the real process. */
  handleSignals?: boolean | undefined
}

/** Options every command accepts (declared on the program in ts/cli.ts). */
export type GlobalOptions = {
  rpc?: string | undefined
  chain?: string | undefined
  privateKey?: string | undefined
  home?: string | undefined
  deployments?: string | undefined
  confirmations: number
  json: boolean
}

/** A connection to the chain a command works on, with its deployment records. */
export type Session = {
  client: AppAuthClient
  /** The JSON-RPC endpoint the client talks to (the auth server sends its own batches there). */
  url: string
  chainId: number
  /** True on the embedded chain (or a running `appauth node`). */
  local: boolean
  deploymentsDir: string
  /** An address as is, or a deployment name on this chain. */
  resolve: (nameOrAddress: string) => { address: Address; name?: string | undefined; record?: DeploymentRecord | undefined }
  /** `name (0x…)` when the address has a deployment name here, else the address. */
  label: (address: Address) => string
  record: (name: string, record: DeploymentRecord) => void
  /**
   * Where to start reading a contract's events: its recorded deployment block; on the local chain
   * without a record, block 0 (a chain restored from its saved state serves no historical state to
   * find the block by, and is short enough to read whole); elsewhere undefined (found by bisection).
   */
  deploymentBlock: (record: DeploymentRecord | undefined) => bigint | undefined
}

/**
 * One CLI run: the streams, the exit code, and the resources (the embedded chain) to release at the
 * end. Commands get it to open a session, report progress and print.
 */
export class Cli {
  exitCode = 0
  private readonly closers: (() => Promise<void>)[] = []
  private activeSpinner: Spinner | undefined
  private interruptHandler: (() => void) | undefined
  private onLocalChain = false

  constructor(readonly io: Io) {}

  options(command: Command): GlobalOptions {
    return command.optsWithGlobals() as GlobalOptions
  }

  /**
   * Connects to the chain the options name: `--rpc` (checked against `--chain`) or the embedded
   * local chain. With `signer`, a key must be at hand (checked before any connection is made).
   */
  async session(command: Command, { signer }: { signer: boolean }): Promise<Session> {
    // Loaded here, not at the top: commands that never touch a chain (compose-hash) start without viem.
    const { localChain, resolveChain, devPrivateKey, localChainFiles, openLocalChain } = await chainModules()
    const options = this.options(command)
    const env = this.io.env
    let url: string
    let local: boolean
    let privateKey: string | undefined
    let deploymentsDir: string
    const chain = options.chain === undefined ? undefined : await resolveChain(options.chain)
    if (options.rpc) {
      privateKey = options.privateKey ?? env.PRIVATE_KEY
      if (signer && privateKey === undefined) throw new MissingKeyError()
      url = options.rpc
      local = false
      deploymentsDir = options.deployments ?? join(this.io.cwd, 'deployments')
    } else {
      if (chain && chain.id !== localChain.id) {
        throw new InvalidInputError(`--chain ${options.chain} needs --rpc <url>: without it commands run on the local chain`)
      }
      // The local chain signs with anvil's funded dev key unless told otherwise; PRIVATE_KEY is
      // meant for real chains and is not used here.
      // A read-only command needs no key (deriving one costs a good part of its start-up).
      privateKey = options.privateKey ?? (signer ? devPrivateKey(0) : undefined)
      const home = this.home(command)
      const spinner = this.spinner(command)
      const chainHandle = await openLocalChain({ home, onWait: (pid) => spinner.update(`waiting for process ${pid}, which is using the local chain`) })
      spinner.stop()
      this.closers.push(chainHandle.close)
      url = chainHandle.url
      local = true
      this.onLocalChain = true
      deploymentsDir = options.deployments ?? localChainFiles(home).deployments
    }
    return this.connectSession({ url, local, chain, privateKey, deploymentsDir })
  }

  /**
   * A read-only session on the local chain that does not take its lock (see
   * {@link openLocalChainSnapshot}); undefined with --rpc. Close it when done; a command that
   * follows the chain opens one per read, so other commands keep working in between.
   */
  async localSnapshot(command: Command): Promise<(Session & { close: () => Promise<void> }) | undefined> {
    const options = this.options(command)
    if (options.rpc) return undefined
    const { localChain, resolveChain, localChainFiles, openLocalChainSnapshot } = await chainModules()
    if (options.chain !== undefined && (await resolveChain(options.chain)).id !== localChain.id) {
      throw new InvalidInputError(`--chain ${options.chain} needs --rpc <url>: without it commands run on the local chain`)
    }
    const home = this.home(command)
    const snapshot = await openLocalChainSnapshot({ home })
    try {
      const session = await this.connectSession({
        url: snapshot.url,
        local: true,
        chain: localChain,
        privateKey: undefined,
        deploymentsDir: options.deployments ?? localChainFiles(home).deployments,
      })
      return { ...session, close: snapshot.close }
    } catch (error) {
      await snapshot.close()
      throw error
    }
  }

  private async connectSession({
    url,
    local,
    chain,
    privateKey,
    deploymentsDir,
  }: { url: string; local: boolean; chain: Awaited<ReturnType<typeof Chains.resolveChain>> | undefined; privateKey: string | undefined; deploymentsDir: string }): Promise<Session> {
    const { connect, localChain, deploymentName, resolveContract, writeDeployment } = await chainModules()
    // A read-only session batches the reads it makes at once (the audit behind `status` makes dozens).
    const client = await connect({ url, chain: local ? localChain : chain, privateKey, pollingInterval: local ? 50 : 1_000, batch: privateKey === undefined })
    const chainId = client.chain.id
    return {
      client,
      url,
      chainId,
      local,
      deploymentsDir,
      resolve: (nameOrAddress) => resolveContract(deploymentsDir, chainId, nameOrAddress),
      label: (address) => {
        const name = deploymentName(deploymentsDir, chainId, address)
        return name ? `${name} (${address})` : address
      },
      record: (name, record) => writeDeployment(deploymentsDir, chainId, name, record),
      deploymentBlock: (record) => (record ? BigInt(record.blockNumber) : local ? 0n : undefined),
    }
  }

  /** The local data folder: --home, $APPAUTH_HOME, or .appauth/ in the working directory. */
  home(command: Command): string {
    return this.options(command).home ?? this.io.env.APPAUTH_HOME ?? join(this.io.cwd, '.appauth')
  }

  /** The run's spinner (one line on stderr); printing a result clears it. */
  spinner(command: Command): Spinner {
    this.activeSpinner ??= new Spinner(this.io.stderr, Boolean(this.io.stderr.isTTY) && !this.options(command).json)
    return this.activeSpinner
  }

  /** Transaction options with progress on the spinner: what is being done, then the hash while waiting. */
  transaction(command: Command, what: string): TransactionOptions {
    const spinner = this.spinner(command)
    return {
      // The local chain mines a block per transaction and none in between: a second confirmation never comes.
      confirmations: this.onLocalChain ? 1 : this.options(command).confirmations,
      onProgress: (progress) => {
        if (progress.stage === 'simulating') spinner.update(`simulating ${what}`)
        else if (progress.stage === 'sending') spinner.update(`sending ${what}`)
        else spinner.update(`${what}: waiting for ${progress.hash} (${progress.confirmations} confirmation${progress.confirmations === 1 ? '' : 's'})`)
      },
    }
  }

  /** Prints a result: `json` under --json, otherwise the lines for people. */
  print(command: Command, json: unknown, human: string | (() => string)): void {
    this.activeSpinner?.stop()
    if (this.options(command).json) this.io.stdout.write(`${toJson(json)}\n`)
    else this.io.stdout.write(`${typeof human === 'function' ? human() : human}\n`)
  }

  /** Lets a long-running command (appauth node) handle Ctrl-C itself. */
  onInterrupt(handler: () => void): void {
    this.interruptHandler = handler
  }

  /** Called on SIGINT/SIGTERM; true when a command took care of it. */
  interrupt(): boolean {
    this.interruptHandler?.()
    return this.interruptHandler !== undefined
  }

  /** Releases what the run opened (saves and stops the embedded chain). */
  async close(): Promise<void> {
    this.activeSpinner?.stop()
    for (const close of this.closers.splice(0).reverse()) await close()
  }
}

/**
 * The chain code a session needs, loaded on first use rather than at the top: commands that never
 * touch a chain (compose-hash, --help) start without viem.
 */
async function chainModules() {
  const [chains, client, deployments, localChain] = await Promise.all([
    import('../lib/chains'),
    import('../lib/client'),
    import('../lib/deployments'),
    import('../lib/local-chain'),
  ])
  return { ...chains, ...client, ...deployments, ...localChain }
}
