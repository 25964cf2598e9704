import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['ts/**/*.test.ts'],
    // Each test file starts its own anvil; two workers keep a 2-core machine responsive.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
})
