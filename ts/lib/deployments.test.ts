import { execFile } from 'node:child_process'
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { decodeAbiParameters, type Hex } from 'viem'
import { getTransactionCount, readContract } from 'viem/actions'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { compilerVersion, localKmsAbi, timelockAppAuthAbi } from '../generated/contracts'
import { type Anvil, startAnvil } from './anvil'
import { localChain } from './chains'
import { type AppAuthClient, connect } from './client'
import { deploymentsFile, readDeployments } from './deployments'
import { devPrivateKey } from './local-chain'
import { repositoryRoot } from './repository'
import { hex32 } from '../test/chain'
import { runCli } from '../test/cli'

// The Forge scripts write into the repository's deployments/ (the only folder foundry.toml lets them
// write), so this chain gets an id of its own and its files are removed afterwards.
const chainId = 7_000_000 + (process.pid % 100_000)
const deploymentsDir = join(repositoryRoot, 'deployments')
const key = devPrivateKey(0)
// The scripts' configuration (script/README.md), cleared from the inherited environment.
const scriptVariables = ['OWNER', 'COMPOSE_HASH', 'DEVICE_ID', 'ALLOW_ANY_DEVICE', 'REQUIRE_TCB_UP_TO_DATE', 'KMS', 'NOTICE_PERIOD', 'MIN_NOTICE_PERIOD', 'GRACE_PERIOD', 'OS_IMAGE', 'GATEWAY_APP_ID', 'DEPLOYMENT_NAME', 'GIT_COMMIT']
const inheritedEnv = Object.fromEntries(Object.entries(process.env).filter(([name]) => !scriptVariables.includes(name)))

describe('deployment records shared by the Forge scripts and the CLI', () => {
  let anvil: Anvil
  let client: AppAuthClient
  const cli = (...argv: string[]) => runCli(['--rpc', anvil.url, '--private-key', key, '--deployments', deploymentsDir, ...argv], { cwd: repositoryRoot })

  const forgeScript = (env: Record<string, string>) =>
    promisify(execFile)('bash', ['tools/forge.sh', 'script', 'script/DeployTimelock.s.sol', '--rpc-url', anvil.url, '--broadcast', '--private-key', key], {
      cwd: repositoryRoot,
      env: { ...inheritedEnv, COMPOSE_HASH: hex32('c1'), DEVICE_ID: hex32('d1'), NOTICE_PERIOD: '3600', GRACE_PERIOD: '86400', ...env },
    })

  beforeAll(async () => {
    anvil = await startAnvil({ args: ['--chain-id', String(chainId)] })
    client = await connect({ url: anvil.url, chain: { ...localChain, id: chainId }, privateKey: key, pollingInterval: 50 })
  })
  afterAll(async () => {
    await anvil?.stop()
    rmSync(deploymentsFile(deploymentsDir, chainId), { force: true })
    // forge's own logs of the broadcast, kept per chain.
    for (const dir of ['broadcast', 'cache']) rmSync(join(repositoryRoot, dir, 'DeployTimelock.s.sol', String(chainId)), { recursive: true, force: true })
  })

  it('resolves a timelock that script/DeployTimelock.s.sol recorded beside a KMS the CLI recorded', async () => {
    const kms = await cli('--json', 'kms', 'deploy')
    expect(kms.code).toBe(0)
    const kmsAddress = kms.json().address
    expect((await cli('kms', 'allow-os', hex32('05'))).code).toBe(0)

    await forgeScript({ KMS: kmsAddress, GIT_COMMIT: 'a1b2c3d-dirty' })

    const records = readDeployments(deploymentsDir, chainId)
    // The script picked the CLI's default name and kept the CLI's record.
    expect(Object.keys(records).sort()).toEqual(['kms', 'timelock'])
    expect(records.kms!.address).toBe(kmsAddress)
    const record = records.timelock!
    expect(Object.keys(record).sort()).toEqual(Object.keys(records.kms!).sort())
    expect(record).toMatchObject({ variant: 'timelock', transactionHash: null, compiler: compilerVersion, commit: 'a1b2c3d-dirty' })

    // The block is a lower bound of the deployment's, and deployedAt is that block's time.
    const owner = await readContract(client, { address: record.address, abi: timelockAppAuthAbi, functionName: 'owner' })
    expect(owner).toBe(client.account!.address)
    const block = await client.request({ method: 'eth_getBlockByNumber', params: [`0x${record.blockNumber.toString(16)}`, false] })
    expect(Number(block!.timestamp)).toBe(record.deployedAt)
    const constructor = timelockAppAuthAbi.find((item) => item.type === 'constructor')!
    const [initialOwner, noticePeriod, , gracePeriod, policy] = decodeAbiParameters(constructor.inputs, record.constructorArgs as Hex)
    expect([initialOwner, noticePeriod, gracePeriod, policy.composeHashes]).toEqual([owner, 3_600n, 86_400n, [hex32('c1')]])

    // Every command resolves the script's name: status reads history from the recorded block.
    const status = await cli('--json', 'status', 'timelock')
    expect(status.code).toBe(0)
    expect(status.json()).toMatchObject({ address: record.address, variant: 'timelock' })
    expect(status.json().composeHashes.map((item: { value: string }) => item.value)).toEqual([hex32('c1')])
    expect(await readContract(client, { address: kmsAddress, abi: localKmsAbi, functionName: 'registeredApps', args: [record.address] })).toBe(true)
    const boot = await cli('--json', 'simulate-boot', '--kms', 'kms', '--app', 'timelock', '--compose-hash', hex32('c1'), '--device', hex32('d1'), '--os-image', hex32('05'))
    expect(boot.json()).toEqual({ isAllowed: true, reason: '' })

    // A name the CLI then chooses does not collide with the script's.
    const deploy = await cli('--json', 'deploy', 'timelock', '--notice', '1h', '--compose-hash', hex32('c2'))
    expect(deploy.code).toBe(0)
    expect(deploy.json().name).toBe('timelock-2')
    expect(readDeployments(deploymentsDir, chainId).timelock).toEqual(record)
  }, 240_000)

  // Runs after the test above, whose "kms" record it relies on.
  it('refuses, as the CLI does, a DEPLOYMENT_NAME that is taken or malformed, before sending anything', async () => {
    const before = { records: readDeployments(deploymentsDir, chainId), nonce: await getTransactionCount(client, { address: client.account!.address }) }
    await expect(forgeScript({ DEPLOYMENT_NAME: 'kms' })).rejects.toThrow(/DeploymentsNameTaken/)
    await expect(forgeScript({ DEPLOYMENT_NAME: '2fast' })).rejects.toThrow(/DeploymentsInvalidName/)
    expect(readDeployments(deploymentsDir, chainId)).toEqual(before.records)
    expect(await getTransactionCount(client, { address: client.account!.address })).toBe(before.nonce)
  }, 240_000)
})
