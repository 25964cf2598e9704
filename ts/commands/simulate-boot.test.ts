import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Address, Hex } from 'viem'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { allowOsImage, registerApp } from '../lib/kms'
import { proposeComposeHash } from '../lib/manage'
import { deployKms, deployTimelock, policy, startTestChain, type TestChain } from '../test/chain'
import { runCli, runCliProcess } from '../test/cli'
import { fixture } from '../test/fixtures'

describe('appauth simulate-boot', () => {
  let chain: TestChain
  let kms: Address
  let app: Address
  const tdx = fixture('bootinfo-tdx.json').json
  const hex = (field: string) => `0x${tdx[field]}` as Hex
  const cli = (...argv: string[]) => runCli([...chain.rpcArgs, ...argv], { cwd: chain.dir })
  /** A fixture with its appId pointed at our app, written to a file. */
  const bootInfoFile = (name: string, overrides: Record<string, unknown> = {}) => {
    const path = join(chain.dir, `${name}-${Object.keys(overrides).join('-')}.json`)
    writeFileSync(path, JSON.stringify({ ...fixture(name).json, appId: app.slice(2).toLowerCase(), ...overrides }))
    return path
  }

  beforeAll(async () => {
    chain = await startTestChain()
    kms = await deployKms(chain.client)
    // The app allows the fixtures' compose hash on the TDX fixture's device, with an up-to-date TCB.
    app = await deployTimelock(chain.client, { policy: policy({ composeHashes: [hex('composeHash')], deviceIds: [hex('deviceId')] }) })
    await registerApp(chain.client, { kms, app })
    await allowOsImage(chain.client, { kms, osImageHash: hex('osImageHash') })
  })
  afterAll(() => chain?.stop())

  it('allows the TDX fixture (KMS JSON: no 0x, teeVariant and keyProviderInfo ignored)', async () => {
    const { code, json } = await cli('--json', 'simulate-boot', '--boot-info', bootInfoFile('bootinfo-tdx.json'), '--kms', kms)
    expect(json()).toEqual({ isAllowed: true, reason: '' })
    expect(code).toBe(0)
  })

  it('accepts the same fields with 0x and with short hex, left-padded', async () => {
    const withPrefix = bootInfoFile('bootinfo-tdx.json', { composeHash: hex('composeHash'), mrSystem: `0x${tdx.mrSystem}` })
    expect((await cli('--json', 'simulate-boot', '--boot-info', withPrefix, '--kms', kms)).json()).toEqual({ isAllowed: true, reason: '' })
    // A short device id is a different (left-padded) id, so the device check now fails.
    const short = bootInfoFile('bootinfo-tdx.json', { deviceId: 'd1' })
    expect((await cli('--json', 'simulate-boot', '--boot-info', short, '--kms', kms)).json()).toEqual({ isAllowed: false, reason: 'Device not allowed' })
  })

  it("denies the out-of-date SEV-SNP fixture with dstack's reason, exit 1", async () => {
    const { code, json } = await cli('--json', 'simulate-boot', '--boot-info', bootInfoFile('bootinfo-snp-outofdate.json'), '--kms', kms)
    expect(json()).toEqual({ isAllowed: false, reason: 'TCB status is not up to date' })
    expect(code).toBe(1)
  })

  it('carries advisories through and still allows an up-to-date boot', async () => {
    const file = bootInfoFile('bootinfo-tdx-advisories.json', { tcbStatus: 'UpToDate' })
    expect((await cli('--json', 'simulate-boot', '--boot-info', file, '--kms', kms)).json()).toEqual({ isAllowed: true, reason: '' })
  })

  it('reads the Nitro fixture: empty instanceId and empty TCB status', async () => {
    const raw = bootInfoFile('bootinfo-nitro-enclave.json')
    expect((await cli('--json', 'simulate-boot', '--boot-info', raw, '--kms', kms)).json()).toEqual({ isAllowed: false, reason: 'TCB status is not up to date' })
    const upToDate = bootInfoFile('bootinfo-nitro-enclave.json', { tcbStatus: 'UpToDate' })
    expect((await cli('--json', 'simulate-boot', '--boot-info', upToDate, '--kms', kms)).json()).toEqual({ isAllowed: true, reason: '' })
  })

  it('reports the KMS reasons for an unregistered app and a disallowed OS image', async () => {
    const other = await deployTimelock(chain.client)
    const unregistered = bootInfoFile('bootinfo-tdx.json', { appId: other })
    expect((await cli('--json', 'simulate-boot', '--boot-info', unregistered, '--kms', kms)).json()).toEqual({ isAllowed: false, reason: 'App not registered' })
    const badOs = bootInfoFile('bootinfo-tdx.json', { osImageHash: '01' })
    expect((await cli('--json', 'simulate-boot', '--boot-info', badOs, '--kms', kms)).json()).toEqual({ isAllowed: false, reason: 'OS image is not allowed' })
  })

  it('builds the boot info from flags, and shows the countdown of an announced hash', async () => {
    const next = `0x${'a2'.repeat(32)}` as Hex
    await proposeComposeHash(chain.client, { address: app, composeHash: next })
    const flags = ['--app', app, '--device', hex('deviceId'), '--os-image', hex('osImageHash'), '--kms', kms]
    const allowed = await cli('simulate-boot', '--compose-hash', hex('composeHash'), ...flags)
    expect(allowed.code).toBe(0)
    expect(allowed.stdout).toBe(`allowed: ${kms} would release the keys of ${app} to this boot\n`)
    const denied = await cli('simulate-boot', '--compose-hash', next, ...flags)
    expect(denied.code).toBe(1)
    expect(denied.stdout).toMatch(new RegExp(`^denied: Compose hash not allowed\\n  compose hash ${next} is announced: activatable .* UTC \\(in (1h|59m \\d+s)\\)\\n$`))
  })

  it('names the missing flag without a boot info file, instead of judging an empty OS image', async () => {
    const before = await cli('simulate-boot', '--app', app, '--compose-hash', hex('composeHash'), '--kms', kms)
    expect(before.code).toBe(2)
    expect(before.stdout).toBe('')
    expect(before.stderr).toBe(
      'error: give --boot-info <file>, or the boot\'s fields: missing --os-image <hex> (the OS image hash the KMS checks first), --device <hex> (any id when the app allows any device)\n',
    )
    const noDevice = await cli('simulate-boot', '--app', app, '--compose-hash', hex('composeHash'), '--os-image', hex('osImageHash'), '--kms', kms)
    expect(noDevice.stderr).toMatch(/missing --device <hex>/)
    expect(noDevice.stderr).not.toMatch(/--os-image/)
  })

  it('lets flags override the JSON', async () => {
    const { json } = await cli('--json', 'simulate-boot', '--boot-info', bootInfoFile('bootinfo-snp-outofdate.json'), '--tcb-status', 'UpToDate', '--kms', kms)
    expect(json()).toEqual({ isAllowed: false, reason: 'Device not allowed' })
  })

  it('rejects malformed boot info before touching the chain', async () => {
    const bad = bootInfoFile('bootinfo-tdx.json', { composeHash: 'zz' })
    expect(await cli('simulate-boot', '--boot-info', bad, '--kms', kms)).toMatchObject({ code: 2, stderr: 'error: composeHash is not hex: "zz"\n' })
    const long = bootInfoFile('bootinfo-tdx.json', { deviceId: 'ab'.repeat(33) })
    expect((await cli('simulate-boot', '--boot-info', long, '--kms', kms)).stderr).toBe('error: deviceId is longer than 32 bytes: 66 hex digits\n')
    const extra = bootInfoFile('bootinfo-tdx.json', { appID: 'x' })
    expect((await cli('simulate-boot', '--boot-info', extra, '--kms', kms)).stderr).toBe('error: boot info has unknown field(s): appID\n')
  })

  it('exits 0 when allowed and 1 when denied as a real process', async () => {
    const args = [...chain.rpcArgs, '--json', 'simulate-boot', '--kms', kms]
    const [allowed, denied] = await Promise.all([
      runCliProcess([...args, '--boot-info', bootInfoFile('bootinfo-tdx.json')], { cwd: chain.dir }),
      runCliProcess([...args, '--boot-info', bootInfoFile('bootinfo-snp-outofdate.json')], { cwd: chain.dir }),
    ])
    expect([allowed.code, JSON.parse(allowed.stdout)]).toEqual([0, { isAllowed: true, reason: '' }])
    expect([denied.code, JSON.parse(denied.stdout)]).toEqual([1, { isAllowed: false, reason: 'TCB status is not up to date' }])
  })
})
