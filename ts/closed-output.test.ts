// Nothing lost when nobody reads the output: every state-changing command, run on the embedded local
// chain with stdout and stderr closed (`appauth … | head` after head exits, a closed terminal), still
// exits 0, saves the local chain (the next command sees the change) and leaves no anvil behind.
import { execFileSync, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { devPrivateKey } from './lib/local-chain'
import { repositoryRoot } from './lib/repository'
import { runCli } from './test/cli'

const bin = join(repositoryRoot, 'bin/appauth.mjs')
const hash = (byte: string) => `0x${byte.repeat(32)}`

/** Processes whose command line names `home` (anvil runs with --dump-state <home>/…). */
function processesUsing(home: string): string[] {
  return execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line.includes(home) && !line.includes(' ps '))
}

describe('output nobody reads', () => {
  const home = mkdtempSync(join(tmpdir(), 'appauth-closed-'))
  afterAll(() => rmSync(home, { recursive: true, force: true }))
  const env = { APPAUTH_HOME: home }

  /** Runs `appauth <argv>` with stdout and stderr closed before it writes (optionally hung up mid-run). */
  function runClosed(argv: string[], { hangUp = false } = {}): Promise<number | null> {
    const child = spawn(process.execPath, [bin, ...argv], { cwd: home, env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
    child.stdout.destroy()
    child.stderr.destroy()
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code, signal) => resolve(code ?? (signal ? -1 : null))))
    if (hangUp) {
      // The terminal goes away while the command works: once it has started anvil.
      const timer = setInterval(() => {
        if (processesUsing(home).some((line) => line.includes('anvil'))) {
          clearInterval(timer)
          child.kill('SIGHUP')
        }
      }, 20)
      void exited.then(() => clearInterval(timer))
    }
    return exited
  }

  const json = async (argv: string[]) => {
    const result = await runCli(['--json', ...argv], { cwd: home, env })
    expect(result.stderr).toBe('')
    return result.json()
  }

  it('keeps every change, the exit code 0 and no anvil running', async () => {
    const sequence: [string[], { hangUp?: boolean }?][] = [
      [['kms', 'deploy']],
      [['kms', 'allow-os', hash('05')]],
      [['deploy', 'timelock', '--name', 'app', '--notice', '1d', '--compose-hash', hash('a1')]],
      [['kms', 'register', 'app']],
      [['propose', 'app', hash('a2')]],
      [['propose', 'app', hash('a3')], { hangUp: true }],
      [['cancel', 'app', hash('a3')]],
      [['deploy', 'optout', 'app', '--name', 'app-optout']],
      [['--private-key', devPrivateKey(1), 'opt-out', 'app-optout', hash('a2')]],
      [['time', 'advance', '1d']],
      [['activate', 'app', hash('a2')]],
      [['remove', 'app', hash('a1')]],
      [['device', 'add', 'app', hash('d1')]],
      [['propose', 'app', hash('a4')]],
    ]
    for (const [argv, options] of sequence) {
      expect({ argv, code: await runClosed(argv, options) }).toEqual({ argv, code: 0 })
      expect(processesUsing(home)).toEqual([])
    }

    const status = await json(['status', 'app'])
    expect(status.composeHashes.map((item: { value: string }) => item.value)).toEqual([hash('a2')])
    expect(status.pending.map((item: { value: string }) => item.value).sort()).toEqual([hash('d1'), hash('a4')].sort())
    expect(processesUsing(home)).toEqual([])

    // A command that runs until stopped stops once nobody reads it (`appauth watch … | head`), as on Ctrl-C.
    expect(await runClosed(['watch', 'app', '--from-block', '0'])).toBe(0)
    expect(processesUsing(home)).toEqual([])
  }, 180_000)
})
