// Compiles the CLI (ts/cli.ts and everything it imports) to dist/ as plain ES modules, so `appauth`
// starts without transpiling TypeScript on every run. Runs at install (`prepare`, so `npm ci` and
// `npm pack` build it) and before the TypeScript tests. Dynamic `import()`s in the source become
// separate chunks: a command's code loads only when that command runs.
import { rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { build } from 'esbuild'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

/** Builds the CLI into `outdir` (default dist/); with `metafile`, returns esbuild's map of inputs and chunks. */
export async function buildCli({ outdir = join(root, 'dist'), metafile = false } = {}) {
  rmSync(outdir, { recursive: true, force: true })
  const result = await build({
    absWorkingDir: root,
    entryPoints: { cli: 'ts/cli.ts' },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // npm packages are bundled too: resolving viem's hundreds of files one by one is most of a chain
    // command's start-up. Bundled CommonJS (commander) gets a `require` from the banner.
    banner: { js: "import { createRequire as __appauthCreateRequire } from 'node:module'; const require = __appauthCreateRequire(import.meta.url);" },
    chunkNames: 'chunks/[name]-[hash]',
    // Vite builds the web app (`appauth ui`) in a clone of the repository; it is a development tool,
    // not part of the CLI, and stays an import resolved at run time.
    external: ['vite'],
    metafile,
    logLevel: 'warning',
  })
  return result.metafile
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await buildCli()
