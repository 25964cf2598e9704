// Runs the CLI for tests: in-process (fast, the default) or as a real subprocess (exit codes).
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { run } from '../cli'
import { repositoryRoot } from '../lib/repository'

export type CliResult = {
  code: number
  stdout: string
  stderr: string
  /** stdout parsed as JSON. */
  json: <value = any>() => value
}

export type CliOptions = { env?: Record<string, string | undefined>; cwd: string }

function result(code: number, stdout: string, stderr: string): CliResult {
  return { code, stdout, stderr, json: () => JSON.parse(stdout) }
}

/** `appauth <argv>` in this process, with captured output. */
export async function runCli(argv: string[], { env = {}, cwd }: CliOptions): Promise<CliResult> {
  let stdout = ''
  let stderr = ''
  const code = await run(argv, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    env,
    cwd,
  })
  return result(code, stdout, stderr)
}

const bin = join(repositoryRoot, 'bin/appauth.mjs')

/** `appauth <argv>` as a subprocess through the real bin, for exit codes and signals. */
export function runCliProcess(argv: string[], { env = {}, cwd }: CliOptions): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...argv], { cwd, env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env } })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.once('error', reject)
    child.once('exit', (code) => resolve(result(code ?? -1, stdout, stderr)))
  })
}
