// Bad input of every class: one line on stderr, exit code 2, and no transaction sent.
import { type Address, getAddress, numberToHex, parseEther } from 'viem'
import { privateKeyToAccount } from 'viem/accounts'
import { sendTransaction, waitForTransactionReceipt } from 'viem/actions'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { changeIdOf } from './lib/contracts'
import { proposeComposeHash } from './lib/manage'
import { activity, deployKms, deployTimelock, hex32, startTestChain, type TestChain } from './test/chain'
import { type CliResult, runCli, runCliProcess } from './test/cli'
import { devRpc } from './lib/dev-rpc'

describe('bad input', () => {
  let chain: TestChain
  let app: Address
  let kms: Address
  let notAppAuth: Address
  const cli = (...argv: string[]) => runCli([...chain.rpcArgs, ...argv], { cwd: chain.dir })

  /** Runs the CLI and checks it failed cleanly without sending anything from `account`. */
  async function refused(run: () => Promise<CliResult>, account: Address = chain.address): Promise<string> {
    const before = await activity(chain.client, account)
    const { code, stdout, stderr } = await run()
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toMatch(/^error: [^\n]+\n$/)
    expect(await activity(chain.client, account)).toEqual(before)
    return stderr.slice('error: '.length, -1)
  }

  beforeAll(async () => {
    chain = await startTestChain()
    app = await deployTimelock(chain.client)
    kms = await deployKms(chain.client)
    // A contract that answers every call with nothing, so it has code but no ERC-165.
    const hash = await sendTransaction(chain.client, { data: '0x6001600c60003960016000f300', account: chain.client.account!, chain: chain.client.chain })
    notAppAuth = getAddress((await waitForTransactionReceipt(chain.client, { hash })).contractAddress!)
    await proposeComposeHash(chain.client, { address: app, composeHash: hex32('a2') })
  })
  afterAll(() => chain?.stop())

  it('malformed hex', async () => {
    expect(await refused(() => cli('propose', app, `0x${'zz'.repeat(32)}`))).toBe(`compose hash is not hex: "0x${'zz'.repeat(32)}"`)
  })

  it('hex of the wrong length', async () => {
    expect(await refused(() => cli('propose', app, `0x${'ab'.repeat(31)}`))).toBe(`compose hash must be 32 bytes (64 hex digits), got 62 digits: 0x${'ab'.repeat(31)}`)
    expect(await refused(() => cli('propose', '0x1234', hex32('ab')))).toBe('contract address must be 20 bytes (40 hex digits), got 4 digits: 0x1234')
  })

  it('an address with a wrong checksum', async () => {
    const i = [...app].findIndex((char, k) => k > 1 && /[a-fA-F]/.test(char))
    const flipped = app[i] === app[i]!.toUpperCase() ? app[i]!.toLowerCase() : app[i]!.toUpperCase()
    const broken = `${app.slice(0, i)}${flipped}${app.slice(i + 1)}`
    expect(await refused(() => cli('propose', broken, hex32('ab')))).toBe(
      `contract address has an invalid checksum: ${broken} (write it in lower case to skip the check)`,
    )
  })

  it('the wrong chain', async () => {
    expect(await refused(() => cli('--chain', 'base', 'propose', app, hex32('ab')))).toBe('wrong chain: expected chain id 8453, the RPC serves 31337')
    expect(await refused(() => cli('--chain', '84532', 'propose', app, hex32('ab')))).toBe('wrong chain: expected chain id 84532, the RPC serves 31337')
    expect(await refused(() => cli('--chain', 'mainnet', 'propose', app, hex32('ab')))).toBe('unknown chain "mainnet": use base, base-sepolia, local or a chain id')
  })

  it('a remote chain without --rpc', async () => {
    const { code, stderr } = await runCli(['--chain', 'base', 'status', app], { cwd: chain.dir })
    expect(code).toBe(2)
    expect(stderr).toBe('error: --chain base needs --rpc <url>: without it commands run on the local chain\n')
  })

  it('an address with no code', async () => {
    expect(await refused(() => cli('propose', chain.address, hex32('ab')))).toBe(`${chain.address} is not a contract (no code at that address)`)
  })

  it('a contract that is not an AppAuth (no ERC-165 answer for 0x1e079198)', async () => {
    expect(await refused(() => cli('propose', notAppAuth, hex32('ab')))).toBe(`${notAppAuth} is not an AppAuth (supportsInterface(0x1e079198) is not true)`)
  })

  it('an IAppAuth this tool cannot manage (the KMS itself)', async () => {
    expect(await refused(() => cli('propose', kms, hex32('ab')))).toBe(`${kms} is an AppAuth this tool cannot manage (neither a notice-period nor a baseline AppAuth)`)
  })

  it('an unknown deployment name', async () => {
    expect(await refused(() => cli('propose', 'nosuchapp', hex32('ab')))).toMatch(/^no deployment named "nosuchapp" on chain 31337/)
  })

  it('a missing key', async () => {
    const args = ['--rpc', chain.url, 'propose', app, hex32('ab')]
    expect(await refused(() => runCli(args, { cwd: chain.dir }))).toBe('no key to sign with: pass --private-key or set PRIVATE_KEY')
    expect(await refused(() => runCli(['--rpc', chain.url, '--private-key', '0x1234', 'propose', app, hex32('ab')], { cwd: chain.dir }))).toBe(
      'private key must be 32 bytes of hex (64 digits, 0x optional)',
    )
  })

  it('PRIVATE_KEY from the environment signs with --rpc', async () => {
    const { code, json } = await runCli(['--rpc', chain.url, '--json', 'propose', app, hex32('ac')], { cwd: chain.dir, env: { PRIVATE_KEY: chain.key } })
    expect(code).toBe(0)
    expect(json().mode).toBe('proposed')
  })

  it('too little money for gas', async () => {
    const poorKey = `0x${'77'.repeat(32)}` as const
    const poor = privateKeyToAccount(poorKey).address
    await devRpc(chain.client)({ method: 'anvil_setBalance', params: [poor, numberToHex(parseEther('0.000000001'))] })
    const message = await refused(() => runCli(['--rpc', chain.url, '--private-key', poorKey, 'deploy', 'timelock'], { cwd: chain.dir }), poor)
    expect(message).toMatch(new RegExp(`^${poor} has too little to pay for gas: balance 0.000000001 ETH, needs 0\\.\\d+ ETH$`))
  })

  it('a call that would revert, with the custom error decoded', async () => {
    expect(await refused(() => cli('activate', app, hex32('a2')))).toMatch(
      new RegExp(`^activate would revert: AppAuthNoticePeriodNotElapsed\\(id ${changeIdOf('ComposeHash', hex32('a2'))}, activatesAt \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC \\(in (1h|59m \\d+s)\\)\\)$`),
    )
    expect(await refused(() => cli('propose', app, hex32('00')))).toBe('proposeComposeHash would revert: AppAuthZeroValue()')
    expect(await refused(() => cli('propose', app, hex32('c1')))).toBe(`proposeComposeHash would revert: AppAuthNoOp(kind ComposeHash, value ${hex32('c1')})`)
  })

  it('an unreachable RPC', async () => {
    const { code, stderr } = await runCli(['--rpc', 'http://127.0.0.1:9', 'status', app], { cwd: chain.dir })
    expect(code).toBe(2)
    expect(stderr).toBe('error: cannot reach the RPC at http://127.0.0.1:9\n')
  })

  it('exits 2 from the real process, and 0 for --help', async () => {
    const [failed, help] = await Promise.all([
      runCliProcess([...chain.rpcArgs, 'propose', app, '0xzz'], { cwd: chain.dir }),
      runCliProcess(['--help'], { cwd: chain.dir }),
    ])
    expect([failed.code, failed.stderr]).toEqual([2, 'error: compose hash is not hex: "0xzz"\n'])
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('Usage: appauth [options] [command]')
  })
})
