/**
 * Where analyze() spends its time: `npx tsx tests/bench/engine-stages.ts [--cold]`.
 * Replays the keystroke scenario of tests/bench/engine.ts (or the cold one with --cold)
 * stage by stage, the way lib/analysis/index.ts runs them, and prints the median
 * microseconds of each stage and each rule, biggest first. A profiling aid for engine
 * work, not a budget: the budgets are in `npm run bench`.
 */
import { RULES } from '@/lib/rules';
import { classifyMood } from '@/lib/classify';
import { buildChecklist } from '@/lib/analysis/checklist';
import { findCanDo } from '@/lib/analysis/checklist-can-do';
import { findNextStep } from '@/lib/analysis/checklist-next-step';
import { selectFindings } from '@/lib/analysis/run-rules';
import type { RuleContext, RuleFinding } from '@/lib/engine/rule';
import { findMaskedRegions, lintableText } from '@/lib/engine/segment';
import { factsOfSentences } from '@/lib/engine/sentence-facts';
import { splitSentences } from '@/lib/engine/sentences';
import { clearTextMemos } from '@/lib/engine/text-memo';
import { DEFAULT_ENGINE_SETTINGS } from '@/lib/engine/types';
import { indexWords } from '@/lib/engine/word-index';
import { findRefusals } from '@/lib/rules/shared/refusals';
import { benchDraft, CUSTOMER, keystrokeDrafts } from '@/tests/bench/engine';

const cold = process.argv.includes('--cold');
// --same: the same draft every run, so every memo hits: what a call costs on top of its memos.
const same = process.argv.includes('--same');
const iterations = 3_000;
const warmup = 300;
const samples = new Map<string, number[]>();

function timed<T>(name: string, run: () => T, keep: boolean): T {
  const started = performance.now();
  const value = run();
  if (keep) {
    let list = samples.get(name);
    if (!list) samples.set(name, (list = []));
    list.push((performance.now() - started) * 1_000);
  }
  return value;
}

const mood = classifyMood([CUSTOMER], { sensitivity: 'medium' });
const drafts = keystrokeDrafts(benchDraft(), warmup + iterations);
for (let i = 0; i < warmup + iterations; i++) {
  if (cold) clearTextMemos();
  const keep = i >= warmup;
  const draft = cold || same ? benchDraft() : drafts[i]!;
  const total = performance.now();
  const regions = timed('segment: masked regions', () => findMaskedRegions(draft), keep);
  const lintable = timed('segment: lintable text', () => lintableText(draft, regions), keep);
  const sentences = timed('sentences: split', () => splitSentences(lintable), keep);
  const sentenceFacts = timed('sentences: facts lookup', () => factsOfSentences(sentences), keep);
  const words = timed('word index', () => indexWords(lintable, sentences, sentenceFacts), keep);
  const context: RuleContext = {
    draft,
    lintable,
    sentences,
    sentenceFacts,
    words,
    mood,
    customerMessages: [CUSTOMER],
    settings: DEFAULT_ENGINE_SETTINGS,
    locale: 'en',
  };
  const raw: RuleFinding[] = [];
  for (const rule of RULES) raw.push(...timed(`rule ${rule.meta.id}`, () => rule.check(context), keep));
  timed('select findings', () => selectFindings(raw, [], 'medium'), keep);
  timed('checklist: can-do', () => findCanDo(context, raw), keep);
  timed('checklist: refusals', () => findRefusals(context), keep);
  timed('checklist: next step', () => findNextStep(context, raw), keep);
  timed('checklist: whole (after parts)', () => buildChecklist(context, raw), keep);
  if (keep) {
    let list = samples.get('TOTAL');
    if (!list) samples.set('TOTAL', (list = []));
    list.push((performance.now() - total) * 1_000);
  }
}

const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;
const mean = (list: number[]) => list.reduce((sum, t) => sum + t, 0) / list.length;
const rows = [...samples].map(([name, list]) => ({ name, median: median(list), mean: mean(list) }));
rows.sort((a, b) => b.mean - a.mean);
console.log(`${cold ? 'cold' : same ? 'same draft' : 'keystroke'}: ${iterations} runs, µs per stage (median, mean)`);
for (const row of rows)
  console.log(`${row.name.padEnd(36)} ${row.median.toFixed(1).padStart(8)} ${row.mean.toFixed(1).padStart(8)}`);
