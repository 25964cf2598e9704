import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository the tooling runs from: its node_modules hold anvil, its git history the sources. */
export const repositoryRoot = join(dirname(fileURLToPath(import.meta.url)), '../..')
