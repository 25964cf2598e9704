import type { Address } from 'viem'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { changeIdOf } from '../lib/contracts'
import { activity, deployBaseline, deployTimelock, hex32, startTestChain, type TestChain } from '../test/chain'
import { runCli } from '../test/cli'

describe('appauth propose', () => {
  let chain: TestChain
  let timelock: Address
  let baseline: Address
  const cli = (...argv: string[]) => runCli([...chain.rpcArgs, ...argv], { cwd: chain.dir })

  beforeAll(async () => {
    chain = await startTestChain()
    timelock = await deployTimelock(chain.client, { notice: 7n * 86_400n })
    baseline = await deployBaseline(chain.client)
  })
  afterAll(() => chain?.stop())

  it('announces a compose hash on a timelock, with its window', async () => {
    const { code, json, stderr } = await cli('--json', 'propose', timelock, hex32('a2'), '--uri', 'git+https://example.org/app#v2')
    expect(stderr).toBe('')
    expect(code).toBe(0)
    const result = json()
    expect(result).toMatchObject({ app: timelock, mode: 'proposed', change: { id: changeIdOf('ComposeHash', hex32('a2')), kind: 'ComposeHash', value: hex32('a2'), uri: 'git+https://example.org/app#v2' } })
    expect(result.change.activatesAt).toBeGreaterThan(0)
    expect(result.change.expiresAt - result.change.activatesAt).toBe(86_400)
    expect(result.transactionHash).toMatch(/^0x[0-9a-f]{64}$/)
  })

  it('prints the activation time for people', async () => {
    const { code, stdout } = await cli('propose', timelock, hex32('a3'))
    expect(code).toBe(0)
    expect(stdout).toContain(`proposed compose hash ${hex32('a3')}`)
    expect(stdout).toMatch(/activatable +\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC \(in (7d|6d 23h)\)/)
  })

  it('adds at once on a baseline, and says so', async () => {
    const { code, json } = await cli('--json', 'propose', baseline, hex32('b2'))
    expect(code).toBe(0)
    expect(json()).toMatchObject({ app: baseline, mode: 'added' })
    expect(json().change).toBeUndefined()
  })

  it('names the custom error and sends nothing when the hash is already pending', async () => {
    const before = await activity(chain.client)
    const { code, stderr, stdout } = await cli('propose', timelock, hex32('a2'))
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toMatch(new RegExp(`^error: proposeComposeHash would revert: AppAuthChangeAlreadyPending\\(id ${changeIdOf('ComposeHash', hex32('a2'))}, activatesAt \\d{4}-.* UTC \\(in (7d|6d 23h)\\)\\)\\n$`))
    expect(await activity(chain.client)).toEqual(before)
  })

  it('refuses a caller that is not the owner, naming the caller and the owner', async () => {
    const other = await chain.clientFor(3)
    const before = await activity(chain.client, other.account!.address)
    const { code, stderr } = await runCli(['--rpc', chain.url, '--private-key', (await import('../lib/local-chain')).devPrivateKey(3), 'propose', timelock, hex32('a4')], { cwd: chain.dir })
    expect(code).toBe(2)
    expect(stderr).toBe(
      `error: ${other.account!.address} is not the owner of ${timelock}: its owner is account ${chain.address} with no code: one key, or a contract not deployed yet; sign with the owner's key (--private-key) (AppAuthUnauthorized(caller ${other.account!.address}))\n`,
    )
    expect(await activity(chain.client, other.account!.address)).toEqual(before)
  })
})
