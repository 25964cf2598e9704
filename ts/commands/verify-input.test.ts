import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Hex } from 'viem'
import { getCode, getTransaction } from 'viem/actions'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { compilerVersion } from '../generated/contracts'
import { maskCode } from '../lib/code-identity'
import { activity, hex32, startTestChain, type TestChain } from '../test/chain'
import { runCli } from '../test/cli'
import { compileStandardJson, solcVersion } from '../test/solc'

describe('appauth verify-input', { timeout: 600_000 }, () => {
  let chain: TestChain
  const cli = (...argv: string[]) => runCli([...chain.rpcArgs, ...argv], { cwd: chain.dir })

  beforeAll(async () => {
    chain = await startTestChain()
  })
  afterAll(() => chain?.stop())

  it('writes a standard-JSON input that the project solc compiles to the code on chain, immutables aside', async () => {
    const deployed = (await cli('--json', 'deploy', 'timelock', '--name', 'app', '--notice', '7d', '--compose-hash', hex32('c1'))).json()
    const { code, json, stderr } = await cli('--json', 'verify-input', 'app', '--out', 'verify')
    expect(stderr).toBe('')
    expect(code).toBe(0)
    const proof = json()
    expect(proof).toMatchObject({
      contract: 'contracts/TimelockAppAuth.sol:TimelockAppAuth',
      compilerVersion: `v${compilerVersion}`,
      constructorArguments: deployed.constructorArgs ?? expect.stringMatching(/^0x[0-9a-f]+$/),
      inputFile: join(chain.dir, 'verify', 'app.standard-input.json'),
    })
    const input = JSON.parse(readFileSync(proof.inputFile, 'utf8'))
    expect(input.settings).toMatchObject({ optimizer: { enabled: true, runs: 200 }, evmVersion: 'cancun', metadata: { bytecodeHash: 'none' } })
    expect(solcVersion()).toContain(compilerVersion.split('+')[0])

    const output = compileStandardJson(input)
    const compiled = output.contracts['contracts/TimelockAppAuth.sol']!.TimelockAppAuth!
    const onChain = (await getCode(chain.client, { address: proof.address }))!
    const ranges = Object.values(compiled.evm.deployedBytecode.immutableReferences).flat().map(({ start, length }) => [start, length] as const)
    expect(ranges.length).toBeGreaterThan(0)
    expect(maskCode(onChain, ranges)).toBe(maskCode(`0x${compiled.evm.deployedBytecode.object}`, ranges))
    // And the creation transaction is the compiled creation code followed by the arguments.
    const transaction = await getTransaction(chain.client, { hash: deployed.transactionHash as Hex })
    expect(transaction.input).toBe(`0x${compiled.evm.bytecode.object}${proof.constructorArguments.slice(2)}`)
  })

  it('refuses an app created inside another deployment (the Governor variant), naming that contract', async () => {
    const { code: deployCode } = await cli('deploy', 'governor', '--name', 'gov', '--compose-hash', hex32('c1'))
    expect(deployCode).toBe(0)
    const { code, stderr } = await cli('verify-input', 'gov')
    expect(code).not.toBe(0)
    expect(stderr).toMatch(/^error: 0x[0-9a-fA-F]{40} was created inside the deployment of 0x[0-9a-fA-F]{40} \(0x[0-9a-f]{64}\), not by its own deployment transaction: verify that contract first\n$/)
  })

  it('refuses a name that is not a recorded deployment, sending nothing', async () => {
    const before = await activity(chain.client)
    const { code, stderr } = await cli('verify-input', chain.address)
    expect(code).toBe(2)
    expect(stderr).toBe(`error: ${chain.address} is not a recorded deployment: verify-input needs its creation transaction and constructor arguments\n`)
    expect(await activity(chain.client)).toEqual(before)
  })
})
