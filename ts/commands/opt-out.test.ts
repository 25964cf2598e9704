import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Address } from 'viem'
import { readContract } from 'viem/actions'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { optOutRegistryAbi } from '../generated/contracts'
import { devPrivateKey } from '../lib/local-chain'
import { changeIdOf } from '../lib/contracts'
import { cancel, proposeComposeHash } from '../lib/manage'
import { activity, deployBaseline, deployTimelock, hex32, startTestChain, type TestChain } from '../test/chain'
import { runCli } from '../test/cli'

describe('appauth deploy optout, opt-out, opt-out relay', () => {
  // Opt-outs name the change id, keccak256(kind, value), not the compose hash.
  const a2 = changeIdOf('ComposeHash', hex32('a2'))
  const a3 = changeIdOf('ComposeHash', hex32('a3'))
  let chain: TestChain
  let app: Address
  let registry: Address
  const cli = (...argv: string[]) => runCli([...chain.rpcArgs, ...argv], { cwd: chain.dir })
  // A user other than the owner: dev account 2.
  const asUser = (...argv: string[]) => runCli(['--rpc', chain.url, '--private-key', devPrivateKey(2), '--deployments', join(chain.dir, 'deployments'), ...argv], { cwd: chain.dir })
  const optedOut = async (user: Address, key: `0x${string}`) => readContract(chain.client, { address: registry, abi: optOutRegistryAbi, functionName: 'isOptedOut', args: [user, key] })

  beforeAll(async () => {
    chain = await startTestChain()
    app = await deployTimelock(chain.client)
    await proposeComposeHash(chain.client, { address: app, composeHash: hex32('a2') })
    await proposeComposeHash(chain.client, { address: app, composeHash: hex32('a3') })
    await proposeComposeHash(chain.client, { address: app, composeHash: hex32('a4') })
    await proposeComposeHash(chain.client, { address: app, composeHash: hex32('a5') })
  })
  afterAll(() => chain?.stop())

  it('deploys a registry for an AppAuth and records it', async () => {
    const { code, json, stderr } = await cli('--json', 'deploy', 'optout', app)
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(json()).toMatchObject({ name: 'optout', chainId: 31337, app })
    registry = json().address
    expect(await readContract(chain.client, { address: registry, abi: optOutRegistryAbi, functionName: 'appAuth' })).toBe(app)
    const records = JSON.parse(readFileSync(join(chain.dir, 'deployments/31337.json'), 'utf8'))
    expect(records.optout).toMatchObject({ variant: 'optout', address: registry })
  })

  it('takes --name', async () => {
    const { code, json } = await cli('--json', 'deploy', 'optout', app, '--name', 'named')
    expect(code).toBe(0)
    expect(json().name).toBe('named')
  })

  it('refuses an AppAuth without a notice period, naming the error, and sends nothing', async () => {
    const baseline = await deployBaseline(chain.client)
    const before = await activity(chain.client)
    const { code, stdout, stderr } = await cli('deploy', 'optout', baseline, '--name', 'other')
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toBe(`error: deploying OptOutRegistry would revert: OptOutInvalidAppAuth(appAuth ${baseline})\n`)
    expect(await activity(chain.client)).toEqual(before)
  })

  it('records the signer\'s opt-out in its own transaction', async () => {
    const user = (await chain.clientFor(2)).account!.address
    const { code, json, stderr } = await asUser('--json', 'opt-out', 'optout', a2)
    expect(stderr).toBe('')
    expect(code).toBe(0)
    const result = json()
    expect(result).toMatchObject({ registry, user, changeId: a2, index: 0 })
    expect(result.key).toMatch(/^0x[0-9a-f]{64}$/)
    expect(result.transactionHash).toMatch(/^0x[0-9a-f]{64}$/)
    expect(await optedOut(user, result.key)).toBe(true)
  })

  it('signs without sending, and anyone relays the signature', async () => {
    const signer = await chain.clientFor(3)
    const user = signer.account!.address
    const before = await activity(chain.client, user)
    const signed = await runCli(['--rpc', chain.url, '--private-key', devPrivateKey(3), '--deployments', join(chain.dir, 'deployments'), 'opt-out', 'optout', a3, '--sign-only'], { cwd: chain.dir })
    expect(signed.stderr).toBe('')
    expect(signed.code).toBe(0)
    expect(signed.json()).toMatchObject({ registry, chainId: 31337, user, changeId: a3 })
    expect(signed.json()).not.toHaveProperty('nonce')
    expect(signed.json().signature).toMatch(/^0x[0-9a-f]{130}$/)
    expect(await activity(chain.client, user)).toEqual(before)

    writeFileSync(join(chain.dir, 'signed.json'), signed.stdout)
    const { code, stdout, stderr } = await cli('opt-out', 'relay', 'optout', 'signed.json')
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(stdout).toContain(`${user} opted out of change ${a3} on optout (${registry})`)
    expect(await optedOut(user, signed.json().key)).toBe(true)

    // The proposal key is the replay guard: the same signature cannot be used again.
    const replay = await cli('opt-out', 'relay', 'optout', 'signed.json')
    expect(replay.code).toBe(2)
    expect(replay.stderr).toBe(`error: optOutBySig would revert: OptOutAlreadyOptedOut(user ${user}, key ${signed.json().key})\n`)
  })

  it('keeps a signed opt-out valid when the owner cancels another proposal the user also signed for', async () => {
    const user = (await chain.clientFor(4)).account!.address
    const sign = async (changeId: `0x${string}`, file: string) => {
      const signed = await runCli(['--rpc', chain.url, '--private-key', devPrivateKey(4), '--deployments', join(chain.dir, 'deployments'), 'opt-out', 'optout', changeId, '--sign-only'], { cwd: chain.dir })
      expect(signed.code).toBe(0)
      writeFileSync(join(chain.dir, file), signed.stdout)
      return signed.json()
    }
    await sign(hex32('a4'), 'a4.json')
    const forA5 = await sign(hex32('a5'), 'a5.json')
    await cancel(chain.client, { address: app, id: changeIdOf('ComposeHash', hex32('a4')) })

    const { code, stderr } = await cli('opt-out', 'relay', 'optout', 'a5.json')
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(await optedOut(user, forA5.key)).toBe(true)
  })

  it('refuses a change that is not pending and a malformed signature file, sending nothing', async () => {
    const before = await activity(chain.client)
    const notPending = await cli('opt-out', 'optout', hex32('ee'))
    expect(notPending.code).toBe(2)
    expect(notPending.stderr).toBe(`error: optOut would revert: OptOutChangeNotPending(changeId ${hex32('ee')})\n`)
    writeFileSync(join(chain.dir, 'bad.json'), JSON.stringify({ registry, chainId: 31337, user: '0x1234' }))
    const bad = await cli('opt-out', 'relay', 'optout', 'bad.json')
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/^error: bad\.json: "user" must be 20 bytes/)
    expect(await activity(chain.client)).toEqual(before)
  })
})
