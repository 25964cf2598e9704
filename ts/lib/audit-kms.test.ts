import type { Address } from 'viem'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { deployArtifact } from '../test/actions'
import { forgeArtifact } from '../test/artifacts'
import { deployBaseline, deployKms, deployTimelock, policy, startTestChain, type TestChain } from '../test/chain'
import { runCli } from '../test/cli'
import { auditKms } from './audit-kms'
import { connect } from './client'
import { registerApp } from './kms'

describe('audit --kms', { timeout: 180_000 }, () => {
  let chain: TestChain
  let kms: Address
  const apps: Record<string, Address> = {}
  const cli = (...argv: string[]) => runCli([...chain.rpcArgs, ...argv], { cwd: chain.dir })

  beforeAll(async () => {
    chain = await startTestChain()
    kms = await deployKms(chain.client)
    apps.timelock = await deployTimelock(chain.client, { notice: 7n * 86_400n })
    apps.baseline = await deployBaseline(chain.client)
    apps.lookAlike = await deployArtifact(chain.client, forgeArtifact('test/identity/LookAlikeAppAuths.sol', 'TimelockWithMagicHash'), [chain.address, 7n * 86_400n, 7n * 86_400n, 86_400n, policy()], 'TimelockWithMagicHash')
    apps.shortNotice = await deployTimelock(chain.client, { notice: 3_600n })
    for (const app of Object.values(apps)) await registerApp(chain.client, { kms, app })
    // An account registered as an app: listed at Stage 0 with the reason, not skipped.
    apps.account = '0x00000000000000000000000000000000000000e1'
    await registerApp(chain.client, { kms, app: apps.account })
  })
  afterAll(() => chain?.stop())

  it('rates every registered app, worst first, with batched reads', async () => {
    const client = await connect({ url: chain.url, batch: true })
    const result = await auditKms(client, { kms })
    expect(result.apps).toHaveLength(5)
    expect(result.apps.map((app) => app.stage)).toEqual([0, 0, 0, 0, 1])
    expect(result.apps[0]).toMatchObject({ address: apps.account, stage: 0, error: expect.stringContaining('is not an AppAuth') })
    expect(result.apps[1]).toMatchObject({ address: apps.lookAlike, build: null, worst: { id: 'UNKNOWN_CODE', severity: 'unknown' } })
    expect(result.apps.at(-1)).toMatchObject({ address: apps.timelock, stage: 1, build: expect.stringMatching(/^TimelockAppAuth @ /), notice: 7n * 86_400n, worst: { severity: 'centralized' } })
    expect(new Set(result.apps.slice(2, 4).map((app) => app.address))).toEqual(new Set([apps.baseline, apps.shortNotice]))
  })

  it('prints one line per app, or JSON, and refuses an app together with --kms', async () => {
    const { code, stdout } = await cli('audit', '--kms', kms)
    expect(code).toBe(0)
    const lines = stdout.trim().split('\n')
    expect(lines[0]).toMatch(new RegExp(`^${kms}: 5 registered apps \\(4 at Stage 0, 1 at Stage 1, 0 at Stage 2, 0 at Stage 3\\), read at block \\d+$`))
    expect(lines[2]).toMatch(/^app +stage +build +controller +notice +worst finding$/)
    expect(lines[4]).toMatch(new RegExp(`^${apps.lookAlike} +Stage 0 +unknown code +account 0x\\w+ with no code: one key, or a contract not deployed yet +7d +UNKNOWN UNKNOWN_CODE$`))
    expect(lines).toHaveLength(8)
    const { json } = await cli('--json', 'audit', '--kms', kms)
    expect(json().apps.map((app: { address: string }) => app.address)[1]).toBe(apps.lookAlike!)
    expect((await cli('audit', apps.timelock!, '--kms', kms)).stderr).toBe('error: give either an app to audit or --kms <kms>, not both\n')
    expect((await cli('audit', '--kms', kms, '--require-stage', '1')).code).toBe(1)
    expect((await cli('audit', '--kms', kms, '--concurrency', '0')).stderr).toBe('error: --concurrency must be at least 1, got "0"\n')
  })

  it('tells the user to use --kms when given a LocalKms as the app', async () => {
    const { code, stderr } = await cli('audit', kms)
    expect(code).toBe(2)
    expect(stderr).toContain(`rate its apps with \`appauth audit --kms ${kms}\``)
  })
})
