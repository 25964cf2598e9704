// Generates ts/generated/contracts.ts from the Forge artifacts: the ABI of every contract under
// contracts/ (through @wagmi/cli's foundry plugin) and the creation bytecode of the deployable ones
// (through the small plugin below), all `as const`. Run `npm run generate`; never edit the output.
import { readdirSync, readFileSync } from 'node:fs'
import { basename, join, relative } from 'node:path'
import { defineConfig, type Plugin } from '@wagmi/cli'
import { foundry, react } from '@wagmi/cli/plugins'

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
  metadata: { compiler: { version: string }; settings: { compilationTarget: Record<string, string> } }
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
 * Emits `<name>Bytecode` for every concrete contract under contracts/, the compiler version, and the
 * enum members that ABIs leave out.
 */
function artifactsPlugin(): Plugin {
  return {
    name: 'Artifacts',
    run() {
      const lines: string[] = []
      const compilers = new Set<string>()
      for (const directory of artifactDirectories()) {
        const dir = join(root, artifacts, directory)
        for (const file of readdirSync(dir).sort()) {
          const artifact = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Artifact
          const [source] = Object.keys(artifact.metadata.settings.compilationTarget)
          if (!source?.startsWith(`${sources}/`)) continue
          compilers.add(artifact.metadata.compiler.version)
          if (artifact.bytecode.object === '0x') continue // interface or abstract contract
          if (Object.keys(artifact.bytecode.linkReferences).length > 0) {
            throw new Error(`${file} needs linked libraries, which deploys do not support`)
          }
          const name = file.replace(/\.json$/, '')
          const constant = `${name[0]!.toLowerCase()}${name.slice(1)}Bytecode`
          lines.push(`/** Creation bytecode of ${source}:${name}. */`)
          lines.push(`export const ${constant} = '${artifact.bytecode.object}' as const`)
        }
      }
      if (compilers.size !== 1) throw new Error(`expected one compiler version, got ${[...compilers].join(', ')}`)
      const [compiler] = compilers
      lines.unshift(`/** The solc version every artifact here was compiled with. */`, `export const compilerVersion = '${compiler}' as const`)
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
