import { describe, expect, it } from 'vitest';
import { RULE_CATEGORIES, RULE_IDS } from '@/lib/engine/rule-ids';
import { RULES } from '@/lib/rules';

describe('rule ids without the rules', () => {
  it('lists exactly the rule registry’s ids, in its order', () => {
    expect(RULE_IDS).toEqual(RULES.map((rule) => rule.meta.id));
  });

  it('gives each rule the category the rule itself declares', () => {
    expect(RULE_CATEGORIES).toEqual(Object.fromEntries(RULES.map((rule) => [rule.meta.id, rule.meta.category])));
  });
});
