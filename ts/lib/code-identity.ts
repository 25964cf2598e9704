// Code identity: which build a piece of runtime code is, byte for byte with its immutables masked.
// No Node-only imports: the browser app imports this module as it is.
import { type Abi, type Hex, keccak256 } from 'viem'
import { knownBuilds as generatedBuilds, knownReleases, localTestBuilds as generatedTestBuilds, localTestRelease } from '../generated/contracts'

/** Byte ranges `[start, length]` of the runtime code that solc fills in at deployment (immutables). */
export type ImmutableRanges = readonly (readonly [number, number])[]

/**
 * A build the audit recognises: the keccak256 of its runtime code with every immutable range zeroed,
 * the code's length and those ranges. Enough to match on-chain code without storing the code.
 */
export type KnownBuild = {
  /** The contract name, e.g. `TimelockAppAuth`, `Safe`, or the name in an auditor's artifact. */
  name: string
  /** Where the build comes from: `devproof-appauth 0.1.0 (solc …)`, `Safe 1.4.1 (…)`, or `artifact <file>`. */
  release: string
  length: number
  /** keccak256 of the masked runtime code. */
  hash: Hex
  immutables: ImmutableRanges
  /** The ABI, for builds supplied as artifacts (their state-changing functions are probed). */
  abi?: Abi | undefined
  /**
   * `project`: built from this repository; `third-party`: a published build we pin; `artifact`: the
   * auditor's; `local-test`: a stand-in the tests deploy, known on the local chain only.
   */
  origin: 'project' | 'third-party' | 'artifact' | 'local-test'
}

/** Zeroes the immutable ranges of `code` (a hex string with 0x); ranges past the end are ignored. */
export function maskCode(code: Hex, immutables: ImmutableRanges): Hex {
  const lower = code.toLowerCase()
  if (immutables.length === 0) return lower as Hex
  // Copy the code between the ranges and zeros over them (2 hex characters per byte, after the 0x).
  let masked = ''
  let at = 0
  for (const [start, length] of [...immutables].sort((a, b) => a[0] - b[0])) {
    const from = Math.max(at, Math.min(lower.length, 2 + start * 2))
    const to = Math.min(lower.length, 2 + (start + length) * 2)
    if (to <= from) continue
    masked += lower.slice(at, from) + '0'.repeat(to - from)
    at = to
  }
  return (masked + lower.slice(at)) as Hex
}

// Deployments of one build differ only in their immutables, so their masked code is the same string:
// remembering a few hashes spares re-hashing it for every app of a KMS.
const recentHashes = new Map<string, Hex>()
const recentLimit = 16

function maskedHash(masked: Hex): Hex {
  let hash = recentHashes.get(masked)
  if (hash === undefined) {
    hash = keccak256(masked)
    if (recentHashes.size >= recentLimit) recentHashes.delete(recentHashes.keys().next().value!)
    recentHashes.set(masked, hash)
  }
  return hash
}

/** Whether `code` is `build`: same length, same bytes outside the immutable ranges. */
export function matchesBuild(code: Hex, build: Pick<KnownBuild, 'length' | 'hash' | 'immutables'>): boolean {
  if ((code.length - 2) / 2 !== build.length) return false
  return maskedHash(maskCode(code, build.immutables)) === build.hash
}

/** The first build `code` matches, or null. Builds are tried in the order given. */
export function identifyCode(code: Hex | undefined, builds: readonly KnownBuild[]): KnownBuild | null {
  if (!code || code === '0x') return null
  return builds.find((build) => matchesBuild(code, build)) ?? null
}

/** A build record from full runtime code and its immutable ranges (for artifacts the auditor supplies). */
export function describeBuild(parameters: { name: string; release: string; code: Hex; immutables: ImmutableRanges; abi?: Abi | undefined; origin: KnownBuild['origin'] }): KnownBuild {
  const { name, release, code, immutables, abi, origin } = parameters
  return { name, release, length: (code.length - 2) / 2, hash: keccak256(maskCode(code, immutables)), immutables, abi, origin }
}

