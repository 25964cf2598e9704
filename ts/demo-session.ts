// What the demos share: a throwaway embedded chain, numbered steps, and `appauth` commands run exactly
// as typed (in this process, to keep a demo quick), each shown with its output and its exit code checked.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { run } from './cli'
import type { Stream } from './runtime/output'

export type DemoSession = {
  /** The data folder (APPAUTH_HOME and working directory of every command). */
  home: string
  say: (text?: string) => void
  /** Starts the next numbered step. */
  heading: (text: string) => void
  /** Runs one command as typed, shows it and its output, and returns its output once its exit code is `expectedCode`. */
  appauth: (argv: string[], expectedCode?: number) => Promise<string>
  /** An error that names the current step. */
  failure: (text: string) => Error
  /** Says how the demo ended and removes the data folder unless `keep`. */
  end: (error: unknown, keep: boolean) => number
}

export function demoSession(prefix: string, out: Stream): DemoSession {
  const home = mkdtempSync(join(tmpdir(), prefix))
  const say = (text = '') => out.write(`${text}\n`)
  let step = 0
  const failure = (text: string) => new Error(`step ${step}: ${text}`)
  return {
    home,
    say,
    heading: (text) => say(`\n${++step}. ${text}`),
    failure,
    async appauth(argv, expectedCode = 0) {
      say(`$ appauth ${argv.join(' ')}`)
      let stdout = ''
      const tee: Stream = { write: (text: string) => ((stdout += text), out.write(text)) }
      const code = await run(argv, { stdout: tee, stderr: out, env: { APPAUTH_HOME: home }, cwd: home })
      if (code !== expectedCode) throw failure(`\`appauth ${argv.join(' ')}\` exited ${code}, expected ${expectedCode}`)
      return stdout.trim()
    },
    end(error, keep) {
      say(error === undefined ? '\ndemo complete' : `\ndemo failed: ${error instanceof Error ? error.message : String(error)}`)
      if (keep) say(`kept the local chain in ${home}`)
      else rmSync(home, { recursive: true, force: true })
      return error === undefined ? 0 : 1
    },
  }
}
