import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analysis';
import { concernOf } from '@/lib/coach/points';
import { problemPoints, type ProblemPoint } from '@/lib/coach/problem-points';
import { rewritesForCard } from '@/lib/coach/rewrites/rewrite-card';
import { DEFAULT_ENGINE_SETTINGS } from '@/lib/engine/types';
import { RULES } from '@/lib/rules';

// A second opinion's card never offers a rewrite (lib/coach/rewrites/index.ts), so the tables
// read the first card a rule raised; a learned card before it does not hide the rule's rewrites.
const SECOND_OPINIONS = new Set(RULES.filter((rule) => rule.meta.secondOpinion).map((rule) => rule.meta.id));
const isRuleCard = (point: ProblemPoint) => point.findings.some((finding) => !SECOND_OPINIONS.has(finding.ruleId));

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

/** The rewrites the card of the draft's first problem a rule raised would offer. */
export function rewrite(draft: string, customer = UPSET): string[] {
  const point = pointsOf(draft, customer).find(isRuleCard);
  if (!point) throw new Error(`Nothing flagged in "${draft}"`);
  return rewritesForCard(point, draft, { customerMessages: [customer], settings: DEFAULT_ENGINE_SETTINGS });
}

/** The table test every family runs: a flagged sentence and the rewrites it must get, exactly. */
export type RewriteTable = ReadonlyArray<[sentence: string, rewrites: string[]]>;

// Blanks filled the way an agent would, so the rewrite is judged as it will be sent.
const FILLED: Record<string, string> = {
  '[what you can do]': 'refund the charge today',
  '[what you can do instead]': 'send a replacement today',
  '[when]': 'Friday',
  '[who can help]': 'our returns team',
  '[what it does for them]': 'the refund shows on your statement',
};
const fill = (text: string) => text.replace(/\[[a-z][a-z' ]{0,40}\]/g, (blank) => FILLED[blank] ?? 'this');

/**
 * The problems a rewrite still raises on its own, blanks filled (QA 2026-12-07: a rewrite must
 * remove the problem it names): every concern of the card it came from, its own and `also`.
 */
export function stillRaised(sentence: string, rewritten: string, customer = UPSET): string[] {
  const point = pointsOf(sentence, customer).find(isRuleCard)!;
  const concerns = new Set([point.concern, ...(point.also ?? []).map((finding) => concernOf(finding))]);
  const judged = pointsOf(fill(rewritten), customer);
  return judged.filter((p) => concerns.has(p.concern)).map((p) => `${p.concern}: ${p.lead.text}`);
}

/** Runs a family's table: each flagged sentence gets exactly the rewrites listed, and none raises its problem again. */
export function rewriteTable(family: string, table: RewriteTable): void {
  describe(`rewrites: ${family}`, () => {
    it.each(table)('"%s"', (sentence, expected) => {
      expect(rewrite(sentence)).toEqual(expected);
      for (const rewritten of expected) expect(stillRaised(sentence, rewritten), rewritten).toEqual([]);
    });
  });
}
