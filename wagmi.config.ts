// Generates ts/generated/contracts.ts from the Forge artifacts: the ABI of every contract under
// contracts/ (through @wagmi/cli's foundry plugin) and the creation bytecode of the deployable ones
// (through the small plugin below), all `as const`. Run `npm run generate`; never edit the output.
import { readdirSync, readFileSync } from 'node:fs'
import { basename, join, relative } from 'node:path'
import { defineConfig, type Plugin } from '@wagmi/cli'
import { foundry, react } from '@wagmi/cli/plugins'
import { keccak256 } from 'viem'

const root = import.meta.dirname
const sources = 'contracts'
const artifacts = 'out'

/**
 * Artifacts of OpenZeppelin contracts our deployments create and the CLI talks to (the governor
 * variant's TimelockController): ABIs only, no bytecode. Forge builds them as imports of contracts/.
 */
const standardContracts = ['TimelockController.sol/TimelockController.json']

/** Every .sol file under contracts/ (never test/, script/ or libraries). */
function sourceFiles(dir = join(root, sources)): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return entry.name.endsWith('.sol') ? [relative(root, path)] : []
  })
}

/** Forge writes out/<File>.sol/<Contract>.json, so file names under contracts/ must be unique. */
function artifactDirectories(): string[] {
  const names = sourceFiles().map((file) => basename(file))
  const duplicate = names.find((name, i) => names.indexOf(name) !== i)
  if (duplicate) throw new Error(`two files under ${sources}/ are named ${duplicate}; artifacts would collide`)
  return names.sort()
}

type Artifact = {
  bytecode: { object: `0x${string}`; linkReferences: Record<string, unknown> }
  deployedBytecode: { object: `0x${string}`; immutableReferences?: Record<string, { start: number; length: number }[]> }
  metadata: {
    compiler: { version: string }
    settings: { compilationTarget: Record<string, string>; optimizer: { enabled: boolean; runs: number }; evmVersion: string; metadata?: { bytecodeHash?: string } }
  }
}

/** One known build: name, release index, code length, keccak256 of the masked code, immutable ranges. */
type KnownBuildRow = [string, number, number, `0x${string}`, [number, number][]]

/** Runtime code with the immutable ranges zeroed (the same masking as ts/lib/code-identity.ts). */
function maskedHash(code: `0x${string}`, ranges: [number, number][]): `0x${string}` {
  const chars = code.toLowerCase().split('')
  for (const [start, length] of ranges) for (let i = 2 + start * 2; i < 2 + (start + length) * 2; i++) chars[i] = '0'
  return keccak256(chars.join('') as `0x${string}`)
}

function rangesOf(references: Artifact['deployedBytecode']['immutableReferences']): [number, number][] {
  return Object.values(references ?? {})
    .flat()
    .map(({ start, length }): [number, number] => [start, length])
    .sort((a, b) => a[0] - b[0])
}

/**
 * Published builds the audit recognises beside ours, from the npm packages' own artifacts: Safe
 * 1.4.1's singletons and proxy (a Safe controller is known by code, not by answering getThreshold),
 * and OpenZeppelin's ERC1967Proxy and TimelockController. Their Hardhat artifacts carry no immutable
 * references; none of these contracts has immutables.
 */
const thirdPartyBuilds = [
  { release: 'Safe 1.4.1 (@safe-global/safe-contracts npm build)', dir: 'node_modules/@safe-global/safe-contracts/build/artifacts/contracts', files: ['Safe.sol/Safe.json', 'SafeL2.sol/SafeL2.json', 'proxies/SafeProxy.sol/SafeProxy.json'] },
  { release: 'OpenZeppelin Contracts 5.7.0 (@openzeppelin/contracts npm build)', dir: 'node_modules/@openzeppelin/contracts/build/contracts', files: ['ERC1967Proxy.json', 'TimelockController.json'] },
]

/**
 * The project's deployables (every concrete contract under contracts/, and the TimelockController
 * GovernedAppAuthDeployment deploys) and the published builds above, as compact rows: the browser
 * bundle carries hashes, not code.
 */
function knownBuildRows(release: string): { releases: string[]; rows: KnownBuildRow[] } {
  const rows: KnownBuildRow[] = []
  const releases = [release]
  const ours = [...artifactDirectories().map((directory) => join(artifacts, directory)), join(artifacts, 'TimelockController.sol')]
  for (const dir of ours) {
    for (const file of readdirSync(join(root, dir)).sort()) {
      const artifact = JSON.parse(readFileSync(join(root, dir, file), 'utf8')) as Artifact
      const [source] = Object.keys(artifact.metadata.settings.compilationTarget)
      const ownSource = source?.startsWith(`${sources}/`) || source === 'node_modules/@openzeppelin/contracts/governance/TimelockController.sol'
      const code = artifact.deployedBytecode.object
      if (!ownSource || code === '0x') continue
      const ranges = rangesOf(artifact.deployedBytecode.immutableReferences)
      rows.push([file.replace(/\.json$/, ''), 0, (code.length - 2) / 2, maskedHash(code, ranges), ranges])
    }
  }
  for (const { release: name, dir, files } of thirdPartyBuilds) {
    releases.push(name)
    for (const file of files) {
      const artifact = JSON.parse(readFileSync(join(root, dir, file), 'utf8')) as { contractName: string; deployedBytecode: `0x${string}` }
      rows.push([artifact.contractName, releases.length - 1, (artifact.deployedBytecode.length - 2) / 2, maskedHash(artifact.deployedBytecode, []), []])
    }
  }
  return { releases, rows }
}

