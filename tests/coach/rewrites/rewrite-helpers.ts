import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analysis';
import { problemPoints, type ProblemPoint } from '@/lib/coach/problem-points';
import { rewritesForCard } from '@/lib/coach/rewrites/rewrite-card';
import { DEFAULT_ENGINE_SETTINGS } from '@/lib/engine/types';

export const UPSET = 'This is the third time I am writing. You charged me TWICE and nothing happened. Unacceptable!!';

/** The draft's problem points as the sidebar would judge them (every sentence finished). */
export function pointsOf(draft: string, customer = UPSET): ProblemPoint[] {
  const { findings } = analyze({
    draft,
    customerMessages: [customer],
    locale: 'en',
    settings: DEFAULT_ENGINE_SETTINGS,
  });
  return problemPoints(findings, draft, Number.POSITIVE_INFINITY);
}

/** The rewrites the card of the draft's first problem would offer. */
export function rewrite(draft: string, customer = UPSET): string[] {
  const [point] = pointsOf(draft, customer);
  if (!point) throw new Error(`Nothing flagged in "${draft}"`);
  return rewritesForCard(point, draft, { customerMessages: [customer], settings: DEFAULT_ENGINE_SETTINGS });
}

/** The table test every family runs: a flagged sentence and the rewrites it must get, exactly. */
export type RewriteTable = ReadonlyArray<[sentence: string, rewrites: string[]]>;

/** Runs a family's table: each flagged sentence gets exactly the rewrites listed. */
export function rewriteTable(family: string, table: RewriteTable): void {
  describe(`rewrites: ${family}`, () => {
    it.each(table)('"%s"', (sentence, expected) => {
      expect(rewrite(sentence)).toEqual(expected);
    });
  });
}
