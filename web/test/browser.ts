// The browser side of the web app's tests and benchmark: the built app served locally, one headless
// Chromium (from the @sparticuz/chromium npm package, driven by playwright-core; no browser download,
// no system browser), and a test wallet. Test code only.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import chromium from '@sparticuz/chromium'
import { type Browser, chromium as playwright, type Page } from 'playwright-core'
import type { Address } from 'viem'
import { buildWeb, webPageUrl, type WebPage } from '../../ts/lib/web'
import { type StaticServer, startStaticServer } from '../../ts/server/static'

export type WebHarness = {
  browser: Browser
  server: StaticServer
  /** The URL of a page of the app reading the chain at `rpc`. */
  url: (options: { chainId: number; rpc: string; page?: WebPage | undefined; registry?: Address | undefined }) => string
  close: () => Promise<void>
}

/**
 * Builds web/ into a scratch folder (the tests run the code under test, not a stale web/dist, and
 * never race another build of it), serves it, and starts the browser.
 */
export async function startWebHarness(): Promise<WebHarness & { dist: string }> {
  const dist = mkdtempSync(join(tmpdir(), 'appauth-web-'))
  await buildWeb({ outDir: dist })
  const server = await startStaticServer({ dir: dist })
  // The package's flags are tuned for serverless sandboxes; in its `--single-process` mode closing
  // a browser context ends the whole browser, and the tests open and close one per wallet.
  const args = chromium.args.filter((arg) => arg !== '--single-process')
  const browser = await playwright.launch({ executablePath: await chromium.executablePath(), args, headless: true })
  return {
    browser,
    server,
    dist,
    url: (options) => webPageUrl(server.url, options),
    async close() {
      await browser.close()
      await server.close()
      rmSync(dist, { recursive: true, force: true })
    },
  }
}

export type TestWallet = {
  /** The account the wallet reports, one of anvil's unlocked dev accounts. */
  account: Address
  /** The chain id the wallet says it is on (set another to play a wallet on the wrong network). */
  chainId: number
  /** Refuse signing and sending with EIP-1193 code 4001, as a user clicking "Reject" or closing the window. */
  reject?: boolean | undefined
}

/**
 * Injects `window.ethereum`: an EIP-1193 provider that answers accounts and chain id itself and
 * forwards everything else, transactions and EIP-712 signatures included, to anvil, which signs for
 * its unlocked dev accounts. `page.evaluate(() => window.__testWallet = …)` changes it afterwards.
 */
export async function injectWallet(page: Page, rpc: string, wallet: TestWallet): Promise<void> {
  await page.addInitScript(
    ({ rpc, wallet }) => {
      const state = wallet as { account: string; chainId: number; reject?: boolean }
      ;(window as unknown as { __testWallet: typeof state }).__testWallet = state
      const listeners = new Map<string, Set<(...args: unknown[]) => void>>()
      let id = 0
      const current = () => (window as unknown as { __testWallet: typeof state }).__testWallet
      const refuse = () => Object.assign(new Error('User rejected the request.'), { code: 4001 })
      const provider = {
        isMetaMask: false,
        async request({ method, params }: { method: string; params?: unknown[] }) {
          const w = current()
          switch (method) {
            case 'eth_requestAccounts':
            case 'eth_accounts':
              return [w.account]
            case 'eth_chainId':
              return `0x${w.chainId.toString(16)}`
            case 'wallet_requestPermissions':
            case 'wallet_getPermissions':
              return [{ parentCapability: 'eth_accounts' }]
            case 'wallet_switchEthereumChain':
              throw refuse()
            case 'eth_sendTransaction':
            case 'eth_signTypedData_v4':
            case 'personal_sign':
              if (w.reject) throw refuse()
          }
          const response = await fetch(rpc, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', id: ++id, method, params: params ?? [] }) })
          const body = (await response.json()) as { result?: unknown; error?: { code: number; message: string } }
          if (body.error) throw Object.assign(new Error(body.error.message), { code: body.error.code })
          return body.result
        },
        on(event: string, listener: (...args: unknown[]) => void) {
          if (!listeners.has(event)) listeners.set(event, new Set())
          listeners.get(event)!.add(listener)
          return provider
        },
        removeListener(event: string, listener: (...args: unknown[]) => void) {
          listeners.get(event)?.delete(listener)
          return provider
        },
      }
      ;(window as unknown as { ethereum: typeof provider }).ethereum = provider
    },
    { rpc, wallet },
  )
}

/** WCAG 2 contrast ratio of two CSS `rgb(...)` colours. */
export function contrastRatio(foreground: string, background: string): number {
  const luminance = (color: string) => {
    const [r, g, b] = (color.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number).map((value) => {
      const channel = value / 255
      return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4
    })
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
  }
  const [light, dark] = [luminance(foreground), luminance(background)].sort((a, b) => b - a)
  return (light! + 0.05) / (dark! + 0.05)
}
