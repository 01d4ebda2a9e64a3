/**
 * The first analysis in a fresh process: `npx tsx tests/bench/first-analysis.ts [runs]`.
 * engine.ts's cold scenario empties the memos of a warm process; a sidebar injected into a new
 * ticket page starts with nothing compiled, and its first analyze() also pays for V8 compiling
 * every pattern it runs (each one on first use, again to machine code on its second) and for
 * the classifier's weights. Each run is a child process: it times the mood of the bench's
 * customer message, then the first analyze() of the bench's draft, then a second one (one
 * character more), and prints the median CPU milliseconds of each over the runs. With --warm the
 * sidebar's idle warm-up (lib/analysis/warm-up.ts) runs between the mood and the first analyze, step by step, and its longest step is reported
 * (the sidebar runs one or more steps per idle moment).
 */
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';

const CHILD = `
import { classifyMood } from '@/lib/classify';
import { analyze } from '@/lib/analysis';
import { DEFAULT_ENGINE_SETTINGS } from '@/lib/engine/types';
import { warmUpSteps } from '@/lib/analysis/warm-up';
import { benchDraft, CUSTOMER } from '@/tests/bench/engine';
const cpu = () => { const used = process.cpuUsage(); return (used.user + used.system) / 1000; };
const input = (draft: string) => ({ customerMessages: [CUSTOMER], draft, locale: 'en', settings: DEFAULT_ENGINE_SETTINGS });
let started = cpu();
classifyMood([CUSTOMER], { sensitivity: 'medium' });
const mood = cpu() - started;
started = cpu();
let longestStep = 0;
if (process.env.WARM === '1') {
  for (const step of warmUpSteps(DEFAULT_ENGINE_SETTINGS)) {
    const stepStarted = cpu();
    step();
    longestStep = Math.max(longestStep, cpu() - stepStarted);
  }
}
const warm = cpu() - started;
started = cpu();
analyze(input(benchDraft()));
const first = cpu() - started;
started = cpu();
analyze(input(benchDraft() + 's'));
console.log(JSON.stringify({ mood, warm, longestStep, first, second: cpu() - started }));
`;

const runs = Number(process.argv.slice(2).find((arg) => /^\d+$/.test(arg)) ?? 5);
const warmFirst = process.argv.includes('--warm');
const results: Array<Record<'mood' | 'warm' | 'longestStep' | 'first' | 'second', number>> = [];
for (let run = 0; run < runs; run++) {
  const output = execFileSync('npx', ['tsx', '--eval', CHILD], {
    encoding: 'utf8',
    env: { ...process.env, WARM: warmFirst ? '1' : '0' },
  });
  results.push(JSON.parse(output.trim().split('\n').pop()!));
}
const median = (key: 'mood' | 'warm' | 'longestStep' | 'first' | 'second') => {
  const sorted = results.map((result) => result[key]).sort((a, b) => a - b);
  return sorted[sorted.length >> 1]!.toFixed(1);
};
console.log(
  `CPU ms, median of ${runs} fresh processes: mood of the first message ${median('mood')}, warm-up ${median('warm')} (longest step ${median('longestStep')}), first analyze ${median('first')}, second analyze ${median('second')}; load average ${loadavg()[0]!.toFixed(1)}`,
);
