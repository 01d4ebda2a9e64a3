/**
 * npm run eval:upset -- [file.jsonl] [--split dev|train]   (default: the support corpus's held-out dev split)
 * Each line is {"text": "...", "upset": true|false}; a support-corpus line (per-signal 0/1
 * labels) counts as upset when frustration or sadness is 1. Scores every message through
 * the SHIPPED classifier (classifyMood, as the sidebar does) and prints precision and recall
 * of "upset" (Mood.upset: frustration or sadness at hint or above) and at the confident level.
 * The last line is one JSON object: {"n","p","r","confident":{"p","r"}}.
 * --split keeps one slice of the hash split (lib-support-corpus.ts splitOf): the retired blind-3
 * customers' dev slice is held out from training that way.
 * --thanks also scores gratitude (hint or above) on the lines with a 0/1 "gratitude" label (the
 * support corpus): a customer's thanks is what the sidebar offers to save as a win. The JSON
 * line then carries "thanks": {"n","p","r"}.
 * --urgency likewise scores "In a hurry" (hint or above) on the lines with a 0/1 "urgency" label
 * (JSON "urgency": {"n","p","r"}).
 * --ungated scores with the register gate switched off (lib/classify/casual-register.ts; on in the product).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { classifyMood } from '@/lib/classify';
import { switchRegisterGate } from '@/lib/classify/score-message';
import type { MoodSignalId } from '@/lib/engine/types';
import { count, prf, round3 } from '@/scripts/lib-goemotions';
import { splitOf } from '@/scripts/lib-support-corpus';

export const DEFAULT_UPSET_FILE = 'tests/fixtures/support-corpus/dev.jsonl';

export interface UpsetCase {
  line: number;
  text: string;
  upset: boolean;
}

export interface UpsetScore {
  n: number;
  p: number;
  r: number;
  confident: { p: number; r: number };
}

export function parseUpsetCases(source: string): UpsetCase[] {
  const cases: UpsetCase[] = [];
  source.split('\n').forEach((raw, index) => {
    if (raw.trim() === '') return;
    const value = JSON.parse(raw) as Record<string, unknown>;
    const labelled = typeof value.upset === 'boolean';
    const perSignal = [0, 1].includes(value.frustration as number) && [0, 1].includes(value.sadness as number);
    if (typeof value.text !== 'string' || (!labelled && !perSignal)) {
      throw new Error(`line ${index + 1}: needs "text" and "upset" (true/false)`);
    }
    const upset = labelled ? (value.upset as boolean) : value.frustration === 1 || value.sadness === 1;
    cases.push({ line: index + 1, text: value.text, upset });
  });
  return cases;
}

export function scoreUpset(cases: UpsetCase[]): UpsetScore & { misses: UpsetCase[]; falseAlarms: UpsetCase[] } {
  const gold = cases.map((c) => (c.upset ? 1 : 0));
  const moods = cases.map((c) => classifyMood([c.text]));
  const hint = prf(
    count(
      moods.map((m) => m.upset),
      gold,
    ),
  );
  const confident = prf(
    count(
      moods.map((m) => m.signals.frustration.level === 'confident' || m.signals.sadness.level === 'confident'),
      gold,
    ),
  );
  return {
    n: cases.length,
    p: round3(hint.p),
    r: round3(hint.r),
    confident: { p: round3(confident.p), r: round3(confident.r) },
    misses: cases.filter((c, i) => c.upset && !moods[i]!.upset),
    falseAlarms: cases.filter((c, i) => !c.upset && moods[i]!.upset),
  };
}

export interface ThanksCase {
  line: number;
  text: string;
  grateful: boolean;
}

/** A line labelled 0/1 for one signal (the support corpus); lines without that label are skipped. */
export interface SignalCase {
  line: number;
  text: string;
  labelled: boolean;
}

