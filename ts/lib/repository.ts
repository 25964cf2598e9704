import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * The package the tooling runs from (a clone, or node_modules/devproof-appauth once installed): the
 * nearest folder above this module holding a package.json. Found by walking up because the module
 * sits at ts/lib/ in the source and at dist/ or dist/chunks/ once compiled.
 */
export const repositoryRoot = packageRoot(dirname(fileURLToPath(import.meta.url)))

function packageRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir
    if (dirname(dir) === dir) throw new Error(`no package.json above ${from}`)
  }
}

/** The package's version (package.json), for `appauth --version` and the webhook's GET /. */
export const packageVersion = (JSON.parse(readFileSync(join(repositoryRoot, 'package.json'), 'utf8')) as { version: string }).version
