// The static web app under web/: where its build lives, building it, and the link to a page.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { Address } from 'viem'
import { InvalidInputError } from './errors'
import { repositoryRoot } from './repository'

/** The built app (`npm run build:web`), a folder deployable to any static host. */
export const webDist = join(repositoryRoot, 'web/dist')

export function webBuilt(): boolean {
  return existsSync(join(webDist, 'index.html'))
}

/**
 * Builds web/ with Vite, a production build, into web/dist (the same as `npm run build:web`) or
 * into `outDir` (the tests build their own copy, so they never race a build of web/dist).
 */
export async function buildWeb({ outDir = webDist }: { outDir?: string } = {}): Promise<void> {
  const { build } = await import('vite').catch(() => {
    throw new InvalidInputError('the web app is not built and Vite is not installed here: build it in a clone of the repository (`npm run build:web`) or host its web/dist folder')
  })
  // Vite keeps a NODE_ENV it finds set (vitest sets `test`), and React would then ship its
  // development build; the folder must be the same whoever builds it.
  const previous = process.env.NODE_ENV
  process.env.NODE_ENV = 'production'
  try {
    await build({ configFile: join(repositoryRoot, 'web/vite.config.ts'), mode: 'production', logLevel: 'warn', build: { outDir, emptyOutDir: true } })
  } finally {
    if (previous === undefined) delete process.env.NODE_ENV
    else process.env.NODE_ENV = previous
  }
}

export type WebPage = { kind: 'app' | 'governance' | 'kms'; address: Address }

/** The URL of a page of the app served at `base`, reading the chain at `rpc`. */
export function webPageUrl(base: string, { chainId, rpc, page, registry }: { chainId: number; rpc: string; page?: WebPage | undefined; registry?: Address | undefined }): string {
  const query = new URLSearchParams({ rpc })
  if (registry) query.set('registry', registry)
  if (!page) return `${base}/#/${chainId}?${query}`
  const path = page.kind === 'kms' ? `kms/${page.address}` : page.kind === 'governance' ? `app/${page.address}/governance` : `app/${page.address}`
  return `${base}/#/${chainId}/${path}?${query}`
}
