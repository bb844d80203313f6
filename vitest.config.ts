import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Each file opens its own PGlite (WebAssembly) — keep parallelism at the core count.
    pool: 'forks',
    maxWorkers: 2,
  },
});
