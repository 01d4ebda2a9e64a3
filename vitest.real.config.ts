import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Real-helpdesk tests (issue 13): real Chromium with the demo build against a fresh
// Request Tracker 5 started by the global setup. One file at a time: one RT, 2 cores.
export default defineConfig({
  // Project code is imported as `@/…` (docs/architecture.md).
  resolve: { alias: { '@/': fileURLToPath(new URL('./', import.meta.url)) } },
  test: {
    include: ['tests/real/**/*.real.ts'],
    globalSetup: ['tests/real/global-setup.ts'],
    reporters: ['default', './tests/real/summary-reporter.ts'],
    fileParallelism: false,
    // As in the e2e suite: one retry absorbs a scheduling hiccup; a real fault fails twice.
    retry: 1,
    testTimeout: 90_000,
    hookTimeout: 180_000,
    environment: 'node',
  },
});
