import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { decodeAbiParameters, getAddress } from 'viem'
import { readContract } from 'viem/actions'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { compilerVersion, localKmsAbi, timelockAppAuthAbi } from '../generated/contracts'
import { activity, deployKms, hex32, startTestChain, type TestChain } from '../test/chain'
import { runCli } from '../test/cli'

describe('appauth deploy', () => {
  let chain: TestChain
  let kms: `0x${string}`
  const cli = (...argv: string[]) => runCli([...chain.rpcArgs, ...argv], { cwd: chain.dir })
  const records = () => JSON.parse(readFileSync(join(chain.dir, 'deployments/31337.json'), 'utf8'))

  beforeAll(async () => {
    chain = await startTestChain()
    kms = await deployKms(chain.client)
  })
  afterAll(() => chain?.stop())

  it('deploys a timelock with its policy, records it and registers it with the KMS', async () => {
    const { code, json, stderr } = await cli(
      '--json', 'deploy', 'timelock', '--name', 'myapp',
      '--notice', '7d', '--min-notice', '1d', '--grace', '2d',
      '--compose-hash', hex32('c1'), '--compose-hash', hex32('c2'), '--device', hex32('d1'), '--require-tcb',
      '--kms', kms,
    )
    expect(stderr).toBe('')
    expect(code).toBe(0)
    const out = json()
    expect(out).toMatchObject({
      name: 'myapp', variant: 'timelock', chainId: 31337, owner: chain.address,
      noticePeriod: 604_800, minNoticePeriod: 86_400, gracePeriod: 172_800,
      policy: { composeHashes: [hex32('c1'), hex32('c2')], deviceIds: [hex32('d1')], allowAnyDevice: false, requireTcbUpToDate: true },
      registration: { kms },
    })
    const app = { address: out.address, abi: timelockAppAuthAbi } as const
    expect(await readContract(chain.client, { ...app, functionName: 'noticePeriod' })).toBe(604_800n)
    expect(await readContract(chain.client, { ...app, functionName: 'minNoticePeriod' })).toBe(86_400n)
    expect(await readContract(chain.client, { ...app, functionName: 'allowedComposeHashes', args: [hex32('c2')] })).toBe(true)
    expect(await readContract(chain.client, { address: kms, abi: localKmsAbi, functionName: 'registeredApps', args: [out.address] })).toBe(true)

    const record = records().myapp
    expect(Object.keys(record).sort()).toEqual(['address', 'blockNumber', 'commit', 'compiler', 'constructorArgs', 'deployedAt', 'transactionHash', 'variant'])
    expect(record).toMatchObject({ variant: 'timelock', address: out.address, transactionHash: out.transactionHash, blockNumber: out.blockNumber, compiler: compilerVersion })
    expect(record.deployedAt).toBeGreaterThan(1_600_000_000)
    // The recorded constructor arguments decode to what was deployed.
    const constructor = timelockAppAuthAbi.find((item) => item.type === 'constructor')!
    const [owner, notice] = decodeAbiParameters(constructor.inputs, record.constructorArgs)
    expect([owner, notice]).toEqual([chain.address, 604_800n])
  })

  it('resolves a deployment name wherever an address is taken', async () => {
    const { code, json } = await cli('--json', 'status', 'myapp')
    expect(code).toBe(0)
    expect(json().variant).toBe('timelock')
  })

  it('numbers the default name instead of overwriting a record', async () => {
    const first = await cli('--json', 'deploy', 'baseline', '--compose-hash', hex32('c1'))
    const second = await cli('--json', 'deploy', 'baseline')
    expect([first.json().name, second.json().name]).toEqual(['baseline', 'baseline-2'])
    expect(records().baseline.address).toBe(first.json().address)
    expect(records()['baseline-2'].variant).toBe('baseline')
  })

  it('never overwrites a record: a taken --name is refused before deploying', async () => {
    const before = await activity(chain.client)
    const { code, stderr } = await cli('deploy', 'baseline', '--name', 'myapp')
    expect(code).toBe(2)
    expect(stderr).toBe(`error: deployment name "myapp" is taken on chain 31337 (${records().myapp.address}): choose another --name\n`)
    expect((await cli('deploy', 'baseline', '--name', '2fast')).stderr).toBe('error: deployment name must start with a letter and hold only letters, digits, . _ -: "2fast"\n')
    expect(await activity(chain.client)).toEqual(before)
  })

  it('prints a summary for people', async () => {
    const { code, stdout } = await cli('deploy', 'timelock', '--notice', '1h', '--compose-hash', hex32('c1'))
    expect(code).toBe(0)
    // A 1-hour notice is too short to exit in: the audit's rating, printed by deploy too.
    expect(stdout).toMatch(/^deployed timelock AppAuth "timelock" at 0x[0-9a-fA-F]{40} \(ERC-733 Stage 0 \(ruggable\)\)/)
    expect(stdout).toContain('notice          1h (never below 1h; activatable for 7d after)')
    expect(stdout).toContain('registered      no')
  })

  it('refuses notice flags on a baseline before sending anything', async () => {
    const before = await activity(chain.client)
    const { code, stderr } = await cli('deploy', 'baseline', '--notice', '7d')
    expect(code).toBe(2)
    expect(stderr).toBe('error: a baseline AppAuth has no notice period: --notice, --min-notice and --grace apply to timelock only\n')
    expect(await activity(chain.client)).toEqual(before)
  })

  it('decodes a reverting constructor and sends nothing', async () => {
    const before = await activity(chain.client)
    const { code, stderr } = await cli('deploy', 'timelock', '--notice', '1h', '--min-notice', '2h')
    expect(code).toBe(2)
    expect(stderr).toBe('error: deploying TimelockAppAuth would revert: AppAuthInvalidNoticePeriod(requested 3600s (1h), min 7200s (2h), max 315360000s (3650d))\n')
    expect(await activity(chain.client)).toEqual(before)
  })

  it('checks --kms before deploying', async () => {
    const before = await activity(chain.client)
    const { code, stderr } = await cli('deploy', 'timelock', '--kms', 'nosuchkms')
    expect(code).toBe(2)
    expect(stderr).toMatch(/^error: no deployment named "nosuchkms" on chain 31337 \(known: myapp, baseline, baseline-2, timelock\)\n$/)
    expect(await activity(chain.client)).toEqual(before)
  })

  it('rejects an unknown variant', async () => {
    const { code, stderr } = await cli('deploy', 'stage4')
    expect(code).toBe(2)
    expect(stderr).toBe("error: command-argument value 'stage4' is invalid for argument 'variant'. Allowed choices are timelock, verified, governor, baseline, multisig.\n")
  })

  it('refuses an owner with no code and no transactions unless told it is in hand, sending nothing', async () => {
    const fresh = '0x00000000000000000000000000000000000b0b01'
    const before = await activity(chain.client)
    const refused = await cli('deploy', 'timelock', '--owner', fresh)
    expect(refused.code).toBe(2)
    expect(refused.stderr).toBe(
      `error: --owner ${getAddress(fresh)} has no code and has never sent a transaction: it may be an account whose key you hold, or a contract (a Safe) not deployed yet, and an owner that cannot act freezes the app; deploy the Safe first, or pass --allow-codeless-owner if the key or the deployment is in hand\n`,
    )
    expect(await activity(chain.client)).toEqual(before)
    const allowed = await cli('--json', 'deploy', 'timelock', '--owner', fresh, '--allow-codeless-owner')
    expect(allowed.code).toBe(0)
    // An account that has sent transactions holds a key: accepted as is.
    const other = await chain.clientFor(4)
    await deployKms(other)
    expect((await cli('deploy', 'timelock', '--owner', other.account!.address)).code).toBe(0)
  })
})

