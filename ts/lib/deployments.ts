import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, realpathSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { type Address, getAddress, type Hex } from 'viem'
import { AppAuthError, InvalidInputError, UnknownDeploymentError } from './errors'
import { parseAddress } from './hex'
import { repositoryRoot } from './repository'

/**
 * One deployment in `deployments/<chainId>.json`, an object keyed by deployment name. The Forge
 * deploy scripts (script/base/DeploymentsBase.s.sol) write the same schema, so either tool resolves
 * the other's names; script/README.md describes it.
 */
export type DeploymentRecord = {
  /** What was deployed: `timelock`, `baseline`, `multisig`, `governor`, `kms`, `optout`. */
  variant: string
  address: Address
  /** Null when a Forge script wrote the record: it records before its transactions are sent. */
  transactionHash: Hex | null
  /** The deployment block; from a Forge script, the head it ran against (a lower bound). */
  blockNumber: number
  /** ABI-encoded constructor arguments (what block explorers take to verify the source). */
  constructorArgs: Hex
  /** solc version of the bytecode, e.g. `0.8.28+commit.7893614a`. */
  compiler: string
  /** Git commit of the sources, `-dirty` appended when contracts/ or the generated code had local changes. */
  commit: string | null
  /** Timestamp of `blockNumber`, unix seconds. */
  deployedAt: number
  /** Governor variant: the governor that proposes to the timelock owning the AppAuth. */
  governor?: Address
  /** Governor variant: the TimelockController that owns the AppAuth. */
  timelock?: Address
  /** Opt-out registry: the AppAuth it serves. */
  app?: Address
}

export type Deployments = Record<string, DeploymentRecord>

export function deploymentsFile(dir: string, chainId: number): string {
  return join(dir, `${chainId}.json`)
}

export function readDeployments(dir: string, chainId: number): Deployments {
  const file = deploymentsFile(dir, chainId)
  if (!existsSync(file)) return {}
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Deployments
  } catch (error) {
    throw new AppAuthError(`cannot read ${file}: not valid JSON`, { cause: error })
  }
}

/** Adds or replaces one record, keeping the others and the key order. */
export function writeDeployment(dir: string, chainId: number, name: string, record: DeploymentRecord): void {
  const deployments = { ...readDeployments(dir, chainId), [name]: record }
  mkdirSync(dir, { recursive: true })
  const file = deploymentsFile(dir, chainId)
  writeFileSync(`${file}.tmp`, `${JSON.stringify(deployments, null, 2)}\n`)
  renameSync(`${file}.tmp`, file)
}

/**
 * The name a new deployment is recorded under: `requested` if it is well-formed and free (a record
 * is never overwritten), otherwise, without a request, the first free one among `base`, `base-2`, ...
 */
export function chooseDeploymentName(dir: string, chainId: number, requested: string | undefined, base: string): string {
  if (requested === undefined) return freeDeploymentName(dir, chainId, base)
  if (!/^[A-Za-z][\w.-]*$/.test(requested)) {
    throw new InvalidInputError(`deployment name must start with a letter and hold only letters, digits, . _ -: ${JSON.stringify(requested)}`)
  }
  const taken = readDeployments(dir, chainId)[requested]
  if (taken) throw new InvalidInputError(`deployment name "${requested}" is taken on chain ${chainId} (${taken.address}): choose another --name`)
  return requested
}

/** The first free name among `base`, `base-2`, `base-3`, ... */
function freeDeploymentName(dir: string, chainId: number, base: string): string {
  const taken = readDeployments(dir, chainId)
  if (!(base in taken)) return base
  for (let i = 2; ; i++) if (!(`${base}-${i}` in taken)) return `${base}-${i}`
}

/**
 * Resolves what a person typed for a contract: an address, or a deployment name on this chain. An
 * address that a record on this chain carries comes back with that record too, so that what the
 * record knows (the deployment block, a governor) is used whichever way the contract was named.
 */
export function resolveContract(dir: string, chainId: number, nameOrAddress: string): { address: Address; name?: string; record?: DeploymentRecord } {
  // Anything hex-looking is an address, and malformed if it is not a valid one.
  if (/^0x/i.test(nameOrAddress) || /^[0-9a-fA-F]{40}$/.test(nameOrAddress)) {
    const address = parseAddress(nameOrAddress, 'contract address')
    const name = deploymentName(dir, chainId, address)
    return name ? { address, name, record: readDeployments(dir, chainId)[name]! } : { address }
  }
  const deployments = readDeployments(dir, chainId)
  const record = deployments[nameOrAddress]
  if (!record) {
    const known = Object.keys(deployments)
    throw new UnknownDeploymentError(
      `no deployment named ${JSON.stringify(nameOrAddress)} on chain ${chainId}` +
        (known.length ? ` (known: ${known.join(', ')})` : ` (${deploymentsFile(dir, chainId)} has none)`),
    )
  }
  return { address: getAddress(record.address), name: nameOrAddress, record }
}

/** The deployment name of an address on this chain, if it has one. */
export function deploymentName(dir: string, chainId: number, address: Address): string | undefined {
  const deployments = readDeployments(dir, chainId)
  return Object.keys(deployments).find((name) => deployments[name]!.address.toLowerCase() === address.toLowerCase())
}

/** The records of opt-out registries on this chain that serve `app` (by the `app` they recorded). */
export function registriesOf(dir: string, chainId: number, app: Address): { name: string; record: DeploymentRecord }[] {
  const deployments = readDeployments(dir, chainId)
  return Object.entries(deployments)
    .filter(([, record]) => record.variant === 'optout' && record.app !== undefined && record.app.toLowerCase() === app.toLowerCase())
    .map(([name, record]) => ({ name, record }))
}

/** The commit the deployed bytecode comes from, or null outside a git checkout. */
export function sourceCommit(): string | null {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repositoryRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
    // Installed as a dependency inside someone else's repository, git would answer for theirs.
    if (realpathSync(git('rev-parse', '--show-toplevel')) !== realpathSync(repositoryRoot)) return null
    const commit = git('rev-parse', 'HEAD')
    const dirty = git('status', '--porcelain', '--', 'contracts', 'ts/generated') !== ''
    return dirty ? `${commit}-dirty` : commit
  } catch {
    return null
  }
}
