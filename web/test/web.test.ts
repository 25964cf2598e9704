// The web app in a real headless Chromium against a local anvil, one test per user story: the stage
// and findings, a countdown reaching zero, opting out (transaction and signature), a Governor proposal
// voted, queued and executed from the page, and the KMS page rating apps. Screenshots of each page
// go to docs/screenshots/.
import { join } from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import { type Address, encodeFunctionData, keccak256, stringToHex } from 'viem'
import { multisigAppAuthAbi } from '../../ts/generated/contracts'
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import { auditAppAuth } from '../../ts/lib/audit'
import type { AppAuthClient } from '../../ts/lib/client'
import { changeIdOf, getAppAuth } from '../../ts/lib/contracts'
import { deployOptOutRegistry, parseSignedOptOut, relayOptOut } from '../../ts/lib/optout'
import { deployGovernedAppAuth, deployVotesToken, proposeThroughGovernor } from '../../ts/lib/governor'
import { registerApp } from '../../ts/lib/kms'
import { deployMultisigAppAuth } from '../../ts/lib/multisig'
import { activate, prepareAllowComposeHash, proposeComposeHash } from '../../ts/lib/manage'
import { repositoryRoot } from '../../ts/lib/repository'
import { mine, send, warp } from '../../ts/test/actions'
import { activity, deployBaseline, deployKms, deployTimelock, policy, startTestChain, type TestChain } from '../../ts/test/chain'
import { contrastRatio, injectWallet, startWebHarness, type TestWallet, type WebHarness } from './browser'

const day = 86_400n
const screenshot = (name: string) => join(repositoryRoot, 'docs/screenshots', `${name}.png`)
const hashOf = (label: string) => keccak256(stringToHex(label))

let chain: TestChain
let web: WebHarness
const contexts: BrowserContext[] = []

beforeAll(async () => {
  ;[chain, web] = await Promise.all([startTestChain(), startWebHarness()])
}, 120_000)

/** Closes the pages a test opened: the packaged Chromium runs as one process and is kept light. */
async function closeAll(): Promise<void> {
  await Promise.all(contexts.splice(0).map((context) => context.close().catch(() => undefined)))
}

async function close(page: Page): Promise<void> {
  const context = page.context()
  contexts.splice(contexts.indexOf(context), 1)
  await context.close()
}

afterEach(closeAll)

afterAll(async () => {
  await web?.close()
  await chain?.stop()
})

/** A fresh browser context (its own storage, so its own wallet connection), optionally with a test wallet. */
async function open(url: string, wallet?: TestWallet): Promise<Page> {
  const context = await web.browser.newContext({ viewport: { width: 1200, height: 900 }, timezoneId: 'Europe/Paris' })
  contexts.push(context)
  const page = await context.newPage()
  page.setDefaultTimeout(20_000)
  if (wallet) await injectWallet(page, chain.url, wallet)
  await page.goto(url)
  return page
}

const appUrl = (address: Address, extra: { registry?: Address; governance?: boolean } = {}) =>
  web.url({ chainId: 31_337, rpc: chain.url, page: { kind: extra.governance ? 'governance' : 'app', address }, registry: extra.registry })

async function timelock7d(client: AppAuthClient = chain.client): Promise<Address> {
  return deployTimelock(client, { notice: 7n * day })
}

/** The Governor variant at its floors: a self-delegated votes token, 1-hour voting delay, 1-day vote, 1-hour timelock, 7-day notice. */
async function deployGoverned(): Promise<{ app: Address; governor: Address }> {
  const token = await deployVotesToken(chain.client, { name: 'Votes', symbol: 'VOTE', recipient: chain.address, supply: 1_000n * 10n ** 18n })
  const deployed = await deployGovernedAppAuth(chain.client, {
    token: token.address,
    governorName: 'app governor',
    governor: { votingDelay: 3_600, votingPeriod: 86_400, proposalThreshold: 0n, quorumNumerator: 4n, lateQuorumExtension: 0, executionWindow: 14 * 86_400 },
    timelockDelay: 3_600n,
    noticePeriod: 7n * day,
    minNoticePeriod: 7n * day,
    gracePeriod: day,
    policy: policy(),
  })
  // Quorum is read at the last clock tick: let the token's supply checkpoint fall in the past.
  await warp(chain.client, 2)
  return { app: deployed.address, governor: deployed.governor }
}

