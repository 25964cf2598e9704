import { join } from 'node:path'
import type { Address } from 'viem'
import { readContract } from 'viem/actions'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { multisigAppAuthAbi } from '../generated/contracts'
import { changeIdOf } from '../lib/contracts'
import { devPrivateKey } from '../lib/local-chain'
import { activity, hex32, startTestChain, type TestChain } from '../test/chain'
import { runCli } from '../test/cli'

describe('appauth deploy multisig, multisig sign, multisig submit', () => {
  let chain: TestChain
  let app: Address
  let signers: Address[]
  const as = (index: number, ...argv: string[]) =>
    runCli(['--rpc', chain.url, '--private-key', devPrivateKey(index), '--deployments', join(chain.dir, 'deployments'), ...argv], { cwd: chain.dir })
  const cli = (...argv: string[]) => as(0, ...argv)
  const sign = async (index: number, ...argv: string[]) => {
    const { code, json, stderr } = await as(index, '--json', 'multisig', 'sign', 'ms', ...argv)
    expect(stderr).toBe('')
    expect(code).toBe(0)
    return json().signature as string
  }

  beforeAll(async () => {
    chain = await startTestChain()
    signers = await Promise.all([1, 2, 3].map(async (index) => (await chain.clientFor(index)).account!.address))
  })
  afterAll(() => chain?.stop())

  it('deploys a 2-of-3 multisig with a notice period', async () => {
    const { code, json, stderr } = await cli('--json', 'deploy', 'multisig', '--name', 'ms', ...signers.flatMap((signer) => ['--signer', signer]), '--threshold', '2', '--notice', '1h', '--compose-hash', hex32('c1'))
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(json()).toMatchObject({ name: 'ms', variant: 'multisig', signers, threshold: 2, noticePeriod: 3600 })
    app = json().address
    expect(await readContract(chain.client, { address: app, abi: multisigAppAuthAbi, functionName: 'threshold' })).toBe(2n)
    const status = await cli('--json', 'status', 'ms')
    expect(status.stderr).toBe('')
    expect(status.json()).toMatchObject({ variant: 'multisig', owner: null, multisig: { signers, threshold: 2, nonce: 0 } })
  })

  it('refuses a threshold above the signer count (decoded) and a multisig without signers, sending nothing', async () => {
    const before = await activity(chain.client)
    const high = await cli('deploy', 'multisig', '--signer', signers[0]!, '--threshold', '2')
    expect(high.code).toBe(2)
    expect(high.stderr).toBe('error: deploying MultisigAppAuth would revert: MultisigInvalidThreshold(threshold 2, signerCount 1)\n')
    const none = await cli('deploy', 'multisig', '--threshold', '1')
    expect(none.stderr).toBe('error: a multisig needs its signers and threshold: pass --signer <address> (repeatable) and --threshold <m>\n')
    expect(await activity(chain.client)).toEqual(before)
  })

  it('signs without sending; submit sorts the signatures and executes', async () => {
    const before = await activity(chain.client, signers[2]!)
    // Signers 3 and 1, in that order: submit must put them in ascending signer order.
    const signatures = [await sign(3, 'propose', hex32('a2')), await sign(1, 'propose', hex32('a2'))]
    expect(signatures[0]).toMatch(/^0x[0-9a-f]{130}$/)
    expect(await activity(chain.client, signers[2]!)).toEqual(before)

    const { code, json, stderr } = await cli('--json', 'multisig', 'submit', 'ms', 'propose', hex32('a2'), ...signatures.flatMap((signature) => ['--signature', signature]))
    expect(stderr).toBe('')
    expect(code).toBe(0)
    const sorted = [signers[0], signers[2]].sort((a, b) => (BigInt(a!) < BigInt(b!) ? -1 : 1))
    expect(json()).toMatchObject({ app, nonce: 0, functionName: 'proposeComposeHash', signers: sorted, change: { id: changeIdOf('ComposeHash', hex32('a2')), kind: 'ComposeHash' } })
    expect(await readContract(chain.client, { address: app, abi: multisigAppAuthAbi, functionName: 'nonce' })).toBe(1n)
  })

  it('refuses too few signatures, naming the error, and sends nothing', async () => {
    const signature = await sign(2, 'remove', hex32('c1'))
    const before = await activity(chain.client)
    const { code, stdout, stderr } = await cli('multisig', 'submit', 'ms', 'remove', hex32('c1'), '--signature', signature)
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toBe('error: execute would revert: MultisigThresholdNotMet(approvals 1, threshold 2)\n')
    expect(await activity(chain.client)).toEqual(before)
  })

  it('signs for an explicit --nonce, and refuses a stranger\'s signature by name', async () => {
    const { code, json } = await as(1, '--json', 'multisig', 'sign', 'ms', 'cancel', hex32('a2'), '--nonce', '1')
    expect(code).toBe(0)
    expect(json()).toMatchObject({ nonce: 1, functionName: 'cancelProposal', signer: signers[0] })
    const stranger = await sign(4, 'cancel', hex32('a2'))
    const strangerAddress = (await chain.clientFor(4)).account!.address
    const before = await activity(chain.client)
    const refused = await cli('multisig', 'submit', 'ms', 'cancel', hex32('a2'), '--signature', json().signature, '--signature', stranger)
    expect(refused.code).toBe(2)
    expect(refused.stderr).toBe(`error: execute would revert: MultisigNotSigner(account ${strangerAddress})\n`)
    expect(await activity(chain.client)).toEqual(before)
  })

  it('refuses an unknown action and a malformed signature before connecting', async () => {
    expect((await cli('multisig', 'sign', 'ms', 'transfer', hex32('a2'))).stderr).toBe(
      'error: unknown action "transfer": use propose, activate, cancel, remove, device-add, device-remove, transfer-ownership, accept-ownership, verifier-adapter, remove-adapter, lower-threshold, raise-threshold, pin-measurement, unpin-measurement\n',
    )
    const bad = await cli('multisig', 'submit', 'ms', 'remove', hex32('c1'), '--signature', '0x1234')
    expect(bad.code).toBe(2)
    expect(bad.stderr).toBe('error: --signature must be 65 bytes of 0x-prefixed hex, got "0x1234"\n')
  })

  it('approves on chain: two signers approve, submit executes with no signature at all', async () => {
    const approved = await as(1, '--json', 'multisig', 'approve', 'ms', 'propose', hex32('a5'))
    expect(approved.stderr).toBe('')
    expect(approved.json()).toMatchObject({ signer: signers[0], approvals: 1, threshold: 2 })
    const nonce = approved.json().nonce
    const second = await as(2, 'multisig', 'approve', 'ms', 'propose', hex32('a5'))
    expect(second.stdout).toMatch(/approvals\s+2 of 2 on chain: enough, `appauth multisig submit ms propose 0x(a5){32}` executes it/)
    const submitted = await cli('--json', 'multisig', 'submit', 'ms', 'propose', hex32('a5'))
    expect(submitted.stderr).toBe('')
    expect(submitted.json()).toMatchObject({ nonce, change: { kind: 'ComposeHash', value: hex32('a5') } })
  })

  it('revokes an approval, so that one approval short of the threshold cannot execute', async () => {
    expect((await as(1, 'multisig', 'approve', 'ms', 'propose', hex32('a6'))).code).toBe(0)
    expect((await as(2, 'multisig', 'approve', 'ms', 'propose', hex32('a6'))).code).toBe(0)
    const revoked = await as(2, '--json', 'multisig', 'revoke', 'ms', 'propose', hex32('a6'))
    expect(revoked.stderr).toBe('')
    expect(revoked.json()).toMatchObject({ signer: signers[1], approvals: 1, threshold: 2 })
    const before = await activity(chain.client)
    const short = await cli('multisig', 'submit', 'ms', 'propose', hex32('a6'))
    expect(short.code).toBe(2)
    expect(short.stderr).toContain('MultisigThresholdNotMet(approvals 1, threshold 2)')
    expect(await activity(chain.client)).toEqual(before)
  })

  it('refuses an approval from a non-signer and a revoke of what was never approved, by name, sending nothing', async () => {
    const before = await activity(chain.client)
    const stranger = await as(5, 'multisig', 'approve', 'ms', 'propose', hex32('a7'))
    expect(stranger.code).toBe(2)
    expect(stranger.stderr).toMatch(/^error: approve would revert: MultisigNotSigner\(account 0x\w+\)\n$/)
    const never = await as(3, 'multisig', 'revoke', 'ms', 'propose', hex32('a7'))
    expect(never.code).toBe(2)
    expect(never.stderr).toMatch(/^error: revokeApproval would revert: MultisigNotApproved\(signer 0x\w+, digest 0x[0-9a-f]{64}\)\n$/)
    expect(await activity(chain.client)).toEqual(before)
  })
})

