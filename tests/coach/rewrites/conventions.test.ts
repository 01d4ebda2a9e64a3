import { describe, expect, it } from 'vitest';
import { ADVICE_ONLY, REWRITE_BUILDERS } from '@/lib/coach/rewrites';
import { GOOD_CATEGORIES } from '@/lib/engine/types';
import { RULES } from '@/lib/rules';

/**
 * Every problem rule either has a rewrite builder for each of its messages or is listed as
 * advice-only with a reason, so a rule added or split later gets a decision (issue 14, item 5).
 */
const problemMessages = RULES.filter(
  (rule) => !(GOOD_CATEGORIES as readonly string[]).includes(rule.meta.category),
).flatMap((rule) => Object.keys(rule.meta.messages.en).map((messageId) => ({ ruleId: rule.meta.id, messageId })));

describe('rewrite builders cover the rules', () => {
  it.each(problemMessages.map((m) => [`${m.ruleId}/${m.messageId}`, m] as const))(
    '%s has a builder or a reason',
    (_, { ruleId, messageId }) => {
      const keys = [`${ruleId}/${messageId}`, `${ruleId}/*`];
      const builder = keys.some((key) => key in REWRITE_BUILDERS);
      const reason = keys.map((key) => ADVICE_ONLY[key]).find(Boolean);
      expect(builder || (reason ?? '').length > 20).toBe(true);
      expect(builder && reason).toBeFalsy();
    },
  );

  it('names no rule or message that does not exist', () => {
    const known = new Set(problemMessages.flatMap((m) => [`${m.ruleId}/${m.messageId}`, `${m.ruleId}/*`]));
    expect([...Object.keys(REWRITE_BUILDERS), ...Object.keys(ADVICE_ONLY)].filter((key) => !known.has(key))).toEqual(
      [],
    );
  });
});
