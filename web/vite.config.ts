// Builds the static web app into web/dist: relative asset paths (base './'), so the folder works from
// any host or IPFS gateway path. `npm run build:web`.
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'

const web = dirname(fileURLToPath(import.meta.url))

/**
 * The library the web app shares with the CLI imports ts/generated/contracts.ts, which also holds the
 * creation bytecode of every contract (for deploys). The browser never deploys, so the bytecode
 * strings are emptied in the bundle; ABIs and enum names are kept as generated.
 */
function withoutBytecode(): Plugin {
  return {
    name: 'appauth-without-bytecode',
    transform(code, id) {
      if (!id.replaceAll('\\', '/').endsWith('ts/generated/contracts.ts')) return null
      return { code: code.replace(/(export const \w+Bytecode = )'0x[0-9a-fA-F]*'/g, "$1'0x'"), map: null }
    },
  }
}

export default defineConfig({
  root: web,
  base: './',
  plugins: [react(), withoutBytecode()],
  build: { outDir: join(web, 'dist'), emptyOutDir: true, chunkSizeWarningLimit: 2_000 },
})
