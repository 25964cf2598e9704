import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { type Hex, keccak256 } from 'viem'
import { describe, expect, it } from 'vitest'
import { timelockAppAuthAbi } from '../generated/contracts'
import { buildsFromArtifact, describeBuild, identifyCode, knownBuilds, maskCode, matchesBuild } from './code-identity'
import { repositoryRoot } from './repository'

/** 100 bytes of code: byte i is i, so every byte differs from its neighbours. */
const code = `0x${Array.from({ length: 100 }, (_, i) => i.toString(16).padStart(2, '0')).join('')}` as Hex
const immutables = [
  [0, 4],
  [40, 32],
  [96, 4],
] as const
const build = describeBuild({ name: 'Sample', release: 'test', code, immutables, origin: 'artifact' })

/** `code` with byte `index` set to `value`. */
function withByte(source: Hex, index: number, value: number): Hex {
  return `${source.slice(0, 2 + index * 2)}${value.toString(16).padStart(2, '0')}${source.slice(4 + index * 2)}` as Hex
}

describe('masked code matching', () => {
  it('zeroes exactly the immutable ranges, at the start, in the middle and at the end', () => {
    const masked = maskCode(code, immutables)
    for (let i = 0; i < 100; i++) {
      const inRange = immutables.some(([start, length]) => i >= start && i < start + length)
      expect(masked.slice(2 + i * 2, 4 + i * 2), `byte ${i}`).toBe(inRange ? '00' : i.toString(16).padStart(2, '0'))
    }
    expect(build).toMatchObject({ length: 100, hash: keccak256(masked) })
  })

  it('matches the same code with other immutable values', () => {
    let other = code
    for (const [start, length] of immutables) for (let i = start; i < start + length; i++) other = withByte(other, i, 0xee)
    expect(matchesBuild(other, build)).toBe(true)
    expect(matchesBuild(code.toUpperCase().replace('0X', '0x') as Hex, build)).toBe(true)
  })

  it('does not match when one byte outside the immutables changes, wherever it is', () => {
    for (const index of [4, 39, 72, 95]) {
      expect(matchesBuild(withByte(code, index, 0xff), build), `byte ${index}`).toBe(false)
    }
  })

  it('does not match code of another length, even when it starts the same', () => {
    expect(matchesBuild(`${code}00`, build)).toBe(false)
    expect(matchesBuild(code.slice(0, -2) as Hex, build)).toBe(false)
    expect(identifyCode('0x', [build])).toBe(null)
  })
})

describe('known builds', () => {
  it("lists every deployable of this release with its package version and compiler settings, and Safe 1.4.1's singletons and proxy", () => {
    const project = knownBuilds.filter((known) => known.origin === 'project').map((known) => known.name)
    expect(project).toEqual(
      expect.arrayContaining([
        'TimelockAppAuth',
        'VerifiedTimelockAppAuth',
        'MultisigAppAuth',
        'BaselineAppAuth',
        'OptOutRegistry',
        'AutomataDcapTdxAdapter',
        'AutomataSevSnpAdapter',
        'BaseNitroAdapter',
        'AppAuthGovernor',
        'AppAuthVotesToken',
        'AppAuthNodeVotes',
        'GovernedAppAuthDeployment',
        'TimelockController',
        'LocalKms',
      ]),
    )
    const version = (JSON.parse(readFileSync(join(repositoryRoot, 'package.json'), 'utf8')) as { version: string }).version
    expect(knownBuilds.find((known) => known.name === 'TimelockAppAuth')!.release).toMatch(new RegExp(`^devproof-appauth ${version.replaceAll('.', '\\.')} \\(solc 0\\.8\\.28.*optimizer 200 runs, evm cancun`))
    expect(knownBuilds.filter((known) => known.release.startsWith('Safe 1.4.1')).map((known) => known.name)).toEqual(['Safe', 'SafeL2', 'SafeProxy'])
    // Adapters keep their verifier address in an immutable: masked.
    expect(knownBuilds.find((known) => known.name === 'AutomataSevSnpAdapter')!.immutables.length).toBeGreaterThan(1)
  })

  it("recognises a Forge artifact's deployed code as the build it is, and reads a solc standard-JSON output's contracts", () => {
    const artifact = JSON.parse(readFileSync(join(repositoryRoot, 'out/TimelockAppAuth.sol/TimelockAppAuth.json'), 'utf8')) as { deployedBytecode: { object: Hex } }
    const [fromArtifact] = buildsFromArtifact(artifact, 'TimelockAppAuth.json')
    expect(fromArtifact).toMatchObject({ name: 'TimelockAppAuth', origin: 'artifact', release: 'artifact TimelockAppAuth.json' })
    expect(fromArtifact!.hash).toBe(knownBuilds.find((known) => known.name === 'TimelockAppAuth' && known.origin === 'project')!.hash)
    const output = { contracts: { 'src/App.sol': { DstackApp: { abi: timelockAppAuthAbi, evm: { deployedBytecode: { object: artifact.deployedBytecode.object.slice(2), immutableReferences: {} } } } } } }
    expect(buildsFromArtifact(output, 'out.json').map((found) => [found.name, found.release])).toEqual([['DstackApp', 'artifact out.json (src/App.sol)']])
    expect(() => buildsFromArtifact({ abi: [] }, 'empty.json')).toThrow('empty.json has no deployed bytecode')
  })
})
