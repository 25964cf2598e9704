import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readDeployments } from '../lib/deployments'
import { localChainFiles } from '../lib/local-chain'
import { buildWeb, webBuilt } from '../lib/web'
import { activity, startTestChain, type TestChain } from '../test/chain'
import { runCli } from '../test/cli'
import { startCli } from '../test/process'

describe('appauth ui', () => {
  let home: string
  let chain: TestChain
  beforeAll(async () => {
    home = mkdtempSync(join(tmpdir(), 'appauth-ui-'))
    chain = await startTestChain()
    // `ui` builds web/dist when it is missing; build it here so the test's time goes to serving.
    if (!webBuilt()) await buildWeb()
  }, 120_000)
  afterAll(async () => {
    rmSync(home, { recursive: true, force: true })
    await chain?.stop()
  })

  it('deploys the example on the embedded chain and serves the app page of it until Ctrl-C', async () => {
    const ui = startCli(['ui', '--example', '--port', '0'], { cwd: home, env: { APPAUTH_HOME: home } })
    try {
      await ui.waitFor((out) => /web app at (\S+)/.test(out), 60_000)
      const url = /web app at (\S+)/.exec(ui.stdout())![1]!
      const records = readDeployments(localChainFiles(home).deployments, 31_337)
      expect(Object.keys(records).sort()).toEqual(['kms', 'myapp', 'myapp-optout'])
      const page = new URL(url)
      expect(page.hash).toMatch(new RegExp(`^#/31337/app/${records.myapp!.address}\\?rpc=http`))
      expect(page.hash).toContain(`registry=${records['myapp-optout']!.address}`)
      const rpc = new URLSearchParams(page.hash.split('?')[1]).get('rpc')!
      // The page's RPC is the embedded chain while ui runs: it answers with the example deployed.
      const code = (await (await fetch(rpc, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'eth_getCode', params: [records.myapp!.address, 'latest'] }) })).json()) as { result: string }
      expect(code.result.length).toBeGreaterThan(2)
      const html = await (await fetch(page.origin)).text()
      expect(html).toContain('<div id="root"></div>')
      const script = /src="\.\/(assets\/[^"]+\.js)"/.exec(html)![1]!
      const asset = await fetch(`${page.origin}/${script}`)
      expect(asset.status).toBe(200)
      expect(asset.headers.get('content-type')).toContain('javascript')
      expect((await fetch(`${page.origin}/assets/..%2F..%2Fpackage.json`)).status).toBe(404)
      expect((await fetch(page.origin, { method: 'POST' })).status).toBe(405)
    } finally {
      expect(await ui.interrupt()).toBe(0)
    }
  }, 90_000)

  it('refuses --example on a chain given by --rpc, sending nothing', async () => {
    const before = await activity(chain.client)
    const result = await runCli([...chain.rpcArgs, 'ui', '--example', '--port', '0'], { cwd: chain.dir })
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('--example deploys on the embedded local chain only')
    expect(await activity(chain.client)).toEqual(before)
  })
})
