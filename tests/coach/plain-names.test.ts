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
});
