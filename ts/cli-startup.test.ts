// The CLI's entry: every command listed without loading its module, help for every command, --version,
// and no chain code (viem) loaded before a command that needs it runs.
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { Help } from 'commander'
import { beforeAll, describe, expect, it } from 'vitest'
import { commands } from './cli'
import { repositoryRoot } from './lib/repository'
import { Cli } from './runtime/context'
import { runCli, runCliProcess } from './test/cli'

const version = (JSON.parse(readFileSync(join(repositoryRoot, 'package.json'), 'utf8')) as { version: string }).version

/** The npm packages a compiled module imports before any dynamic import runs (its static import graph). */
function staticPackages(file: string, seen = new Set<string>()): Set<string> {
  const packages = new Set<string>()
  if (seen.has(file)) return packages
  seen.add(file)
  const source = readFileSync(file, 'utf8')
  for (const match of source.matchAll(/^\s*(?:import|export)\s*(?:[^'"]*?\sfrom\s*)?["']([^"']+)["']/gm)) {
    const specifier = match[1]!
    if (specifier.startsWith('.')) for (const item of staticPackages(join(dirname(file), specifier), seen)) packages.add(item)
    else packages.add(specifier)
  }
  return packages
}

/** The chunk file a compiled module imports `name` from (dynamic import), e.g. the compose-hash command. */
function dynamicChunk(file: string, name: string): string {
  const match = new RegExp(`import\\(["'](\\./chunks/${name}-[A-Z0-9]+\\.js)["']\\)`).exec(readFileSync(file, 'utf8'))
  if (!match) throw new Error(`no dynamic import of ${name} in ${file}`)
  return join(dirname(file), match[1]!)
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

  it('loads no chain code for --help, and none for compose-hash', () => {
    const entry = join(repositoryRoot, 'dist/cli.js')
    expect([...staticPackages(entry)].filter((item) => item.startsWith('viem'))).toEqual([])
    expect([...staticPackages(dynamicChunk(entry, 'compose-hash'))].filter((item) => item.startsWith('viem'))).toEqual([])
    expect([...staticPackages(dynamicChunk(entry, 'context'))].filter((item) => item.startsWith('viem'))).toEqual([])
    // The check itself sees viem where it is loaded: the status command.
    expect([...staticPackages(dynamicChunk(entry, 'status'))].some((item) => item.startsWith('viem'))).toBe(true)
  })
})
