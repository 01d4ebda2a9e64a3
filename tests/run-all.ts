/**
 * `npm test`: every check the project keeps, in order, continuing past failures
 * so one run reports everything. Each non-vitest step (typecheck, lint, builds,
 * web-ext lint) counts as one test; vitest's JSON reports give the rest. The last
 * line is `N passed, N failed` (also written to test-output/summary.txt for CI).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const out = join(root, 'test-output');
mkdirSync(out, { recursive: true });

interface Tally {
  passed: number;
  failed: number;
  skipped: number;
}
const total: Tally = { passed: 0, failed: 0, skipped: 0 };
const lines: string[] = [];

function run(command: string, args: string[], env: Record<string, string> = {}): boolean {
  console.log(`\n▶ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function step(name: string, command: string, args: string[], env?: Record<string, string>): boolean {
  const ok = run(command, args, env);
  total[ok ? 'passed' : 'failed'] += 1;
  lines.push(`${ok ? '✓' : '✗'} ${name}`);
  return ok;
}

function vitestStep(name: string, config: string | undefined, reportFile: string, env?: Record<string, string>): void {
  const report = join(out, reportFile);
  rmSync(report, { force: true });
  const args = [
    'vitest',
    'run',
    ...(config ? ['--config', config] : []),
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ];
  const ok = run('npx', args, env);
  if (!existsSync(report)) {
    total.failed += 1;
    lines.push(`✗ ${name}: vitest wrote no report`);
    return;
  }
  const json = JSON.parse(readFileSync(report, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
    numFailedTestSuites: number;
  };
  // A file that fails to load has no tests but is still a failure.
  const failed = json.numFailedTests + (json.numFailedTests === 0 && !ok ? Math.max(1, json.numFailedTestSuites) : 0);
  total.passed += json.numPassedTests;
  total.failed += failed;
  total.skipped += json.numPendingTests + json.numTodoTests;
  lines.push(
    `${failed ? '✗' : '✓'} ${name}: ${json.numPassedTests} passed, ${failed} failed, ${json.numPendingTests} skipped`,
  );
}

step('typecheck', 'npx', ['tsc', '--noEmit']);
step('lint', 'npx', ['eslint', '.']);
vitestStep('unit tests', undefined, 'unit.json');
const built =
  step('build chrome-mv3', 'npx', ['wxt', 'build']) &&
  step('build firefox-mv2', 'npx', ['wxt', 'build', '-b', 'firefox']) &&
  step('build demo (chrome)', 'npx', ['wxt', 'build'], { HEARTDESK_DEMO: '1' }) &&
  step('build demo (firefox)', 'npx', ['wxt', 'build', '-b', 'firefox'], { HEARTDESK_DEMO: '1' });
if (built) {
  step('web-ext lint (firefox build, 0 errors)', 'npx', [
    'web-ext',
    'lint',
    '--source-dir',
    '.output/firefox-mv2',
    '--no-input',
    '--warnings-as-errors=false',
  ]);
  vitestStep('end-to-end tests', 'vitest.e2e.config.ts', 'e2e.json', { HEARTDESK_SKIP_BUILD: '1' });
  // A real Request Tracker 5 from Debian's packages (issue 13); fails with the install command when RT is missing.
  vitestStep('real helpdesk tests (Request Tracker)', 'vitest.real.config.ts', 'real.json', {
    HEARTDESK_SKIP_BUILD: '1',
  });
} else {
  total.failed += 2;
  lines.push('✗ end-to-end tests: not run, the build failed');
  lines.push('✗ real helpdesk tests: not run, the build failed');
}

const summary = `${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`;
writeFileSync(join(out, 'summary.txt'), `${summary}\n`);
console.log(`\n${lines.join('\n')}\n\n${summary}`);
process.exitCode = total.failed === 0 ? 0 : 1;