export function parseSignalCases(source: string, id: MoodSignalId): SignalCase[] {
  return source.split('\n').flatMap((raw, index) => {
    if (raw.trim() === '') return [];
    const value = JSON.parse(raw) as Record<string, unknown>;
    if (typeof value.text !== 'string' || ![0, 1].includes(value[id] as number)) return [];
    return [{ line: index + 1, text: value.text, labelled: value[id] === 1 }];
  });
}

/** Precision and recall of the signal shown (hint or above), as the sidebar shows it. */
export function scoreSignal(cases: SignalCase[], id: MoodSignalId): { n: number; p: number; r: number } {
  const shown = cases.map((c) => classifyMood([c.text]).signals[id].level !== 'none');
  const { p, r } = prf(
    count(
      shown,
      cases.map((c) => (c.labelled ? 1 : 0)),
    ),
  );
  return { n: cases.length, p: round3(p), r: round3(r) };
}

/** Lines with a 0/1 "gratitude" label; others (an upset-only set) are skipped. */
export function parseThanksCases(source: string): ThanksCase[] {
  return parseSignalCases(source, 'gratitude').map(({ line, text, labelled }) => ({ line, text, grateful: labelled }));
}

export function scoreThanks(cases: ThanksCase[]): { n: number; p: number; r: number } {
  return scoreSignal(
    cases.map(({ line, text, grateful }) => ({ line, text, labelled: grateful })),
    'gratitude',
  );
}

function main() {
  const args = process.argv.slice(2);
  const splitAt = args.indexOf('--split');
  const split = splitAt >= 0 ? args[splitAt + 1] : undefined;
  if (split !== undefined && split !== 'dev' && split !== 'train') throw new Error('--split takes dev or train');
  const arg = args.find((a, i) => !a.startsWith('-') && (splitAt < 0 || i !== splitAt + 1));
  const file = resolve(arg ?? DEFAULT_UPSET_FILE);
  const source = readFileSync(file, 'utf8');
  const all = parseUpsetCases(source);
  const cases = split ? all.filter((c) => splitOf(c.text) === split) : all;
  const { misses, falseAlarms, ...upset } = scoreUpset(cases);
  const inSplit = (text: string) => !split || splitOf(text) === split;
  const thanksCases = args.includes('--thanks') ? parseThanksCases(source).filter((c) => inSplit(c.text)) : [];
  const withThanks = thanksCases.length ? { ...upset, thanks: scoreThanks(thanksCases) } : upset;
  // Urgency ("In a hurry") has no GoEmotions label: the support corpus is where it is measured.
  const urgencyCases = args.includes('--urgency')
    ? parseSignalCases(source, 'urgency').filter((c) => inSplit(c.text))
    : [];
  const score = urgencyCases.length ? { ...withThanks, urgency: scoreSignal(urgencyCases, 'urgency') } : withThanks;
  const positives = cases.filter((c) => c.upset).length;
  console.log(`${file}${split ? ` (${split} slice)` : ''}: ${score.n} messages, ${positives} upset`);
  console.log(`upset (hint or above)  P ${score.p.toFixed(3)}  R ${score.r.toFixed(3)}`);
  console.log(`upset (confident)      P ${score.confident.p.toFixed(3)}  R ${score.confident.r.toFixed(3)}`);
  if ('thanks' in score) {
    const { n, p, r } = score.thanks;
    console.log(`gratitude (hint or above, ${n} labelled)  P ${p.toFixed(3)}  R ${r.toFixed(3)}`);
  }
  if ('urgency' in score) {
    const { n, p, r } = score.urgency;
    console.log(`urgency (hint or above, ${n} labelled)  P ${p.toFixed(3)}  R ${r.toFixed(3)}`);
  }
  if (process.argv.includes('--misses')) {
    for (const c of misses) console.error(`missed  ${c.line}: ${c.text.replace(/\s+/g, ' ')}`);
    for (const c of falseAlarms) console.error(`false   ${c.line}: ${c.text.replace(/\s+/g, ' ')}`);
  }
  console.log(JSON.stringify(score));
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  if (process.argv.includes('--ungated')) switchRegisterGate(false);
  main();
}
