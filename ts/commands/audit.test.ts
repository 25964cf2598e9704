import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { type Address, encodeFunctionData } from 'viem'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { standardJsonInput } from '../lib/verify-input'
import { repositoryRoot } from '../lib/repository'
import { deployArtifact } from '../test/actions'
import { forgeArtifact, forgeArtifactPath, openZeppelinArtifact } from '../test/artifacts'
import { deployBaseline, deployTimelock, hex32, startTestChain, type TestChain } from '../test/chain'
import { runCli } from '../test/cli'
import { compileStandardJson } from '../test/solc'

describe('appauth audit', { timeout: 600_000 }, () => {
  let chain: TestChain
  let baseline: Address
  let timelock: Address
  const cli = (...argv: string[]) => runCli([...chain.rpcArgs, ...argv], { cwd: chain.dir })

  beforeAll(async () => {
    chain = await startTestChain()
    baseline = await deployBaseline(chain.client)
    timelock = await deployTimelock(chain.client, { notice: 7n * 86_400n })
  })
  afterAll(() => chain?.stop())

  it('prints a verdict and one line per finding, worst first', async () => {
    const { code, stdout } = await cli('audit', baseline)
    expect(code).toBe(0)
    const lines = stdout.trim().split('\n')
    expect(lines[0]).toBe(`${baseline}: ERC-733 Stage 0 (ruggable)`)
    expect(stdout).toMatch(/controller +account 0x\w+ with no code: one key, or a contract not deployed yet/)
    const findings = lines.slice(lines.indexOf('findings') + 1)
    expect(findings[0]).toMatch(/^ {2}RUG +\w+ /)
    expect(findings.map((line) => line.trim().split(/\s+/)[1])).toEqual(
      expect.arrayContaining(['INSTANT_COMPOSE_HASH', 'INSTANT_DEVICE', 'INSTANT_ALLOW_ANY_DEVICE', 'INSTANT_TCB_DOWNGRADE', 'NO_NOTICE', 'OWNER_EOA', 'NOT_UPGRADEABLE']),
    )
    expect(stdout).toContain('INSTANT_COMPOSE_HASH           the controller can allow a new compose hash with one call (addComposeHash(bytes32); simulated), effective at once')
  })

  it('gives programs JSON with stable finding ids', async () => {
    const { code, json } = await cli('--json', 'audit', timelock)
    expect(code).toBe(0)
    const report = json()
    expect(report).toMatchObject({ address: timelock, stage: 1, variant: 'timelock', effectiveNotice: 604_800, requiredNotice: 604_800, controller: { kind: 'eoa' } })
    expect(report.findings.map((finding: { id: string }) => finding.id)).toEqual(expect.arrayContaining(['OWNER_EOA', 'NOTICE_OK', 'HISTORY_CONSISTENT']))
  })

  it('takes --min-notice, and --require-stage turns the verdict into an exit code', async () => {
    expect((await cli('--json', 'audit', timelock, '--min-notice', '8d')).json().stage).toBe(0)
    expect((await cli('audit', timelock, '--require-stage', '1')).code).toBe(0)
    expect((await cli('audit', timelock, '--require-stage', '2')).code).toBe(1)
    expect((await cli('audit', baseline, '--require-stage', '1')).code).toBe(1)
    expect((await cli('audit', timelock, '--require-stage', '4')).stderr).toBe('error: --require-stage must be 0, 1, 2 or 3, got "4"\n')
  })

  it('says clearly that an account is not an AppAuth', async () => {
    const { code, stdout, stderr } = await cli('audit', chain.address)
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toBe(`error: ${chain.address} is not an AppAuth: it is an account, not a contract (no code at that address)\n`)
  })

  it('names a DstackApp the auditor compiled as DstackApp, never as our baseline, and rates it Stage 0 with its instant paths', async () => {
    // The auditor compiles DstackApp's source with solc and hands the standard-JSON output over.
    const reference = forgeArtifact('test/reference/DstackAppReference.sol', 'DstackAppReference')
    const artifact = JSON.parse(readFileSync(join(repositoryRoot, forgeArtifactPath('test/reference/DstackAppReference.sol', 'DstackAppReference')), 'utf8'))
    const input = standardJsonInput(artifact, (path) => readFileSync(join(repositoryRoot, path), 'utf8'))
    const source = input.sources['test/reference/DstackAppReference.sol']!
    source.content = source.content.replace('contract DstackAppReference is', 'contract DstackApp is')
    const output = compileStandardJson(input)
    const outputFile = join(chain.dir, 'dstack-app.output.json')
    writeFileSync(outputFile, JSON.stringify(output))

    const implementation = await deployArtifact(chain.client, reference, [], 'DstackAppReference')
    const initialize = encodeFunctionData({ abi: reference.abi, functionName: 'initialize', args: [chain.address, false, true, false, hex32('d1'), hex32('c1')] })
    const proxy = await deployArtifact(chain.client, openZeppelinArtifact('ERC1967Proxy'), [implementation, initialize], 'ERC1967Proxy')

    const unknown = (await cli('--json', 'audit', proxy)).json()
    expect(unknown).toMatchObject({ stage: 0, variant: 'unknown', build: null })
    const { code, json } = await cli('--json', 'audit', proxy, '--artifact', outputFile)
    expect(code).toBe(0)
    const report = json()
    expect(report).toMatchObject({ stage: 0, variant: 'unknown', build: `DstackApp @ artifact ${outputFile} (test/reference/DstackAppReference.sol)` })
    expect(report.findings.map((finding: { id: string }) => finding.id)).not.toContain('UNKNOWN_CODE')
    expect(report.instantPaths.map((path: { id: string; evidence: string }) => [path.id, path.evidence])).toEqual([
      ['INSTANT_COMPOSE_HASH', 'simulated'],
      ['INSTANT_DEVICE', 'simulated'],
      ['INSTANT_ALLOW_ANY_DEVICE', 'simulated'],
      ['INSTANT_TCB_DOWNGRADE', 'simulated'],
    ])
    const { stdout } = await cli('audit', proxy, '--artifact', outputFile)
    expect(stdout).toContain(`build             DstackApp @ artifact ${outputFile}`)
    expect(stdout).not.toMatch(/baseline/)
  })

  it('refuses an --artifact that is not one before reading the chain', async () => {
    const file = join(chain.dir, 'not-an-artifact.json')
    writeFileSync(file, JSON.stringify({ abi: [] }))
    expect((await cli('audit', baseline, '--artifact', file)).stderr).toBe(`error: --artifact ${file} has no deployed bytecode (expected a Forge or Hardhat artifact, or solc standard-JSON output)\n`)
    expect((await cli('audit', baseline, '--artifact', join(chain.dir, 'missing.json'))).stderr).toBe(`error: --artifact ${join(chain.dir, 'missing.json')}: no such file\n`)
  })
})