/**
 * The stand-in verifiers of the tests (test/verifiers/mocks), which keep the vendors' functions and
 * output layouts: build rows (without a release index: they have their own) and creation bytecode, so
 * the audit knows them on the local chain only and `npm run demo:stage3` can deploy them. MockAdapter
 * and MockVerifierBase are left out: a scriptable adapter is never a known build.
 */
const localTestVerifiers = ['MockAutomataDcapAttestation', 'MockAutomataQuoteVerifier', 'MockSevSnpAttestation', 'MockNitroValidator']

function localTestBuildLines(version: string): string[] {
  const rows: [string, number, `0x${string}`, [number, number][]][] = []
  const bytecode: Record<string, string> = {}
  for (const name of localTestVerifiers) {
    const artifact = JSON.parse(readFileSync(join(root, artifacts, `${name}.sol`, `${name}.json`), 'utf8')) as Artifact
    const code = artifact.deployedBytecode.object
    const ranges = rangesOf(artifact.deployedBytecode.immutableReferences)
    rows.push([name, (code.length - 2) / 2, maskedHash(code, ranges), ranges])
    bytecode[name] = artifact.bytecode.object
  }
  return [
    `/** The release of the local test builds: the tests' stand-in verifiers, known on the local chain only. */`,
    `export const localTestRelease = ${JSON.stringify(`devproof-appauth ${version} test stand-in (test/verifiers/mocks), local chain only`)}`,
    `/** Local test builds: [name, runtime length, keccak256 of the masked runtime code, immutable ranges]. */`,
    `export const localTestBuilds: readonly (readonly [string, number, \`0x\${string}\`, readonly (readonly [number, number])[]])[] = ${JSON.stringify(rows)}`,
    `/** Creation bytecode of the stand-in verifiers (no constructor arguments), for the local demo. */`,
    `export const localTestVerifierBytecode = ${JSON.stringify(bytecode, null, 2)} as const`,
  ]
}

/**
 * Standard contracts the auditor and the CLI read on any chain, from the npm packages that publish
 * them: OpenZeppelin's Ownable2Step, Governor extensions (quorum fraction, timelock control), UUPS and
 * beacon views, and Safe 1.4.1. Their ABIs are the packages' own build artifacts, not redeclared.
 */
const standardAbis = [
  { dir: 'node_modules/@openzeppelin/contracts/build/contracts', files: ['Ownable2Step.json', 'GovernorVotesQuorumFraction.json', 'GovernorTimelockControl.json', 'UUPSUpgradeable.json', 'IBeacon.json'] },
  { dir: 'node_modules/@safe-global/safe-contracts/build/artifacts/contracts', files: ['Safe.sol/Safe.json'] },
]

/** `<name>Abi` constants (wagmi's naming) for the standard contracts above, from their npm artifacts. */
function standardAbiLines(): string[] {
  const lines: string[] = []
  for (const { dir, files } of standardAbis) {
    for (const file of files) {
      const artifact = JSON.parse(readFileSync(join(root, dir, file), 'utf8')) as { contractName: string; sourceName: string; abi: unknown[] }
      const name = artifact.contractName.replace(/^[A-Z]+(?=[A-Z][a-z])|^[A-Z]/, (head) => head.toLowerCase())
      lines.push(`/** ABI of ${artifact.sourceName}:${artifact.contractName}, from ${dir.replace('node_modules/', '')}. */`)
      lines.push(`export const ${name}Abi = ${JSON.stringify(artifact.abi)} as const`)
    }
  }
  return lines
}

/**
 * The members of every enum declared under contracts/, keyed as ABIs name them in `internalType`
 * (`enum IAppAuthNotice.ChangeKind`): ABIs carry an enum as a bare uint8, without member names.
 */
function enumMembers(): Record<string, string[]> {
  const enums: Record<string, string[]> = {}
  for (const file of sourceFiles().sort()) {
    // Comments may name enum-like things; drop them before matching declarations.
    const source = readFileSync(join(root, file), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')
    for (const match of source.matchAll(/\benum\s+(\w+)\s*\{([^}]*)\}/g)) {
      const before = source.slice(0, match.index)
      const owner = [...before.matchAll(/\b(?:contract|interface|library)\s+(\w+)/g)].at(-1)?.[1]
      const key = `enum ${owner ? `${owner}.` : ''}${match[1]}`
      enums[key] = match[2]!.split(',').map((member) => member.trim()).filter(Boolean)
    }
  }
  return enums
}

