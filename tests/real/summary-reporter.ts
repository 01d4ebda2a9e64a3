import type { Reporter, TestModule } from 'vitest/node';

/**
 * `npm run test:real` ends with the plain line CI reads: `N passed, N failed`.
 * A file that could not run (its hooks failed, RT missing) counts as one failure.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
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
    console.log(`\n${passed} passed, ${failed} failed`);
  }
}
