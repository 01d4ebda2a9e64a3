/**
 * Heartdesk's own share of the main thread while typing (the bench's "Heartdesk's own code
 * while typing" row) for two builds side by side, runs alternating so a busy moment on a
 * shared machine lands on both:
 *   npx tsx tests/bench/compare-own-share.ts --runs 5 <extension dir A> <extension dir B>
 * Used to show a change leaves the share unchanged or lower (issue 14). Prints each run and
 * the medians; the last line is JSON.
 */
import { parseArgs } from 'node:util';
import { startDemoServer } from '@/tests/demo/server';
import { launchWithExtension } from '@/tests/e2e/browser';
import { ownScriptShare } from '@/tests/bench/browser-bench';
import { median, round } from '@/tests/bench/page-probe';

const { values, positionals } = parseArgs({
  options: { runs: { type: 'string', default: '5' } },
  allowPositionals: true,
});
const dirs = positionals;
if (dirs.length !== 2)
  throw new Error(
    'Give two built extension folders (for example .output/chrome-mv3-demo and a copy of the old build).',
  );

const demo = await startDemoServer();
const browsers = await Promise.all(dirs.map((extensionDir) => launchWithExtension({ extensionDir })));
const shares: number[][] = [[], []];
const ours: number[][] = [[], []];
try {
  // One warm-up run each, not counted.
  for (const browser of browsers) await ownScriptShare(browser.context, demo.origin, browser.extensionId);
  for (let run = 0; run < Number(values.runs); run++) {
    for (const [index, browser] of browsers.entries()) {
      const result = await ownScriptShare(browser.context, demo.origin, browser.extensionId);
      shares[index]!.push(result.extensionSharePercent);
      ours[index]!.push(result.extensionScriptMs);
      console.error(
        `run ${run + 1} ${dirs[index]}: ${result.extensionScriptMs} ms = ${result.extensionSharePercent} %`,
      );
    }
  }
} finally {
  for (const browser of browsers) await browser.close();
  await demo.close();
}
const summary = dirs.map((dir, index) => ({
  dir,
  medianSharePercent: round(median(shares[index]!), 2),
  medianScriptMs: round(median(ours[index]!)),
  shares: shares[index],
}));
for (const row of summary)
  console.log(`${row.dir}: median ${row.medianScriptMs} ms = ${row.medianSharePercent} % of the main thread`);
console.log(JSON.stringify(summary));
