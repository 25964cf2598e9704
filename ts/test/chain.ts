// Test helpers: a fresh anvil per test file, clients on it, and the checks that nothing was sent.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Address, Hex } from 'viem'
import { getBlockNumber, getTransactionCount } from 'viem/actions'
import { type Anvil, startAnvil } from '../lib/anvil'
import { localChain } from '../lib/chains'
import { type AppAuthClient, connect } from '../lib/client'
import { deployBaselineAppAuth, deployLocalKms, deployTimelockAppAuth, type InitialPolicy } from '../lib/deploy'
import { devPrivateKey } from '../lib/local-chain'

export type TestChain = {
  anvil: Anvil
  url: string
  /** Signs with anvil's dev account 0. */
  client: AppAuthClient
  key: Hex
  address: Address
  /** A scratch folder (cwd, deployments, APPAUTH_HOME) removed at stop. */
  dir: string
  /** Global CLI arguments that point a command at this chain with the dev key. */
  rpcArgs: string[]
  /** A client signing with another dev account. */
  clientFor: (index: number) => Promise<AppAuthClient>
  stop: () => Promise<void>
}

/** Starts anvil on a free port; call `stop` in afterAll. */
export async function startTestChain(): Promise<TestChain> {
  const anvil = await startAnvil()
  const key = devPrivateKey(0)
  const client = await connect({ url: anvil.url, chain: localChain, privateKey: key, pollingInterval: 50 })
  const dir = mkdtempSync(join(tmpdir(), 'appauth-test-'))
  return {
    anvil,
    url: anvil.url,
    client,
    key,
    address: client.account!.address,
    dir,
    rpcArgs: ['--rpc', anvil.url, '--private-key', key, '--deployments', join(dir, 'deployments')],
    clientFor: (index) => connect({ url: anvil.url, chain: localChain, privateKey: devPrivateKey(index), pollingInterval: 50 }),
    async stop() {
      await anvil.stop()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** A recognisable 32-byte value: `hex32('a1')` is 0xa1a1…a1. */
export function hex32(byte: string): Hex {
  return `0x${byte.repeat(32)}`
}

export const policy = (overrides: Partial<InitialPolicy> = {}): InitialPolicy => ({
  composeHashes: [hex32('c1')],
  deviceIds: [hex32('d1')],
  allowAnyDevice: false,
  requireTcbUpToDate: true,
  ...overrides,
})

export async function deployTimelock(client: AppAuthClient, overrides: { notice?: bigint; policy?: InitialPolicy } = {}): Promise<Address> {
  const notice = overrides.notice ?? 3_600n
  const { address } = await deployTimelockAppAuth(client, {
    owner: client.account!.address,
    noticePeriod: notice,
    minNoticePeriod: notice,
    gracePeriod: 86_400n,
    policy: overrides.policy ?? policy(),
  })
  return address
}

export async function deployBaseline(client: AppAuthClient, overrides: { policy?: InitialPolicy } = {}): Promise<Address> {
  const { address } = await deployBaselineAppAuth(client, { owner: client.account!.address, policy: overrides.policy ?? policy() })
  return address
}

export async function deployKms(client: AppAuthClient): Promise<Address> {
  return (await deployLocalKms(client, { owner: client.account!.address })).address
}

/** The sender's nonce and the chain height: both unchanged means no transaction was sent. */
export async function activity(client: AppAuthClient, account: Address = client.account!.address) {
  return {
    nonce: await getTransactionCount(client, { address: account, blockTag: 'pending' }),
    blockNumber: await getBlockNumber(client, { cacheTime: 0 }),
  }
}

