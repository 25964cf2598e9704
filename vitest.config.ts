import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    // web/test: the web app in a real (headless) browser against anvil.
    include: ['ts/**/*.test.ts', 'web/test/**/*.test.ts'],
    // Builds the Solidity test helpers the TypeScript tests deploy, once.
    globalSetup: ['ts/test/global-setup.ts'],
    // Each test file starts its own anvil; two workers keep a 2-core machine responsive.
    pool: 'forks',
    maxWorkers: 2,
    // Test files share a worker's module cache (viem loads once per worker, not once per file): the
    // library keeps no module-level state, and every file brings its own chain and folders.
    isolate: false,
    testTimeout: 60_000,
    // A page or a chain under a loaded machine (CI's two cores run two test files at once) can take
    // seconds to show what a test waits for; expect.poll's default second is too short for that.
    expect: { poll: { timeout: 15_000 } },
    hookTimeout: 60_000,
  },
})
