import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_EXTENSION_DIR, REPO_ROOT, TEST_OUTPUT_DIR } from '@/tests/e2e/browser';

/** Builds the demo extension unless `npm test` already did (HEARTDESK_SKIP_BUILD=1). */
export default function setup(): void {
  mkdirSync(join(TEST_OUTPUT_DIR, 'screenshots'), { recursive: true });
  if (process.env.HEARTDESK_SKIP_BUILD === '1' && existsSync(join(DEMO_EXTENSION_DIR, 'manifest.json'))) return;
  // Build as `npm run build:demo` would from a plain shell: vitest's own environment
  // (NODE_ENV=test) would make Vite bundle React's development JSX runtime.
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV'));
  env.HEARTDESK_DEMO = '1';
  execFileSync('npx', ['wxt', 'build'], { cwd: REPO_ROOT, stdio: 'inherit', env });
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: REPO_ROOT, stdio: 'inherit', env });
}
