import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Address, Hex } from 'viem'
import { readContract } from 'viem/actions'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { appAuthGovernorAbi, appAuthTimelockAbi, appAuthVotesTokenAbi, appAuthVotesTokenBytecode, timelockAppAuthAbi } from '../generated/contracts'
import { governanceFloors } from '../lib/governor'
import { allowOsImage } from '../lib/kms'
import { deployContract } from '../lib/transactions'
import { deployArtifact, send, warp } from '../test/actions'
import { activity, deployKms, hex32, startTestChain, type TestChain } from '../test/chain'
import { runCli } from '../test/cli'
import { forgeArtifact } from '../test/artifacts'
import { fixture } from '../test/fixtures'

describe('appauth deploy governor, gov propose / vote / queue / execute', () => {
  let chain: TestChain
  let token: Address
  let app: Address
  let proposalId: string
  let kms: Address
  const tdx = fixture('bootinfo-tdx.json').json
  const composeHash = `0x${tdx.composeHash}` as Hex
  const cli = (...argv: string[]) => runCli([...chain.rpcArgs, ...argv], { cwd: chain.dir })
  const ok = async (...argv: string[]) => {
    const result = await cli('--json', ...argv)
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    return result.json()
  }
  const hour = 3_600

  beforeAll(async () => {
    chain = await startTestChain()
    ;({ address: token } = await deployContract(chain.client, {
      name: 'AppAuthVotesToken',
      abi: appAuthVotesTokenAbi,
      bytecode: appAuthVotesTokenBytecode,
      args: ['App Votes', 'AV', chain.address, 10n ** 24n],
    }))
    await send(chain.client, token, appAuthVotesTokenAbi, 'delegate', [chain.address])
    kms = await deployKms(chain.client)
    await allowOsImage(chain.client, { kms, osImageHash: `0x${tdx.osImageHash}` })
  })
  afterAll(() => chain?.stop())

  it('deploys the governed AppAuth in one transaction and records its governor and timelock', async () => {
    const out = await ok('deploy', 'governor', '--name', 'gov', '--token', token, '--voting-delay', '1h', '--voting-period', '1d', '--timelock-delay', '1h', '--notice', '1d', '--compose-hash', hex32('c1'), '--allow-any-device', '--kms', kms)
    expect(out).toMatchObject({ name: 'gov', variant: 'governor', token, votingDelay: hour, votingPeriod: 24 * hour, quorumNumerator: 4, timelockDelay: hour, noticePeriod: 24 * hour })
    app = out.address
    expect(await readContract(chain.client, { address: app, abi: timelockAppAuthAbi, functionName: 'owner' })).toBe(out.timelock)
    expect(await readContract(chain.client, { address: out.governor, abi: appAuthGovernorAbi, functionName: 'timelock' })).toBe(out.timelock)
  })

  it('deploys a votes token to the signer, self-delegated, when --token is omitted', async () => {
    const out = await ok('deploy', 'governor', '--name', 'gov-own-token')
    expect(out).toMatchObject({ variant: 'governor', votingDelay: 86_400, votingPeriod: 5 * 86_400, timelockDelay: 2 * 86_400, noticePeriod: 14 * 86_400 })
    expect(Object.keys(out)).toEqual(expect.arrayContaining(['address', 'governor', 'timelock', 'token']))
    expect(await readContract(chain.client, { address: out.token, abi: appAuthVotesTokenAbi, functionName: 'delegates', args: [chain.address] })).toBe(chain.address)
    expect(await readContract(chain.client, { address: out.governor, abi: appAuthGovernorAbi, functionName: 'token' })).toBe(out.token)
  })

  it('refuses an owner for a governor before sending anything', async () => {
    const before = await activity(chain.client)
    const { code, stderr } = await cli('deploy', 'governor', '--name', 'gov2', '--token', token, '--owner', chain.address)
    expect(code).not.toBe(0)
    expect(stderr).toContain('its timelock owns it')
    expect(await activity(chain.client)).toEqual(before)
  })

  it('refuses settings below the governance floors before sending anything, not even the votes token', async () => {
    const before = await activity(chain.client)
    const cases: [string[], string][] = [
      [['--voting-delay', '0s'], 'the voting delay 0 s is below the floor of 3600 s'],
      [['--voting-period', '23h'], 'the voting period 82800 s is below the floor of 86400 s'],
      [['--quorum', '0'], 'the quorum 0% is below the floor of 1%'],
      [['--timelock-delay', '59m'], 'the timelock delay 3540 s is below the floor of 3600 s'],
    ]
    for (const [flags, message] of cases) {
      const { code, stderr } = await cli('deploy', 'governor', '--name', 'low', ...flags)
      expect(code).toBe(2)
      expect(stderr).toBe(`error: ${message} that the governor enforces\n`)
    }
    expect(await activity(chain.client)).toEqual(before)
  })

  it('mirrors the floors the deployed governor and timelock enforce, and the timelock expires operations', async () => {
    const out = await ok('deploy', 'governor', '--name', 'gov-floors', '--token', token)
    const governorFloor = (functionName: 'MIN_VOTING_DELAY' | 'MIN_VOTING_PERIOD' | 'MIN_QUORUM_NUMERATOR') => readContract(chain.client, { address: out.governor, abi: appAuthGovernorAbi, functionName })
    expect(await governorFloor('MIN_VOTING_DELAY')).toBe(BigInt(governanceFloors.votingDelay))
    expect(await governorFloor('MIN_VOTING_PERIOD')).toBe(BigInt(governanceFloors.votingPeriod))
    expect(await governorFloor('MIN_QUORUM_NUMERATOR')).toBe(governanceFloors.quorumNumerator)
    expect(await readContract(chain.client, { address: out.timelock, abi: appAuthTimelockAbi, functionName: 'MIN_DELAY' })).toBe(governanceFloors.timelockDelay)
    expect(await readContract(chain.client, { address: out.timelock, abi: appAuthTimelockAbi, functionName: 'executionWindow' })).toBe(14n * 86_400n)
  })

  it('refuses a votes token that does not name its mint authority, naming the error, and sends nothing', async () => {
    const artifact = forgeArtifact('test/mocks/GovernorMocks.sol', 'MinterVotes')
    const minted = await deployArtifact(chain.client, artifact, [chain.address], 'MinterVotes')
    const before = await activity(chain.client)
    const { code, stderr } = await cli('deploy', 'governor', '--name', 'gov-minter', '--token', minted)
    expect(code).toBe(2)
    expect(stderr).toBe(`error: deploying GovernedAppAuthDeployment would revert: AppAuthGovernorTokenMintAuthorityUnknown(token ${minted})\n`)
    expect(await activity(chain.client)).toEqual(before)
  })

  it('takes a compose hash from proposal to effective: propose, vote, queue, execute, notice, activate', async () => {
    const bootInfo = join(chain.dir, 'bootinfo-gov.json')
    writeFileSync(bootInfo, JSON.stringify({ ...tdx, appId: app.slice(2).toLowerCase() }))
    const boot = async () => (await cli('--json', 'simulate-boot', '--boot-info', bootInfo, '--kms', kms)).json()
    expect(await boot()).toEqual({ isAllowed: false, reason: 'Compose hash not allowed' })
    const proposed = await ok('gov', 'propose', 'gov', 'propose', composeHash, '--description', 'allow release 2')
    expect(proposed).toMatchObject({ description: 'allow release 2' })
    expect(proposed.voteEnd - proposed.voteStart).toBe(24 * hour)
    proposalId = String(proposed.proposalId)

    await warp(chain.client, hour + 1)
    expect(await ok('gov', 'vote', 'gov', proposalId, 'for', '--reason', 'audited')).toMatchObject({ support: 'for', weight: '1000000000000000000000000' })
    await warp(chain.client, 24 * hour + 1)
    expect(await ok('gov', 'queue', 'gov', proposalId)).toMatchObject({ state: 'Queued' })
    await warp(chain.client, hour + 1)
    expect(await ok('gov', 'execute', 'gov', proposalId)).toMatchObject({ state: 'Executed' })

    // The timelock, as the AppAuth's owner, announced the compose hash: it waits out the notice period.
    const { pending } = await ok('status', 'gov')
    expect(pending).toHaveLength(1)
    expect(pending[0]).toMatchObject({ kind: 'ComposeHash', value: composeHash })
    expect(pending[0].activatesAt).toBeGreaterThan(0)
    expect((await boot()).isAllowed).toBe(false)
    await warp(chain.client, 24 * hour + 1)
    await ok('activate', 'gov', pending[0].id)
    expect(await readContract(chain.client, { address: app, abi: timelockAppAuthAbi, functionName: 'allowedComposeHashes', args: [composeHash] })).toBe(true)
    expect(await boot()).toEqual({ isAllowed: true, reason: '' })
  })

  it('refuses to vote on an unknown proposal before sending, naming the governor error', async () => {
    const before = await activity(chain.client)
    const { code, stderr } = await cli('gov', 'vote', 'gov', '12345', 'for')
    expect(code).not.toBe(0)
    expect(stderr).toContain('GovernorNonexistentProposal')
    expect(await activity(chain.client)).toEqual(before)
  })

  it('refuses to queue a proposal that was never created, before sending', async () => {
    const before = await activity(chain.client)
    const { code, stderr } = await cli('gov', 'queue', 'gov', '12345')
    expect(code).not.toBe(0)
    expect(stderr).toContain('no proposal 12345')
    expect(await activity(chain.client)).toEqual(before)
  })

  it('refuses to execute a proposal already executed, before sending', async () => {
    const before = await activity(chain.client)
    const { code, stderr } = await cli('gov', 'execute', 'gov', proposalId)
    expect(code).not.toBe(0)
    expect(stderr).toContain('GovernorUnexpectedProposalState')
    expect(await activity(chain.client)).toEqual(before)
  })

  it('refuses an unknown action before sending', async () => {
    const { code, stderr } = await cli('gov', 'propose', 'gov', 'frobnicate', hex32('c3'))
    expect(code).not.toBe(0)
    expect(stderr).toContain('unknown action')
  })
})

