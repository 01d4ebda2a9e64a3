/**
 * What the look-ahead guards of phrasesAtWordStart (lib/engine/phrases.ts) save:
 * `npx tsx tests/bench/phrase-guards.ts`. Takes every anchored rule pattern that got a guard,
 * rebuilds it without its guards, checks both find the same spans in every sentence of the
 * bench draft, then times both sets over those sentences in alternating rounds (process CPU
 * time, so other load on the machine counts less) and prints the medians.
 */
import { analyze } from '@/lib/analysis';
import { findMaskedRegions, lintableText } from '@/lib/engine/segment';
import { splitSentences } from '@/lib/engine/sentences';
import { DEFAULT_ENGINE_SETTINGS } from '@/lib/engine/types';
import { anchoredPatterns, matchSpans } from '@/lib/rules/shared/match-spans';
import { benchDraft, CUSTOMER } from '@/tests/bench/engine';

// A guard: "(?=…)" (one level of groups inside) right before a look-behind.
const GUARD = /\(\?=(?:[^()\\]|\\.|\((?:[^()\\]|\\.)*\))*\)(?=\(\?<[=!])/g;

const draft = benchDraft();
// Rules register their patterns on first use.
analyze({ customerMessages: [CUSTOMER], draft, locale: 'en', settings: DEFAULT_ENGINE_SETTINGS });
const sentences = splitSentences(lintableText(draft, findMaskedRegions(draft))).map((sentence) => sentence.text);
const guarded = anchoredPatterns
  .map(([, pattern]) => pattern)
  .filter((pattern) => pattern.source.replace(GUARD, '') !== pattern.source);
const unguarded = guarded.map((pattern) => new RegExp(pattern.source.replace(GUARD, ''), pattern.flags));

for (const [i, pattern] of guarded.entries()) {
  for (const sentence of sentences) {
    if (JSON.stringify(matchSpans(sentence, pattern)) !== JSON.stringify(matchSpans(sentence, unguarded[i]!))) {
      throw new Error(`guarded and unguarded differ: ${pattern.source.slice(0, 80)}`);
    }
  }
}

function cpuMicros(patterns: RegExp[]): number {
  const rounds = 200;
  const started = process.cpuUsage();
  for (let round = 0; round < rounds; round++) {
    for (const pattern of patterns) for (const sentence of sentences) matchSpans(sentence, pattern);
  }
  const used = process.cpuUsage(started);
  return (used.user + used.system) / rounds;
}

const withGuards: number[] = [];
const without: number[] = [];
for (let k = 0; k < 15; k++) {
  withGuards.push(cpuMicros(guarded));
  without.push(cpuMicros(unguarded));
}
const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!.toFixed(1);
console.log(
  `${guarded.length} guarded patterns × ${sentences.length} sentences, µs CPU per draft: with guards ${median(withGuards)}, without ${median(without)}`,
);
