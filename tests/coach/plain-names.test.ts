import { describe, expect, it } from 'vitest';
import { categoryName, findingTitle, ruleNameById } from '@/lib/coach/plain-names';
import { PROBLEM_CATEGORIES } from '@/lib/engine/types';
import { RULES } from '@/lib/rules';

/** Issue 14: no rule id or internal category name anywhere an agent can see it. */
const IDS = new Set([...RULES.map((rule) => rule.meta.id), ...PROBLEM_CATEGORIES]);
const looksInternal = (text: string) => IDS.has(text) || /^[a-z]+(?:[-_][a-z]+)+$/.test(text) || /_/.test(text);

describe('plain names', () => {
  it.each(
    RULES.flatMap((rule) =>
      Object.keys(rule.meta.messages.en).map((messageId) => [rule.meta.id, messageId, rule.meta.category] as const),
    ),
  )('%s/%s has a plain card title and rule name', (ruleId, messageId, category) => {
    const title = findingTitle({ ruleId, messageId, category });
    expect(looksInternal(title), title).toBe(false);
    expect(looksInternal(ruleNameById(ruleId))).toBe(false);
  });
  it('every problem category has a plain name', () => {
    for (const category of PROBLEM_CATEGORIES) expect(looksInternal(categoryName(category))).toBe(false);
  });
  it('a rule id no rule has (removed, or from a newer build) still gets plain words, not its id', () => {
    expect(ruleNameById('blame-you-should-have')).toBe('Worth another look');
  });

  // QA 2026-12-07: "Blame" on one draft and "Blames them" on the next for the same kind of problem.
  it('a problem reads the same whichever rule found it: one title per kind for rules without their own', () => {
    expect(findingTitle({ ruleId: 'blame-implied', messageId: 'implied', category: 'blame' })).toBe(
      findingTitle({ ruleId: 'blame-customer', messageId: 'blame', category: 'blame' }),
    );
    expect(findingTitle({ ruleId: 'learned-condescension', messageId: 'learned', category: 'condescension' })).toBe(
      findingTitle({ ruleId: 'condescension', messageId: 'belittle', category: 'condescension' }),
    );
    for (const category of PROBLEM_CATEGORIES)
      expect(findingTitle({ ruleId: 'no-such-rule', messageId: 'x', category })).not.toBe(categoryName(category));
  });
  // QA 2026-12-07: "Opens with a no" for a "no" in the middle of a reply; "No way to find out" for "Please wait for".
  it('titles say what the sentence does, not where it stands or what the customer lacks', () => {
    const regret = findingTitle({ ruleId: 'excuse-unfortunately', messageId: 'regret', category: 'excuse' });
    expect(regret).not.toMatch(/open|start|lead/i);
    const unknown = findingTitle({ ruleId: 'uncertainty', messageId: 'unknown', category: 'uncertainty' });
    expect(unknown).not.toMatch(/find out/i);
    expect(unknown).toBe(findingTitle({ ruleId: 'uncertainty-no-eta', messageId: 'no-eta', category: 'uncertainty' }));
  });
});
