// Publishable proof of a recorded deployment: the solc standard-JSON input, compiler version and
// ABI-encoded constructor arguments that Basescan's "Standard JSON input" form and Sourcify take.
// Node-only (reads the sources and Forge artifacts from the repository).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { type Client, getAddress, type Hex, keccak256, toHex } from 'viem'
import { getCode, getTransaction, getTransactionReceipt } from 'viem/actions'
import { identifyCode, knownBuilds } from './code-identity'
import type { DeploymentRecord } from './deployments'
import { AppAuthError } from './errors'

export type StandardJsonInput = {
  language: 'Solidity'
  sources: Record<string, { content: string }>
  settings: Record<string, unknown>
}

export type VerifyInput = {
  /** `path:Name`, as explorers ask for it. */
  contract: string
  /** `v0.8.28+commit.7893614a`, as explorers list compilers. */
  compilerVersion: string
  constructorArguments: Hex
  input: StandardJsonInput
}

type ForgeArtifact = {
  bytecode: { object: Hex }
  metadata: {
    compiler: { version: string }
    settings: Record<string, unknown> & { compilationTarget: Record<string, string> }
    sources: Record<string, { keccak256: Hex }>
  }
}

/**
 * The standard-JSON input that reproduces a Forge artifact: every source its metadata lists (each
 * checked against the hash the build recorded) and the build's settings, asking for ABI, bytecode and
 * deployed bytecode with its immutable references. `readSource` reads a path relative to the root.
 */
export function standardJsonInput(artifact: ForgeArtifact, readSource: (path: string) => string): StandardJsonInput {
  const sources: StandardJsonInput['sources'] = {}
  for (const [path, { keccak256: expected }] of Object.entries(artifact.metadata.sources)) {
    const content = readSource(path)
    if (keccak256(toHex(content)) !== expected) throw new AppAuthError(`${path} changed since the build: run \`npm run build\` (or check out the deployed commit) first`)
    sources[path] = { content }
  }
  const { compilationTarget: _, ...settings } = artifact.metadata.settings
  return {
    language: 'Solidity',
    sources,
    settings: {
      ...settings,
      outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object', 'evm.deployedBytecode.immutableReferences', 'metadata'] } },
    },
  }
}

/**
 * What an explorer needs to verify a recorded deployment: the deployed code is matched against this
 * release's builds first (a deployment of other code gets an error, not a wrong input), then the
 * creation transaction is checked to be the build's creation code followed by the recorded arguments.
 */
export async function verifyInput(client: Client, { record, root }: { record: DeploymentRecord; root: string }): Promise<VerifyInput> {
  const code = await getCode(client, { address: record.address })
  const build = identifyCode(code, knownBuilds.filter((known) => known.origin === 'project'))
  if (!build) throw new AppAuthError(`the code at ${record.address} is no build of this release: check out the commit it was deployed from (${record.commit ?? 'not recorded'})`)
  const artifact = JSON.parse(readFileSync(join(root, 'out', `${build.name}.sol`, `${build.name}.json`), 'utf8')) as ForgeArtifact
  const [[source, name]] = Object.entries(artifact.metadata.settings.compilationTarget) as [[string, string]]
  const hash = record.transactionHash
  if (hash === null) {
    throw new AppAuthError(`the record of ${record.address} has no transaction hash (a Forge script recorded it before broadcasting): verify it from the script's broadcast/ log, or with forge verify-contract`)
  }
  const transaction = await getTransaction(client, { hash })
  if (transaction.to !== null) {
    throw new AppAuthError(`${record.address} was created by the contract ${transaction.to} in ${record.transactionHash}, not by a deployment transaction: verify that contract, then the created one with its constructor arguments`)
  }
  const { contractAddress } = await getTransactionReceipt(client, { hash })
  if (contractAddress && getAddress(contractAddress) !== getAddress(record.address)) {
    throw new AppAuthError(`${record.address} was created inside the deployment of ${getAddress(contractAddress)} (${record.transactionHash}), not by its own deployment transaction: verify that contract first`)
  }
  const creation = artifact.bytecode.object.toLowerCase()
  if (!transaction.input.toLowerCase().startsWith(creation) || `0x${transaction.input.slice(creation.length)}`.toLowerCase() !== record.constructorArgs.toLowerCase()) {
    throw new AppAuthError(`the creation transaction ${record.transactionHash} is not ${name}'s creation code followed by the recorded constructor arguments`)
  }
  return {
    contract: `${source}:${name}`,
    compilerVersion: `v${artifact.metadata.compiler.version}`,
    constructorArguments: record.constructorArgs,
    input: standardJsonInput(artifact, (path) => readFileSync(join(root, path), 'utf8')),
  }
}
