import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { getCode } from 'viem/actions'
import { afterAll, describe, expect, it } from 'vitest'
import { connect } from '../lib/client'
import { repositoryRoot } from '../lib/repository'
import { runCli } from '../test/cli'

const bin = join(repositoryRoot, 'bin/appauth.mjs')

describe('appauth node', () => {
  const home = mkdtempSync(join(tmpdir(), 'appauth-node-'))
  afterAll(() => rmSync(home, { recursive: true, force: true }))

  it('serves the local chain to other commands while it runs and saves it on Ctrl-C', async () => {
    const node = spawn(process.execPath, [bin, '--json', 'node', '--port', '0'], { cwd: home, env: { ...process.env, APPAUTH_HOME: home } })
    let stdout = ''
    const exited = new Promise<number | null>((resolve) => node.once('exit', (code) => resolve(code)))
    const ready = await new Promise<{ url: string; chainId: number; home: string; anvil: string }>((resolve, reject) => {
      node.stdout.on('data', (chunk) => {
        stdout += chunk
        try {
          resolve(JSON.parse(stdout))
        } catch {
          // not a whole JSON document yet
        }
      })
      node.once('exit', () => reject(new Error(`node exited before it was ready: ${stdout}`)))
    })
    expect(ready).toMatchObject({ chainId: 31337, home })
    // Where anvil is, since npm puts it in node_modules/.bin and not on PATH.
    expect(ready.anvil).toMatch(/node_modules\/@foundry-rs\/anvil-linux-amd64\/bin\/anvil$/)
    expect(existsSync(join(home, 'node.json'))).toBe(true)

    // A command without --rpc uses the running node rather than starting its own anvil.
    const deployed = await runCli(['--json', 'kms', 'deploy'], { cwd: home, env: { APPAUTH_HOME: home } })
    expect(deployed.code).toBe(0)
    const client = await connect({ url: ready.url })
    expect(await getCode(client, { address: deployed.json().address })).not.toBe('0x')

    node.kill('SIGINT')
    expect(await exited).toBe(0)
    expect(existsSync(join(home, 'node.json'))).toBe(false)
    expect(existsSync(join(home, 'state.json'))).toBe(true)

    // The chain survives the node: the next command starts anvil from the saved state.
    const allowed = await runCli(['--json', 'kms', 'allow-os', `0x${'05'.repeat(32)}`], { cwd: home, env: { APPAUTH_HOME: home } })
    expect(allowed.code).toBe(0)
    expect(allowed.json().kms).toBe(deployed.json().address)
  })
})