describe('web app', () => {
  test('shows the stage badge and the audit findings of a timelock and of a baseline, accessibly', async () => {
    const timelock = await timelock7d()
    const baseline = await deployBaseline(chain.client)
    for (const [address, stage, name] of [
      [timelock, 'Stage 1', 'app-timelock'],
      [baseline, 'Stage 0', 'app-baseline'],
    ] as const) {
      const page = await open(appUrl(address))
      await expect.poll(() => page.getByTestId('stage-badge').first().textContent()).toBe(stage)
      // The page runs the CLI's audit library: the same findings, in the same order.
      const report = await auditAppAuth(chain.client, { address })
      const shown = await page.locator('[data-finding]').evaluateAll((items) => items.map((item) => item.getAttribute('data-finding')))
      expect(shown).toEqual(report.findings.map((finding) => finding.id))
      await page.screenshot({ path: screenshot(name), fullPage: true })
      await close(page)
    }
    const baselinePage = await open(appUrl(baseline))
    await expect.poll(() => baselinePage.locator('[data-finding="INSTANT_COMPOSE_HASH"]').count()).toBe(1)
    expect(await baselinePage.locator('[data-finding="INSTANT_COMPOSE_HASH"]').textContent()).toContain('can rug')
    await close(baselinePage)

    // a11y basics on the timelock page, with a wallet so that the Connect button is there too.
    const page = await open(appUrl(timelock), { account: chain.address, chainId: 31_337 })
    await page.getByTestId('stage-badge').first().waitFor()
    await page.getByRole('heading', { name: 'History' }).waitFor()
    await page.locator('ol.history li').first().waitFor()
    // Every section done loading: one that renders after the focus order is marked below would add
    // unmarked controls in the middle of it.
    await expect.poll(() => page.getByText(/^Loading .*…$/).count()).toBe(0)
    const unlabeled = await page.evaluate(() => {
      const problems: string[] = []
      for (const button of document.querySelectorAll('button')) if (!(button.textContent?.trim() || button.getAttribute('aria-label'))) problems.push(button.outerHTML)
      for (const field of document.querySelectorAll('input, select, textarea')) {
        if (!(field.getAttribute('aria-label') || (field.id && document.querySelector(`label[for="${field.id}"]`)))) problems.push(field.outerHTML)
      }
      for (const svg of document.querySelectorAll('svg[role="img"]')) if (!svg.getAttribute('aria-label')) problems.push('svg without aria-label')
      for (const section of document.querySelectorAll('section')) if (!section.getAttribute('aria-labelledby')) problems.push('section without a heading')
      return problems
    })
    expect(unlabeled).toEqual([])
    // Keyboard focus follows reading order: Tab visits the focusable elements in document order.
    const focusable = await page.evaluate(() => {
      const items = [...document.querySelectorAll<HTMLElement>('a[href], button:not([disabled]), input, select, textarea')].filter((item) => item.offsetParent !== null)
      items.forEach((item, index) => item.setAttribute('data-focus-index', String(index)))
      return items.length
    })
    expect(focusable).toBeGreaterThan(8)
    const visited: string[] = []
    for (let i = 0; i < Math.min(focusable, 12); i++) {
      await page.keyboard.press('Tab')
      visited.push(await page.evaluate(() => document.activeElement?.getAttribute('data-focus-index') ?? 'none'))
    }
    expect(visited).toEqual(Array.from({ length: visited.length }, (_, i) => String(i)))
    // Every stage badge's text stands out from its colour (WCAG AA, 4.5:1).
    for (const stage of [0, 1, 2, 3]) {
      const colors = await page.evaluate((stage) => {
        const badge = document.createElement('span')
        badge.className = `stage stage-${stage}`
        badge.textContent = `Stage ${stage}`
        document.body.append(badge)
        const style = getComputedStyle(badge)
        const result = { color: style.color, background: style.backgroundColor }
        badge.remove()
        return result
      }, stage)
      expect(contrastRatio(colors.color, colors.background)).toBeGreaterThanOrEqual(4.5)
    }
  }, 90_000)

  test('counts a pending change down to zero as the chain clock reaches its activation time', async () => {
    const app = await timelock7d()
    const composeHash = hashOf('release 2')
    await proposeComposeHash(chain.client, { address: app, composeHash, uri: 'https://example.com/release-2' })
    const page = await open(appUrl(app))
    const row = page.locator('[data-testid="pending-list"] tbody tr')
    await expect.poll(() => row.getAttribute('data-state')).toBe('waiting')
    expect(await row.locator('.countdown').textContent()).toMatch(/^(7d|6d 23h)$/)
    await page.screenshot({ path: screenshot('app-pending'), fullPage: false })
    // Seven days less a few seconds pass on the chain; the rest pass in real time.
    await warp(chain.client, 7n * day - 6n)
    await expect.poll(() => row.locator('.countdown').textContent(), { timeout: 10_000 }).toMatch(/^[1-9]s$/)
    await expect.poll(() => row.getAttribute('data-state'), { timeout: 15_000 }).toBe('activatable')
    expect(await row.locator('.countdown').textContent()).toBe('0s')
    // Activated, it is allowed now, listed with the URI it was announced with. (anvil's clock moved
    // on without blocks; a block at the current time lets the activation's simulation see it.)
    await mine(chain.client)
    await activate(chain.client, { address: app, id: changeIdOf('ComposeHash', composeHash) })
    await page.reload()
    const allowed = page.getByRole('list', { name: 'Allowed compose hashes' })
    await expect.poll(() => allowed.locator('li').filter({ hasText: 'https://example.com/release-2' }).count()).toBe(1)
  }, 60_000)

  test('opts out by transaction and by signature, refuses without a wallet, on the wrong network and when rejected, and shows both in the registry', async () => {
    const app = await timelock7d()
    await proposeComposeHash(chain.client, { address: app, composeHash: hashOf('release 3') })
    const { address: registry } = await deployOptOutRegistry(chain.client, { app })
    const url = appUrl(app, { registry })
    const [alice, bob] = await Promise.all([chain.clientFor(1), chain.clientFor(2)])
    const aliceBefore = await activity(alice)

    // No wallet at all: a sentence, nothing sent.
    const readOnly = await open(url)
    await readOnly.getByRole('button', { name: 'Opt out (transaction)' }).click()
    await expect.poll(() => readOnly.getByRole('alert').first().textContent()).toContain('No wallet')
    await close(readOnly)

    // A wallet on another chain: refused before anything is signed.
    const wrongChain = await open(url, { account: alice.account!.address, chainId: 1 })
    await wrongChain.getByRole('button', { name: 'Connect wallet' }).click()
    await wrongChain.getByRole('button', { name: 'Opt out (transaction)' }).click()
    await expect.poll(() => wrongChain.getByRole('alert').first().textContent()).toContain('switch it to chain 31337')
    await close(wrongChain)

    // The user rejects the signature request (or closes the window).
    const page = await open(url, { account: alice.account!.address, chainId: 31_337, reject: true })
    await page.getByRole('button', { name: 'Connect wallet' }).click()
    await page.getByRole('button', { name: 'Sign opt-out only' }).click()
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('rejected or its window closed: nothing was sent')
    expect(await activity(alice)).toEqual(aliceBefore)

    // Alice opts out by transaction.
    await page.evaluate(() => {
      ;(window as unknown as { __testWallet: { reject: boolean } }).__testWallet.reject = false
    })
    await page.getByRole('button', { name: 'Opt out (transaction)' }).click()
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Opted out in transaction' }).count()).toBe(1)
    await expect.poll(() => page.getByTestId('optout-count').textContent()).toBe('1')
    await expect.poll(() => page.getByTestId('my-optouts').locator('li').filter({ hasText: 'proposal' }).count(), { timeout: 10_000 }).toBe(1)

    await close(page)

    // Bob signs only; a relayer (the developer's key here) sends it; the page then counts two.
    const bobPage = await open(url, { account: bob.account!.address, chainId: 31_337 })
    const bobBefore = await activity(bob)
    await bobPage.getByRole('button', { name: 'Connect wallet' }).click()
    await bobPage.getByRole('button', { name: 'Sign opt-out only' }).click()
    const signedJson = await bobPage.getByTestId('signed-optout').inputValue()
    expect(await activity(bob)).toEqual(bobBefore)
    const signed = parseSignedOptOut(JSON.parse(signedJson), 'the page')
    expect(signed.user).toBe(bob.account!.address)
    await relayOptOut(chain.client, { signed })
    await expect.poll(() => bobPage.getByTestId('optout-count').textContent(), { timeout: 10_000 }).toBe('2')
    await expect.poll(() => bobPage.getByTestId('registry-counts').textContent(), { timeout: 10_000 }).toContain('2 opt-out(s) recorded')
    await bobPage.screenshot({ path: screenshot('opt-out'), fullPage: false })
  }, 90_000)

  test('votes for, queues and executes a Governor proposal from the page', async () => {
    const { app, governor } = await deployGoverned()
    const info = await getAppAuth(chain.client, { address: app })
    const composeHash = hashOf('release 4')
    await proposeThroughGovernor(chain.client, { governor, calls: [prepareAllowComposeHash(info, { composeHash, uri: '' })], description: 'release 4' })
    const page = await open(appUrl(app, { governance: true }), { account: chain.address, chainId: 31_337 })
    await page.getByRole('button', { name: 'Connect wallet' }).click()
    const card = page.locator('article.proposal').first()
    await expect.poll(() => card.getByTestId('proposal-state').textContent()).toBe('Pending')
    expect(await card.getByTestId('decoded-call').textContent()).toBe(`announce compose hash ${composeHash.slice(0, 6)}…${composeHash.slice(-4)} with notice 7d`)
    await expect.poll(() => card.getByTestId('next-step').textContent()).toContain('Voting opens')

    await warp(chain.client, 3_601)
    await card.getByRole('button', { name: 'Vote for' }).click()
    await expect.poll(() => card.getByRole('status').filter({ hasText: 'vote for: done' }).count()).toBe(1)
    await expect.poll(() => card.getByRole('meter', { name: 'For votes' }).getAttribute('aria-valuenow')).not.toBe('0')
    await page.screenshot({ path: screenshot('votes'), fullPage: false })

    await warp(chain.client, 86_401)
    await card.getByRole('button', { name: 'Queue' }).click()
    await expect.poll(() => card.getByTestId('proposal-state').textContent()).toBe('Queued')
    await warp(chain.client, 3_601)
    await card.getByRole('button', { name: 'Execute' }).click()
    await expect.poll(() => card.getByTestId('proposal-state').textContent()).toBe('Executed')
    await close(page)
    // The executed proposal announced the compose hash on the app: it is pending with its notice.
    const overview = await open(appUrl(app))
    await expect.poll(() => overview.locator('[data-testid="pending-list"] tbody tr').count()).toBe(1)
  }, 90_000)

  test('shows who of a multisig approved the next action and how many more are needed', async () => {
    const [bob, carol] = await Promise.all([chain.clientFor(1), chain.clientFor(2)])
    const signers = [chain.address, bob.account!.address, carol.account!.address]
    const { address: app } = await deployMultisigAppAuth(chain.client, { signers, threshold: 2n, noticePeriod: 7n * day, minNoticePeriod: 7n * day, gracePeriod: day, policy: policy() })
    const dataHash = keccak256(encodeFunctionData({ abi: multisigAppAuthAbi, functionName: 'proposeComposeHash', args: [hashOf('release 5'), ''] }))
    await send(bob, app, multisigAppAuthAbi, 'approve', [dataHash, 0n])
    const page = await open(appUrl(app, { governance: true }))
    const approval = page.getByRole('listitem').filter({ hasText: 'more needed' })
    await expect.poll(() => approval.textContent()).toContain('1 more needed')
    expect(await approval.getByRole('button', { name: `Copy signer ${bob.account!.address}` }).count()).toBe(1)
    expect(await page.getByRole('list', { name: 'Signers' }).locator('li').count()).toBe(3)
  }, 60_000)

  test('rates every app registered with a KMS, worst first', async () => {
    const kms = await deployKms(chain.client)
    const { app: governed } = await deployGoverned()
    const timelock = await timelock7d()
    const baseline = await deployBaseline(chain.client)
    for (const app of [governed, timelock, baseline]) await registerApp(chain.client, { kms, app })
    const page = await open(web.url({ chainId: 31_337, rpc: chain.url, page: { kind: 'kms', address: kms } }))
    const rows = page.locator('[data-testid="fleet"] tbody tr')
    await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(3)
    const shown = await rows.evaluateAll((items) => items.map((item) => [item.getAttribute('data-app'), item.getAttribute('data-stage')]))
    expect(shown).toEqual([
      [baseline, '0'],
      [timelock, '1'],
      [governed, '2'],
    ])
    await page.screenshot({ path: screenshot('kms'), fullPage: true })
  }, 90_000)
})
