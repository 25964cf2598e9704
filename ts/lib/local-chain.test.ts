import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createPublicClient, http } from 'viem'
import { getBlock } from 'viem/actions'
import { mnemonicToAccount, privateKeyToAccount } from 'viem/accounts'
import { afterAll, describe, expect, it } from 'vitest'
import { advanceTime, devMnemonic, devPrivateKey, localChainFiles, openLocalChain } from './local-chain'
import { devRpc } from './dev-rpc'

describe('the embedded local chain', () => {
  const homes: string[] = []
  const freshHome = () => {
    const home = mkdtempSync(join(tmpdir(), 'appauth-local-'))
    homes.push(home)
    return home
  }
  afterAll(() => homes.forEach((home) => rmSync(home, { recursive: true, force: true })))
  const clientOf = (url: string) => createPublicClient({ transport: http(url) })

  it('lets one command at a time hold the chain; the next waits for the lock', async () => {
    const home = freshHome()
    const first = await openLocalChain({ home })
    let waited = 0
    const second = openLocalChain({ home, onWait: () => waited++ })
    await new Promise((resolve) => setTimeout(resolve, 600))
    expect(waited).toBeGreaterThan(0)
    await first.close()
    const chain = await second
    expect(chain.mode).toBe('embedded')
    await chain.close()
    expect(existsSync(localChainFiles(home).lock)).toBe(false)
  })

  it('reclaims a lock left by a process that died', async () => {
    const home = freshHome()
    writeFileSync(localChainFiles(home).lock, '2147483646')
    const chain = await openLocalChain({ home, lockTimeoutMs: 1_000 })
    await chain.close()
  })

  it('never stamps a block before the latest one, even without the saved clock', async () => {
    const home = freshHome()
    const first = await openLocalChain({ home })
    const advanced = await advanceTime(clientOf(first.url), { seconds: 30n * 86_400n })
    await first.close()
    rmSync(localChainFiles(home).clock)

    const second = await openLocalChain({ home })
    const client = clientOf(second.url)
    await devRpc(client)({ method: 'evm_mine', params: [] })
    const next = await getBlock(client, { blockTag: 'latest' })
    expect(next.number).toBe(advanced.blockNumber + 1n)
    expect(next.timestamp).toBeGreaterThanOrEqual(advanced.timestamp)
    await second.close()
  })
})

describe('devPrivateKey', () => {
  it("derives anvil's dev accounts from the dev mnemonic as viem's mnemonicToAccount does", () => {
    for (const index of [0, 1, 9]) {
      expect(privateKeyToAccount(devPrivateKey(index)).address).toBe(mnemonicToAccount(devMnemonic, { addressIndex: index }).address)
    }
  })
})