/**
 * Contracts that are never deployed but run as an `eth_call` state override (the auth server's
 * StaticCallBatch): their runtime code is emitted too, as `<name>RuntimeBytecode`.
 */
const overrideContracts = ['StaticCallBatch']

/**
 * Emits `<name>Bytecode` for every concrete contract under contracts/ (and `<name>RuntimeBytecode` for
 * the override contracts above), the compiler version, and the enum members that ABIs leave out.
 */
function artifactsPlugin(): Plugin {
  return {
    name: 'Artifacts',
    run() {
      const lines: string[] = []
      const compilers = new Set<string>()
      let settings: Artifact['metadata']['settings'] | undefined
      for (const directory of artifactDirectories()) {
        const dir = join(root, artifacts, directory)
        for (const file of readdirSync(dir).sort()) {
          const artifact = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Artifact
          const [source] = Object.keys(artifact.metadata.settings.compilationTarget)
          if (!source?.startsWith(`${sources}/`)) continue
          compilers.add(artifact.metadata.compiler.version)
          settings ??= artifact.metadata.settings
          if (artifact.bytecode.object === '0x') continue // interface or abstract contract
          if (Object.keys(artifact.bytecode.linkReferences).length > 0) {
            throw new Error(`${file} needs linked libraries, which deploys do not support`)
          }
          const name = file.replace(/\.json$/, '')
          const constant = `${name[0]!.toLowerCase()}${name.slice(1)}Bytecode`
          lines.push(`/** Creation bytecode of ${source}:${name}. */`)
          lines.push(`export const ${constant} = '${artifact.bytecode.object}' as const`)
          if (overrideContracts.includes(name)) {
            lines.push(`/** Runtime bytecode of ${source}:${name}, supplied to eth_call as a state override. */`)
            lines.push(`export const ${constant.replace(/Bytecode$/, 'RuntimeBytecode')} = '${artifact.deployedBytecode.object}' as const`)
          }
        }
      }
      if (compilers.size !== 1) throw new Error(`expected one compiler version, got ${[...compilers].join(', ')}`)
      const [compiler] = compilers
      lines.unshift(`/** The solc version every artifact here was compiled with. */`, `export const compilerVersion = '${compiler}' as const`)
      const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }
      const release = `devproof-appauth ${version} (solc ${compiler}, optimizer ${settings!.optimizer.enabled ? `${settings!.optimizer.runs} runs` : 'off'}, evm ${settings!.evmVersion}, bytecode hash ${settings!.metadata?.bytecodeHash ?? 'ipfs'})`
      const { releases, rows } = knownBuildRows(release)
      lines.push(`/** The releases known builds belong to; index 0 is this package. */`)
      lines.push(`export const knownReleases = ${JSON.stringify(releases)} as const`)
      lines.push(`/** Known builds: [name, release index, runtime length, keccak256 of the runtime code with immutables zeroed, immutable [start, length] ranges]. */`)
      lines.push(`export const knownBuilds: readonly (readonly [string, number, number, \`0x\${string}\`, readonly (readonly [number, number])[]])[] = ${JSON.stringify(rows)}`)
      lines.push(...localTestBuildLines(version))
      lines.push(...standardAbiLines())
      lines.push(`/** Enum members by ABI internalType; ABIs encode enums as uint8 without names. */`)
      lines.push(`export const enumMembers = ${JSON.stringify(enumMembers())} as const`)
      return { content: lines.join('\n') }
    },
  }
}

// tools/forge.sh builds first (it points forge at the pinned solc-js); the plugin only reads.
const forge = { build: false, rebuild: false, path: `bash ${join(root, 'tools/forge.sh')}` }

/** The contracts the web app (web/) reads and writes through generated React hooks. */
const webContracts = ['TimelockAppAuth', 'MultisigAppAuth', 'OptOutRegistry', 'AppAuthGovernor', 'LocalKms']

export default defineConfig([
  {
    // APPAUTH_GENERATED_OUT lets `generate:check` write a fresh copy elsewhere and compare.
    out: process.env.APPAUTH_GENERATED_OUT ?? 'ts/generated/contracts.ts',
    plugins: [
      foundry({
        project: root,
        artifacts,
        // Plus standard contracts ours deploy and call through, compiled from their npm package's
        // sources: the ABIs of what the CLI talks to (errors decoded by name, views read) come from there.
        include: [...artifactDirectories().map((directory) => `${directory}/*.json`), ...standardContracts],
        exclude: [],
        forge,
      }),
      artifactsPlugin(),
    ],
  },
  {
    // The web app's ABIs and wagmi React hooks (useReadTimelockAppAuthPendingChanges, ...), from the
    // same artifacts; APPAUTH_WEB_GENERATED_OUT serves `generate:check` as above.
    out: process.env.APPAUTH_WEB_GENERATED_OUT ?? 'web/src/generated.ts',
    plugins: [
      foundry({
        project: root,
        artifacts,
        include: webContracts.map((name) => `${name}.sol/${name}.json`),
        exclude: [],
        forge,
      }),
      react(),
    ],
  },
])
