import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// End-to-end tests drive real browsers with the built extension, one file at a time.
export default defineConfig({
  // Project code is imported as `@/…` (docs/architecture.md); the unit config gets the alias from WXT's plugin.
  resolve: { alias: { '@/': fileURLToPath(new URL('./', import.meta.url)) } },
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    // Real browsers on a shared 2-core machine: one retry absorbs a scheduling hiccup;
    // a real fault fails twice and still fails the run.
    retry: 1,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    environment: 'node',
  },
});
