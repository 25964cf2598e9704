import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { LocalChainError } from './errors'
import { repositoryRoot } from './repository'

export type StartAnvilParameters = {
  /** Port to listen on; 0 (the default) lets the system pick a free one. */
  port?: number | undefined
  /** Load the chain from this state file at start (it must exist). */
  loadState?: string | undefined
  /** Dump the chain to this file when stopped. */
  dumpState?: string | undefined
  /** Extra anvil arguments. */
  args?: readonly string[] | undefined
}

export type Anvil = {
  url: string
  port: number
  process: ChildProcess
  /** Stops anvil and waits for it to exit (after writing `dumpState`, if asked for). */
  stop: () => Promise<void>
}

/**
 * The anvil binary npm installs (@foundry-rs/anvil-linux-amd64, an optional dependency), resolved the
 * way Node resolves packages, so it is found both in a clone and where this package is installed as a
 * dependency (hoisted to the consumer's node_modules); else one on PATH. npm does not put it on PATH
 * itself: run it as `npx anvil`.
 */
export function anvilBinary(): string {
  try {
    const manifest = createRequire(join(repositoryRoot, 'package.json')).resolve('@foundry-rs/anvil-linux-amd64/package.json')
    const binary = join(dirname(manifest), 'bin/anvil')
    if (existsSync(binary)) return binary
  } catch {
    // not installed here (another platform, or --omit=optional): fall back to PATH
  }
  return 'anvil'
}

/**
 * Starts anvil and resolves once it listens. With port 0 anvil picks a free port itself and prints
 * it, so parallel test files never race for one.
 */
export async function startAnvil(parameters: StartAnvilParameters = {}): Promise<Anvil> {
  const args = ['--port', String(parameters.port ?? 0)]
  if (parameters.loadState) args.push('--load-state', parameters.loadState)
  if (parameters.dumpState) args.push('--dump-state', parameters.dumpState)
  args.push(...(parameters.args ?? []))

  const child = spawn(anvilBinary(), args, { stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))

  const listening = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const match = /Listening on (\S+)/.exec(output)
      if (match) {
        // Keep draining anvil's request log so its pipe never fills and blocks it.
        child.stdout!.off('data', onData)
        child.stdout!.resume()
        resolve(match[1]!)
      }
    }
    child.stdout!.on('data', onData)
    child.stderr!.on('data', (chunk: Buffer) => {
      output += chunk.toString()
    })
    child.once('error', (error) =>
      reject(new LocalChainError('cannot start anvil: run `npm ci` (it installs anvil) or install Foundry', { cause: error })),
    )
    child.once('exit', (code) =>
      reject(new LocalChainError(`anvil exited with code ${code} before listening`, { details: output.trim() })),
    )
  })

  const port = Number(listening.split(':').at(-1))
  return {
    url: `http://${listening}`,
    port,
    process: child,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
      await exited
    },
  }
}
