import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { repositoryRoot } from '../lib/repository'


/**
 * The shared boot-info fixtures (the KMS's JSON shape) live in ../shared/fixtures beside the
 * repository, as foundry.toml expects; a git worktree one level deeper finds them one level up.
 */
export function fixturesDir(): string {
  const candidates = [process.env.APPAUTH_FIXTURES, join(repositoryRoot, '../shared/fixtures'), join(repositoryRoot, '../../shared/fixtures')]
  const found = candidates.find((dir): dir is string => dir !== undefined && existsSync(join(dir, 'bootinfo-tdx.json')))
  if (!found) throw new Error(`boot-info fixtures not found in ${candidates.filter(Boolean).join(' or ')}`)
  return found
}

export function fixture(name: string): { path: string; json: Record<string, unknown> } {
  const path = join(fixturesDir(), name)
  return { path, json: JSON.parse(readFileSync(path, 'utf8')) }
}
