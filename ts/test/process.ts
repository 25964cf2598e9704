// Long-running CLI commands (serve, watch) as subprocesses: read their output as it comes, stop them
// with a signal. Test code only.
import { type ChildProcess, spawn } from 'node:child_process'
import { join } from 'node:path'
import { repositoryRoot } from '../lib/repository'

export type RunningCli = {
  child: ChildProcess
  stdout: () => string
  stderr: () => string
  /** Resolves once stdout satisfies `ready` (polling), rejects if the process exits first or time runs out. */
  waitFor: (ready: (stdout: string) => boolean, timeoutMs?: number) => Promise<void>
  /** Sends SIGINT and resolves with the exit code. */
  interrupt: () => Promise<number | null>
  /** Resolves with the exit code when the process ends by itself. */
  exit: () => Promise<number | null>
}

export function startCli(argv: string[], { cwd, env = {} }: { cwd: string; env?: Record<string, string> }): RunningCli {
  const child = spawn(process.execPath, [join(repositoryRoot, 'bin/appauth.mjs'), ...argv], {
    cwd,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
  })
  let out = ''
  let err = ''
  child.stdout!.on('data', (chunk) => (out += chunk))
  child.stderr!.on('data', (chunk) => (err += chunk))
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    async waitFor(ready, timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs
      while (!ready(out)) {
        if (child.exitCode !== null) throw new Error(`appauth exited with ${child.exitCode}: ${err || out}`)
        if (Date.now() > deadline) throw new Error(`timed out waiting for appauth output; stdout: ${out}; stderr: ${err}`)
        await new Promise((resolve) => setTimeout(resolve, 25))
      }
    },
    exit: () => exited,
    async interrupt() {
      if (child.exitCode === null) child.kill('SIGINT')
      return exited
    },
  }
}
