import { describe, expect, it } from 'vitest';
import { applyBudget, EMPTY_BUDGET, setAside, type BudgetPolicy } from '@/lib/coach/budget';
import type { Finding } from '@/lib/engine/types';

const finding = (ruleId: string, text: string, start = 0): Finding => ({
  ruleId,
  messageId: ruleId,
  category: 'excuse',
  kind: 'problem',
  start,
  end: start + text.length,
  text,
  why: 'why',
  alternatives: [],
});

const policy = (overrides: Partial<BudgetPolicy> = {}): BudgetPolicy => ({
  maxShown: 2,
  maxPerTicket: 3,
  cooldownMs: 10 * 60_000,
  silenced: false,
  now: 1_000_000,
  ...overrides,
});

const A = finding('excuse-policy', "it's our policy");
const B = finding('blame-customer', 'you should have', 20);
const C = finding('condescension', 'as I said', 40);
const D = finding('jargon', 'SKU', 60);

describe('nudge budget', () => {
  it('shows at most maxShown nudges, in ranked order', () => {
    const { shown } = applyBudget([A, B, C], EMPTY_BUDGET, policy());
    expect(shown).toEqual([A, B]);
  });

  it('keeps a nudge on screen in its place while its words remain, even when a higher-ranked one appears', () => {
    const first = applyBudget([C], EMPTY_BUDGET, policy({ maxShown: 1 }));
    const second = applyBudget([A, C], first.state, policy({ maxShown: 1 }));
    expect(second.shown).toEqual([C]);
  });

  it('introduces no more than maxPerTicket different nudges on one ticket', () => {
    let state = EMPTY_BUDGET;
    for (const batch of [[A], [B], [C], [D]]) state = applyBudget(batch, state, policy({ maxShown: 1 })).state;
    expect(Object.keys(state.introduced)).toHaveLength(3);
    expect(applyBudget([D], state, policy()).shown).toEqual([]);
    // One already introduced may come back.
    expect(applyBudget([A], state, policy()).shown).toEqual([A]);
  });

  it('rests a rule for the cooldown after "Not now", then lets it speak again', () => {
    const shown = applyBudget([A], EMPTY_BUDGET, policy());
    const rested = setAside(shown.state, A, policy().now);
    const otherPhrase = finding('excuse-policy', 'company policy', 30);
    expect(applyBudget([A, otherPhrase], rested, policy({ now: policy().now + 60_000 })).shown).toEqual([]);
    expect(applyBudget([A, otherPhrase], rested, policy({ now: policy().now + 11 * 60_000 })).shown).toEqual([
      otherPhrase,
    ]);
  });

  it('shows nothing and spends nothing while silenced (quiet mode or snooze)', () => {
    const { shown, state } = applyBudget([A, B], EMPTY_BUDGET, policy({ silenced: true }));
    expect(shown).toEqual([]);
    expect(state.introduced).toEqual({});
  });
});
