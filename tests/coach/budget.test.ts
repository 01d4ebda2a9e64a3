import { describe, expect, it } from 'vitest';
import { applyBudget, EMPTY_BUDGET, setAside, type BudgetPolicy } from '@/lib/coach/budget';
import type { ProblemPoint } from '@/lib/coach/problem-points';

const point = (ruleId: string, text: string, start = 0): ProblemPoint => {
  const lead = {
    ruleId,
    messageId: ruleId,
    category: 'excuse' as const,
    kind: 'problem' as const,
    start,
    end: start + text.length,
    text,
    why: 'why',
    alternatives: [],
  };
  return {
    key: `${ruleId}@${text}`,
    concern: 'excuse',
    lead,
    findings: [lead],
    named: lead,
    sentence: { start, end: lead.end },
  };
};

const policy = (overrides: Partial<BudgetPolicy> = {}): BudgetPolicy => ({
  maxShown: 2,
  maxPerTicket: 3,
  cooldownMs: 10 * 60_000,
  now: 1_000_000,
  ...overrides,
});

const A = point('excuse-policy', "it's our policy");
const B = point('blame-customer', 'you should have', 20);
const C = point('condescension', 'as I said', 40);
const D = point('jargon', 'SKU', 60);

describe('nudge budget', () => {
  it('shows at most maxShown points, in ranked order, and holds back the rest for "+N more"', () => {
    const { shown, held } = applyBudget([A, B, C, D], EMPTY_BUDGET, policy());
    expect(shown).toEqual([A, B]);
    expect(held).toEqual([C, D]);
  });

  it('keeps a card on screen in its place while its words remain, even when a higher-ranked one appears', () => {
    const first = applyBudget([C], EMPTY_BUDGET, policy({ maxShown: 1 }));
    const second = applyBudget([A, C], first.state, policy({ maxShown: 1 }));
    expect(second.shown).toEqual([C]);
    expect(second.held).toEqual([A]);
  });

  it('introduces no more than maxPerTicket different points on one ticket, and counts the rest as held', () => {
    let state = EMPTY_BUDGET;
    for (const batch of [[A], [B], [C], [D]]) state = applyBudget(batch, state, policy({ maxShown: 1 })).state;
    expect(Object.keys(state.introduced)).toHaveLength(3);
    expect(applyBudget([D], state, policy())).toMatchObject({ shown: [], held: [D] });
    // One already introduced may come back.
    expect(applyBudget([A], state, policy()).shown).toEqual([A]);
  });

  it('rests a rule for the cooldown after "Not now", then lets it speak again; a point set aside is not "more"', () => {
    const shown = applyBudget([A], EMPTY_BUDGET, policy());
    const rested = setAside(shown.state, A, policy().now);
    const otherPhrase = point('excuse-policy', 'company policy', 30);
    expect(applyBudget([A, otherPhrase], rested, policy({ now: policy().now + 60_000 }))).toMatchObject({
      shown: [],
      held: [],
    });
    expect(applyBudget([A, otherPhrase], rested, policy({ now: policy().now + 11 * 60_000 })).shown).toEqual([
      otherPhrase,
    ]);
  });
});