describe('appauth gov: refusals by state name, token units, gov status', () => {
  let chain: TestChain
  let app: Address
  let proposalId: string
  const cli = (...argv: string[]) => runCli([...chain.rpcArgs, ...argv], { cwd: chain.dir })
  const hour = 3_600

  beforeAll(async () => {
    chain = await startTestChain()
    const { code, json } = await cli('--json', 'deploy', 'governor', '--name', 'gapp', '--voting-delay', '1h', '--voting-period', '1d', '--timelock-delay', '1h', '--notice', '1d')
    expect(code).toBe(0)
    app = json().address
  })
  afterAll(() => chain?.stop())

  it('refuses a vote before voting opens by the state name and the time it opens, sending nothing', async () => {
    const proposed = await cli('--json', 'gov', 'propose', 'gapp', 'propose', hex32('c7'), '--description', 'release 7')
    expect(proposed.code).toBe(0)
    proposalId = String(proposed.json().proposalId)
    const before = await activity(chain.client)
    const { code, stderr } = await cli('gov', 'vote', 'gapp', proposalId, 'for')
    expect(code).toBe(2)
    expect(stderr).toMatch(new RegExp(`^error: cannot vote on proposal ${proposalId}: proposal ${proposalId} is Pending: voting opens \\d{4}-.* UTC \\(in (1h|59m \\d+s|1h 1s)\\) \\(GovernorUnexpectedProposalState\\(proposalId ${proposalId}, current Pending, expectedStates Active\\)\\)\\n$`))
    expect(await activity(chain.client)).toEqual(before)
  })

  it('refuses a verifier action for an app without verifier hooks, and a malformed one, before proposing anything', async () => {
    const before = await activity(chain.client)
    const plain = await cli('gov', 'propose', 'gapp', 'verifier-adapter', chain.address)
    expect(plain.code).not.toBe(0)
    expect(plain.stderr).toBe(`error: verifier-adapter applies to a verified AppAuth: ${app} has no verifier hooks\n`)
    const short = await cli('gov', 'propose', 'gapp', 'pin-measurement', 'tdx=0x1234')
    expect(short.code).not.toBe(0)
    expect(short.stderr).toContain('expected the 32-byte digest or the 240 bytes')
    const threshold = await cli('gov', 'propose', 'gapp', 'raise-threshold', 'two')
    expect(threshold.stderr).toContain('the threshold must be a whole number of vendors, got "two"')
    expect(await activity(chain.client)).toEqual(before)
  })

  it('lists a pending proposal with its estimated quorum and when voting opens, by app name or address', async () => {
    const { code, stdout } = await cli('gov', 'status', 'gapp')
    expect(code).toBe(0)
    expect(stdout).toContain(`proposal ${proposalId}: Pending -- release 7`)
    expect(stdout).toMatch(/quorum\s+0 VOTE of 40,000 VOTE \(0%\), estimated/)
    expect(stdout).toMatch(/next\s+voting opens .* \(in (1h|59m \d+s|1h 1s)\)/)
    // The app's address finds the recorded governor deployment as its name does.
    const byAddress = await cli('--json', 'gov', 'status', app, proposalId)
    expect(byAddress.stderr).toBe('')
    expect(byAddress.json()).toMatchObject({ symbol: 'VOTE', decimals: 18, proposals: [{ state: 'Pending', quorum: { needed: '40000000000000000000000', estimated: true } }] })
  })

  it('prints votes in the token units, and the tally and quorum progress while voting runs', async () => {
    await warp(chain.client, hour + 1)
    const voted = await cli('gov', 'vote', 'gapp', proposalId, 'for')
    expect(voted.stdout).toContain(`voted for on proposal ${proposalId} with 1,000,000 VOTE`)
    const { stdout } = await cli('gov', 'status', 'gapp', proposalId)
    expect(stdout).toContain(`proposal ${proposalId}: Active`)
    expect(stdout).toMatch(/votes\s+for 1,000,000 VOTE, against 0 VOTE, abstain 0 VOTE/)
    expect(stdout).toMatch(/quorum\s+1,000,000 VOTE of 40,000 VOTE \(2500%, reached\)/)
    expect(stdout).toMatch(/next\s+voting closes .* \(in (1d|23h \d+m.*)\)/)
  })

  it("refuses execute before the timelock's delay by name (never `unknown error 0x5ead8eb5`), with the time it opens", async () => {
    await warp(chain.client, 24 * hour + 1)
    expect((await cli('gov', 'queue', 'gapp', proposalId)).code).toBe(0)
    const queued = await cli('gov', 'status', 'gapp', proposalId)
    expect(queued.stdout).toMatch(/next\s+execute .* \(in (1h|59m \d+s)\) \(the timelock delay\)/)
    const before = await activity(chain.client)
    const { code, stderr } = await cli('gov', 'execute', 'gapp', proposalId)
    expect(code).toBe(2)
    expect(stderr).not.toContain('unknown error')
    expect(stderr).toMatch(new RegExp(`cannot execute proposal ${proposalId}: proposal ${proposalId} is Queued: the timelock lets it execute .* \\(in (1h|59m \\d+s)\\) \\(TimelockUnexpectedOperationState\\(operationId 0x[0-9a-f]{64}, expectedStates Ready\\)\\)`))
    expect(await activity(chain.client)).toEqual(before)
    await warp(chain.client, hour + 1)
    expect((await cli('gov', 'execute', 'gapp', proposalId)).code).toBe(0)
    expect((await cli('gov', 'status', 'gapp', proposalId)).stdout).toMatch(/Executed[\s\S]*next\s+none: settled/)
  })
})

