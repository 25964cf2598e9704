// The package as others get it: `npm pack`, installed into an empty folder, gives a working
// `npx appauth` (help, version, a command on the embedded chain), and a separate Foundry project
// imports and builds our contracts with one remapping.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { packageVersion, repositoryRoot } from './lib/repository'

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'

describe('the npm package', () => {
  const dir = mkdtempSync(join(tmpdir(), 'appauth-package-'))
  const consumer = join(dir, 'consumer')
  const env = { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' }
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  beforeAll(() => {
    // `npm pack` would run `prepare` (the CLI build) first, as `npm publish` does; here dist/ is
    // already built by the test setup, and rebuilding it would pull it from under the other test
    // files that run the CLI meanwhile.
    const packed = JSON.parse(execFileSync(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], { cwd: repositoryRoot, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })) as {
      filename: string
    }[]
    mkdirSync(consumer)
    writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }))
    execFileSync(npm, ['install', '--prefer-offline', join(dir, packed[0]!.filename)], { cwd: consumer, env, stdio: 'pipe' })
  }, 600_000)

  it('ships the compiled CLI, the contracts and no tests or sources of the tooling', () => {
    const installed = join(consumer, 'node_modules/devproof-appauth')
    expect(existsSync(join(installed, 'dist/cli.js'))).toBe(true)
    expect(existsSync(join(installed, 'contracts/TimelockAppAuth.sol'))).toBe(true)
    expect(readdirSync(installed).sort()).toEqual(['README.md', 'bin', 'contracts', 'dist', 'docs', 'package.json'])
  })

  it('gives a working npx appauth', () => {
    const npx = (...argv: string[]) =>
      execFileSync('npx', ['--no-install', 'appauth', ...argv], { cwd: consumer, env: { ...env, APPAUTH_HOME: join(dir, 'home') }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
    expect(npx('--help')).toContain('Usage: appauth [options] [command]')
    expect(npx('--version')).toBe(`${packageVersion}\n`)
    // A command on the embedded chain: anvil found where npm installed it, the bytecode shipped.
    const deployed = JSON.parse(npx('--json', 'kms', 'deploy')) as { address: string }
    expect(deployed.address).toMatch(/^0x[0-9a-fA-F]{40}$/)
  }, 120_000)

  it('lets a Foundry project import and build the contracts with one remapping', () => {
    const project = join(dir, 'foundry-project')
    mkdirSync(join(project, 'src'), { recursive: true })
    writeFileSync(
      join(project, 'foundry.toml'),
      ['[profile.default]', 'src = "src"', `libs = ["${join(consumer, 'node_modules')}"]`, 'evm_version = "cancun"', 'remappings = [', `  "devproof-appauth/=${join(consumer, 'node_modules/devproof-appauth')}/",`, ']', ''].join('\n'),
    )
    writeFileSync(
      join(project, 'src/MyApp.sol'),
      [
        '// SPDX-License-Identifier: MIT',
        'pragma solidity ^0.8.28;',
        '',
        'import {TimelockAppAuth} from "devproof-appauth/contracts/TimelockAppAuth.sol";',
        '',
        'contract MyAppFactory {',
        '    function codeSize() external pure returns (uint256) {',
        '        return type(TimelockAppAuth).creationCode.length;',
        '    }',
        '}',
        '',
      ].join('\n'),
    )
    execFileSync('bash', [join(repositoryRoot, 'tools/forge.sh'), 'build', '--root', project], { cwd: project, env, stdio: 'pipe' })
    expect(existsSync(join(project, 'out/TimelockAppAuth.sol/TimelockAppAuth.json'))).toBe(true)
    expect(existsSync(join(project, 'out/MyApp.sol/MyAppFactory.json'))).toBe(true)
  }, 600_000)
})
