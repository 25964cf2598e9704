// Contract artifacts the TypeScript tests deploy beyond ts/generated/: Forge builds of test helpers
// (test/**) and third-party contracts from their npm packages' own builds. Test code only.
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Abi, Hex } from 'viem'
import { repositoryRoot } from '../lib/repository'

export type Artifact = { abi: Abi; bytecode: Hex }

/** Solidity sources under test/ whose contracts the TypeScript tests deploy (built by ts/test/global-setup.ts). */
export const forgeTestHelpers = [
  'test/utils/AppAuthEventFountain.sol',
  'test/utils/OzGovernorFixture.sol',
  'contracts/governance/GovernedAppAuthDeployment.sol',
  'test/reference/DstackAppReference.sol',
  'test/mocks/MockAutomataQuoteVerifier.sol',
  'test/mocks/MockSevSnpAttestation.sol',
  'test/mocks/MockNitroValidator.sol',
  'test/identity/LookAlikeAppAuths.sol',
  'test/mocks/ERC1271WalletMock.sol',
  'test/mocks/MockAutomataDcapAttestation.sol',
] as const

/**
 * A contract compiled by Forge from this repository (`out/<File>.sol/<Contract>.json`). When the
 * artifact is missing, builds just `source` (and what it imports) first; `npm test` runs Forge
 * before the TypeScript tests, so this only happens when a test file runs alone.
 */
export function forgeArtifact(source: string, contract: string): Artifact {
  const file = join(repositoryRoot, 'out', source.split('/').at(-1)!, `${contract}.json`)
  if (!existsSync(file)) {
    execFileSync('bash', ['tools/forge.sh', 'build', source], { cwd: repositoryRoot, stdio: 'pipe' })
  }
  const artifact = JSON.parse(readFileSync(file, 'utf8')) as { abi: Abi; bytecode: { object: Hex } }
  return { abi: artifact.abi, bytecode: artifact.bytecode.object }
}

/** The path of a Forge artifact of this repository, relative to the root, as an auditor passes it to `--artifact`. */
export function forgeArtifactPath(source: string, contract: string): string {
  forgeArtifact(source, contract)
  return join('out', source.split('/').at(-1)!, `${contract}.json`)
}

/** A contract from OpenZeppelin's npm build (`@openzeppelin/contracts/build/contracts`). */
export function openZeppelinArtifact(contract: string): Artifact {
  const file = join(repositoryRoot, 'node_modules/@openzeppelin/contracts/build/contracts', `${contract}.json`)
  const artifact = JSON.parse(readFileSync(file, 'utf8')) as { abi: Abi; bytecode: Hex }
  return { abi: artifact.abi, bytecode: artifact.bytecode }
}

/** A contract from Safe's npm build, e.g. `Safe.sol/Safe`, `proxies/SafeProxyFactory.sol/SafeProxyFactory`. */
export function safeArtifact(path: string): Artifact {
  const file = join(repositoryRoot, 'node_modules/@safe-global/safe-contracts/build/artifacts/contracts', `${path}.json`)
  const artifact = JSON.parse(readFileSync(file, 'utf8')) as { abi: Abi; bytecode: Hex }
  return { abi: artifact.abi, bytecode: artifact.bytecode }
}
