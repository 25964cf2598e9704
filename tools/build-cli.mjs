// Compiles the CLI (ts/cli.ts and everything it imports) to dist/ as plain ES modules, so `appauth`
// starts without transpiling TypeScript on every run. Runs at install (`prepare`) and before the
// TypeScript tests. Dynamic `import()`s in the source become separate chunks: a command's code loads
// only when that command runs.
import { rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const outdir = join(root, 'dist')

rmSync(outdir, { recursive: true, force: true })
await build({
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
  sourcemap: false,
  logLevel: 'warning',
})
