import { describe, expect, it } from 'vitest';
import rule from '@/lib/rules/learned-condescension';
import { DRAFT_MODEL } from '@/lib/rules/shared/draft-model-weights.generated';
import { LEARNED_GOOD_REPLIES } from '@/tests/rules/learned-good-replies';
import { runRule } from '@/tests/rules/rule-table';

/**
 * Out of fold, no point on condescension reaches the precision floors of
 * scripts/train-draft-model.ts (the rules find most of it, and what they miss the words alone
 * do not tell apart), so the shipped model has none and this rule stays silent. When a retrain
 * finds one, this test fails and should become a table of what the new weights flag.
 */
describe('rule learned-condescension', () => {
  const index = DRAFT_MODEL.categories.indexOf('condescension');

  it('has no operating point in the shipped model', () => {
    for (const points of [DRAFT_MODEL.offering, DRAFT_MODEL.bare]) {
      expect(points.possible[index]).toBe(99);
      expect(points.likely[index]).toBe(99);
    }
  });

  it('stays silent, even at high sensitivity', () => {
    const drafts = [...LEARNED_GOOD_REPLIES.map((item) => (typeof item === 'string' ? item : item.draft))];
    drafts.push('Like I said, there’s nothing wrong with it.');
    for (const draft of drafts) expect(runRule(rule, draft, { settings: { sensitivity: 'high' } })).toEqual([]);
  });
});
