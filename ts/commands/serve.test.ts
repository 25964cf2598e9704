import { type Address, getAddress } from 'viem'
import { sendTransaction, waitForTransactionReceipt } from 'viem/actions'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { localKmsAbi } from '../generated/contracts'
import { startAnvil } from '../lib/anvil'
import { localChain } from '../lib/chains'
import { connect } from '../lib/client'
import { allowOsImage, registerApp } from '../lib/kms'
import { send } from '../test/actions'
import { deployKms, deployTimelock, hex32, policy, startTestChain, type TestChain } from '../test/chain'
import { runCli } from '../test/cli'
import { startCli } from '../test/process'

describe('appauth serve', () => {
  let chain: TestChain
  let kms: Address
  let app: Address

  beforeAll(async () => {
    chain = await startTestChain()
    kms = await deployKms(chain.client)
    app = await deployTimelock(chain.client, { policy: policy({ requireTcbUpToDate: false }) })
    await registerApp(chain.client, { kms, app })
    await allowOsImage(chain.client, { kms, osImageHash: hex32('05') })
    await send(chain.client, kms, localKmsAbi, 'setGatewayAppId', ['gw'])
  })
  afterAll(() => chain?.stop())

  const bootInfo = (composeHash: string) => ({
    appId: app.slice(2),
    composeHash,
    instanceId: '',
    deviceId: hex32('d1').slice(2),
    mrAggregated: '',
    mrSystem: '',
    osImageHash: hex32('05').slice(2),
    tcbStatus: 'UpToDate',
    advisoryIds: [],
  })

  it('serves decisions from the chain until Ctrl-C, logging each with --log-requests', async () => {
    const serve = startCli(['--rpc', chain.url, '--confirmations', '0', 'serve', '--kms', kms, '--port', '0', '--log-requests'], { cwd: chain.dir })
    try {
      await serve.waitFor((out) => /listening at (http:\/\/\S+)/.test(out))
      const url = /listening at (http:\/\/\S+)/.exec(serve.stdout())![1]!
      expect(serve.stdout()).toMatch(/reads at +head - 0 blocks/)
      const info = (await (await fetch(url)).json()) as Record<string, unknown>
      expect(info).toMatchObject({ status: 'ok', chainId: 31337, kmsContractAddr: kms, confirmations: 0, gatewayAppId: 'gw' })

      const post = async (body: unknown) =>
        (await (await fetch(`${url}/bootAuth/app`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })).json()) as Record<string, unknown>
      expect(await post(bootInfo(hex32('c1')))).toEqual({ isAllowed: true, reason: '', gatewayAppId: 'gw' })
      expect(await post(bootInfo(hex32('c9')))).toEqual({ isAllowed: false, reason: 'Compose hash not allowed', gatewayAppId: 'gw' })
      await serve.waitFor((out) => out.includes('denied: Compose hash not allowed'))
      expect(serve.stdout()).toMatch(new RegExp(`/bootAuth/app|app ${app.slice(2)}|allowed \\(block \\d+\\)`, 'i'))
    } finally {
      expect(await serve.interrupt()).toBe(0)
    }
  })

  it('prints its address as JSON, and denies with a logged fault when the chain goes away', async () => {
    const node = await startAnvil()
    const client = await connect({ url: node.url, chain: localChain, privateKey: chain.key })
    const kmsHere = await deployKms(client)
    const serve = startCli(['--rpc', node.url, '--json', 'serve', '--kms', kmsHere, '--port', '0'], { cwd: chain.dir })
    try {
      await serve.waitFor((out) => out.trim().endsWith('}'))
      const { url, chainId, confirmations } = JSON.parse(serve.stdout()) as { url: string; chainId: number; confirmations: number }
      expect({ chainId, confirmations }).toEqual({ chainId: 31337, confirmations: 1 })
      await node.stop()
      const answer = await fetch(`${url}/bootAuth/kms`, { method: 'POST', body: JSON.stringify(bootInfo(hex32('c1'))) })
      expect(await answer.json()).toEqual({ isAllowed: false, reason: 'authorization backend unavailable', gatewayAppId: '' })
      await serve.waitFor(() => serve.stderr().includes('backend fault on /bootAuth/kms'))
    } finally {
      expect(await serve.interrupt()).toBe(0)
      await node.stop()
    }
  })

  it('refuses to start against an RPC of another chain', async () => {
    const { code, stderr } = await runCli(['--rpc', chain.url, '--chain', '8453', 'serve', '--kms', kms, '--port', '0'], { cwd: chain.dir })
    expect(code).toBe(2)
    expect(stderr).toBe('error: wrong chain: expected chain id 8453, the RPC serves 31337\n')
  })

  it('refuses a KMS address without code before listening', async () => {
    const { code, stderr } = await runCli(['--rpc', chain.url, 'serve', '--kms', chain.address, '--port', '0'], { cwd: chain.dir })
    expect(code).toBe(2)
    expect(stderr).toBe(`error: ${chain.address} is not a contract, so not a KMS (no code at that address)\n`)
  })

  it('refuses an AppAuth given as the KMS before listening', async () => {
    const { code, stdout, stderr } = await runCli(['--rpc', chain.url, 'serve', '--kms', app, '--port', '0'], { cwd: chain.dir })
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' })
    expect(stderr).toBe(`error: ${app} is an AppAuth, not a KMS: pass the KMS contract the app is registered with\n`)
  })

  it('refuses a contract that is not a KMS before listening', async () => {
    // A contract that answers every call with nothing: code, but no KMS views.
    const hash = await sendTransaction(chain.client, { data: '0x6001600c60003960016000f300', account: chain.client.account!, chain: chain.client.chain })
    const other = getAddress((await waitForTransactionReceipt(chain.client, { hash })).contractAddress!)
    const { code, stderr } = await runCli(['--rpc', chain.url, 'serve', '--kms', other, '--port', '0'], { cwd: chain.dir })
    expect(code).toBe(2)
    expect(stderr).toBe(`error: ${other} is not a KMS: it does not answer registeredApps(address) and allowedOsImages(bytes32) as DstackKms does\n`)
  })
})
