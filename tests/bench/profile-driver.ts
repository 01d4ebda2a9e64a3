/**
 * A loop for `node --cpu-prof`: replays the engine bench's keystroke scenario (or `--cold`, or
 * `--same` draft every run) so a CPU profile shows where analyze() spends its time.
 *   node --import tsx --cpu-prof --cpu-prof-dir=/tmp/prof tests/bench/profile-driver.ts [--cold|--same] [runs]
 * writes two profiles (the larger is the main thread); summarise it with tests/bench/profile-summary.ts.
 * Under tsx every function reports line 1: for line numbers, bundle the driver with esbuild first
 * (`--bundle --platform=node --external:esbuild '--banner:js=process.argv[1]="";'`, the banner keeps
 * engine.ts's own main() from running) and profile the bundle.
 */
import { analyze } from '@/lib/analysis';
import { clearTextMemos } from '@/lib/engine/text-memo';
import { DEFAULT_ENGINE_SETTINGS } from '@/lib/engine/types';
import { benchDraft, CUSTOMER, keystrokeDrafts } from '@/tests/bench/engine';

const cold = process.argv.includes('--cold');
const same = process.argv.includes('--same');
const runs = Number(process.argv.find((arg) => /^\d+$/.test(arg)) ?? 20_000);
const draft = benchDraft();
const base = { customerMessages: [CUSTOMER], draft, locale: 'en', settings: DEFAULT_ENGINE_SETTINGS };
const typing = cold || same ? [] : keystrokeDrafts(draft, runs);
const started = performance.now();
for (let i = 0; i < runs; i++) {
  if (cold) clearTextMemos();
  analyze(cold || same ? base : { ...base, draft: typing[i]! });
}
console.log(`${runs} runs, ${(((performance.now() - started) / runs) * 1_000).toFixed(1)} µs mean`);