/** The builds this release knows: every deployable contract of the project, Safe 1.4.1 and OpenZeppelin's published proxy and timelock. */
export const knownBuilds: readonly KnownBuild[] = generatedBuilds.map(([name, release, length, hash, immutables]) => ({
  name,
  release: knownReleases[release]!,
  length,
  hash,
  immutables,
  origin: release === 0 ? 'project' : 'third-party',
}))

/** The chain id of the local development chain (anvil), the only chain where {@link localTestBuilds} count. */
export const localChainId = 31337

/**
 * The stand-in verifiers under test/verifiers/mocks (Automata's DCAP entry point and V4 quote
 * verifier, Automata's SEV-SNP attestation, Base's Nitro validator, each answering in the real output
 * layout): known builds on the local chain only, so that the demo and the tests can reach Stage 3
 * there. Anyone can set what they answer, so on any other chain (Base) they are unknown code.
 */
export const localTestBuilds: readonly KnownBuild[] = generatedTestBuilds.map(([name, length, hash, immutables]) => ({
  name,
  release: localTestRelease,
  length,
  hash,
  immutables,
  origin: 'local-test',
}))

type ArtifactJson = Record<string, unknown>

/** solc's `immutableReferences` (`{ id: [{ start, length }] }`) as ranges. */
function rangesOf(references: unknown): ImmutableRanges {
  if (!references || typeof references !== 'object') return []
  return Object.values(references as Record<string, { start: number; length: number }[]>)
    .flat()
    .map(({ start, length }) => [start, length] as const)
    .sort((a, b) => a[0] - b[0])
}

function asHex(object: unknown): Hex | null {
  if (typeof object !== 'string' || object === '' || object === '0x') return null
  const hex = object.startsWith('0x') ? object : `0x${object}`
  // Unlinked library placeholders (`__$…$__`) cannot match deployed code.
  return /^0x([0-9a-fA-F]{2})+$/.test(hex) ? (hex as Hex) : null
}

/**
 * The builds in an artifact file the auditor compiled: a Forge artifact (`deployedBytecode.object`
 * and `.immutableReferences`), a Hardhat artifact (`contractName`, `deployedBytecode` as a string;
 * no immutable references, so it matches only code without immutables), or a solc standard-JSON
 * output (`contracts[file][name].evm.deployedBytecode`). `file` names the release. Throws a one-line
 * error for a file that is none of these.
 */
export function buildsFromArtifact(json: unknown, file: string): KnownBuild[] {
  if (!json || typeof json !== 'object') throw new Error(`${file} is not a JSON artifact`)
  const artifact = json as ArtifactJson
  const release = `artifact ${file}`
  if (artifact.contracts && typeof artifact.contracts === 'object') {
    const builds: KnownBuild[] = []
    for (const [source, contracts] of Object.entries(artifact.contracts as Record<string, Record<string, { abi?: Abi; evm?: { deployedBytecode?: { object?: string; immutableReferences?: unknown } } }>>)) {
      for (const [name, contract] of Object.entries(contracts)) {
        const code = asHex(contract.evm?.deployedBytecode?.object)
        if (!code) continue
        builds.push(describeBuild({ name, release: `${release} (${source})`, code, immutables: rangesOf(contract.evm?.deployedBytecode?.immutableReferences), abi: contract.abi, origin: 'artifact' }))
      }
    }
    if (builds.length === 0) throw new Error(`${file} is a solc output without deployable contracts (evm.deployedBytecode is missing: ask solc for it in outputSelection)`)
    return builds
  }
  const deployed = artifact.deployedBytecode
  const forge = deployed && typeof deployed === 'object' ? (deployed as { object?: string; immutableReferences?: unknown }) : null
  const code = asHex(forge ? forge.object : deployed)
  if (!code) throw new Error(`${file} has no deployed bytecode (expected a Forge or Hardhat artifact, or solc standard-JSON output)`)
  const metadata = artifact.metadata as { settings?: { compilationTarget?: Record<string, string> } } | undefined
  const name =
    (typeof artifact.contractName === 'string' ? artifact.contractName : undefined) ??
    Object.values(metadata?.settings?.compilationTarget ?? {})[0] ??
    file.split('/').at(-1)!.replace(/\.json$/, '')
  return [describeBuild({ name, release, code, immutables: rangesOf(forge?.immutableReferences), abi: artifact.abi as Abi | undefined, origin: 'artifact' })]
}
