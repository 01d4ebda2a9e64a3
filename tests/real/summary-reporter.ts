import type { Reporter, TestModule, TestRunEndReason } from 'vitest/node';

/**
 * `npm run test:real` ends with the plain line CI reads: `N passed, N failed`.
 * A file that could not run (its hooks failed) counts as one failure.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(
    testModules: ReadonlyArray<TestModule>,
    unhandledErrors: ReadonlyArray<unknown>,
    reason: TestRunEndReason,
  ): void {
    let passed = 0;
    let failed = unhandledErrors.length;
    for (const module of testModules) {
      let moduleFailed = 0;
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed += 1;
        else if (state === 'failed') moduleFailed += 1;
      }
      if (moduleFailed === 0 && module.state() === 'failed') moduleFailed = 1;
      failed += moduleFailed;
    }
    // A run that failed before any test (the global setup: RT missing or not starting) is one failure.
    if (reason !== 'passed' && failed === 0) failed = 1;
    console.log(`\n${passed} passed, ${failed} failed`);
  }
}
