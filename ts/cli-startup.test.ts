// The CLI's entry: every command listed without loading its module, help for every command, --version,
// and no chain code (viem) loaded before a command that needs it runs.
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { Help } from 'commander'
import { beforeAll, describe, expect, it } from 'vitest'
import { commands } from './cli'
import { repositoryRoot } from './lib/repository'
import { Cli } from './runtime/context'
import { runCli, runCliProcess } from './test/cli'

const version = (JSON.parse(readFileSync(join(repositoryRoot, 'package.json'), 'utf8')) as { version: string }).version

type Metafile = { outputs: Record<string, { imports: { path: string; kind: string }[]; inputs: Record<string, unknown>; entryPoint?: string }> }

/** The source files a compiled module runs before any dynamic import: its own and its static imports'. */
function staticInputs(metafile: Metafile, output: string, seen = new Set<string>()): Set<string> {
  const inputs = new Set<string>()
  if (seen.has(output)) return inputs
  seen.add(output)
  const chunk = metafile.outputs[output]!
  for (const input of Object.keys(chunk.inputs)) inputs.add(input)
  for (const item of chunk.imports) if (item.kind === 'import-statement' && metafile.outputs[item.path]) for (const input of staticInputs(metafile, item.path, seen)) inputs.add(input)
  return inputs
}

/** The output chunk whose code comes from `source` (e.g. ts/commands/compose-hash.ts). */
function chunkOf(metafile: Metafile, source: string): string {
  const found = Object.entries(metafile.outputs).find(([, chunk]) => Object.hasOwn(chunk.inputs, source))
  if (!found) throw new Error(`no chunk holds ${source}`)
  return found[0]
}

describe('the CLI entry', () => {
  let dir: string
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'appauth-startup-'))
  })

  it('lists each command with the term and description its module declares', async () => {
    const cli = new Cli({ stdout: { write: () => true }, stderr: { write: () => true }, env: {}, cwd: dir })
    for (const entry of commands) {
      const command = await entry.load(cli)
      expect(command.name()).toBe(entry.name)
      expect(new Help().subcommandTerm(command)).toBe(entry.term)
      expect(command.description()).toBe(entry.description)
    }
  })

  it('prints help for every command and subcommand without an error (bigint defaults included)', async () => {
    const cli = new Cli({ stdout: { write: () => true }, stderr: { write: () => true }, env: {}, cwd: dir })
    const paths: string[][] = []
    for (const entry of commands) {
      const command = await entry.load(cli)
      paths.push([entry.name])
      for (const sub of command.commands) paths.push([entry.name, sub.name()])
    }
    for (const path of paths) {
      const { code, stdout, stderr } = await runCli([...path, '--help'], { cwd: dir })
      expect({ path, code, stderr }).toEqual({ path, code: 0, stderr: '' })
      expect(stdout).toContain(`Usage: appauth ${path.join(' ')}`)
    }
    expect((await runCli(['watch', '--help'], { cwd: dir })).stdout).toContain('(default: 2000)')
    expect((await runCli(['help', 'audit'], { cwd: dir })).stdout).toContain('--min-notice <duration>')
  })

  it('prints its version', async () => {
    const result = await runCliProcess(['--version'], { cwd: dir })
    expect(result).toMatchObject({ code: 0, stdout: `${version}\n`, stderr: '' })
  })

  it('loads no chain code for --help, and none for compose-hash', async () => {
    // The same build as dist/, with esbuild's map of which sources end up in which chunk.
    const { buildCli } = (await import(pathToFileURL(join(repositoryRoot, 'tools/build-cli.mjs')).href)) as {
      buildCli: (options: { outdir: string; metafile: boolean }) => Promise<Metafile>
    }
    const metafile = await buildCli({ outdir: join(dir, 'dist'), metafile: true })
    const entry = Object.keys(metafile.outputs).find((output) => metafile.outputs[output]!.entryPoint === 'ts/cli.ts')!
    const chainCode = (inputs: Set<string>) => [...inputs].filter((input) => input.includes('node_modules/viem/') || input === 'ts/generated/contracts.ts')
    expect(chainCode(staticInputs(metafile, entry))).toEqual([])
    expect(chainCode(staticInputs(metafile, chunkOf(metafile, 'ts/commands/compose-hash.ts')))).toEqual([])
    expect(chainCode(staticInputs(metafile, chunkOf(metafile, 'ts/runtime/context.ts')))).toEqual([])
    // The check sees chain code where it is loaded: the status command.
    expect(chainCode(staticInputs(metafile, chunkOf(metafile, 'ts/commands/status.ts'))).length).toBeGreaterThan(0)
  })
})
