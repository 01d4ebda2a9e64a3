import { useCallback, useEffect, useState } from 'react';
import { applyBudget, EMPTY_BUDGET, setAside, type BudgetState } from '@/lib/coach/budget';
import { rankProblems } from '@/lib/coach/select-nudges';
import type { Finding } from '@/lib/engine/types';
import type { Preferences } from '@/lib/storage/settings';

interface Held {
  generation: number;
  state: BudgetState;
  shown: Finding[];
}

/** The nudges the budget allows on this ticket; the budget starts afresh on every ticket. */
export function useNudgeBudget(findings: Finding[], generation: number, preferences: Preferences, silenced: boolean) {
  const [held, setHeld] = useState<Held>({ generation, state: EMPTY_BUDGET, shown: [] });
  const { mutedRules, maxNudgesShown, maxNudgesPerTicket, ruleCooldownMinutes } = preferences;

  useEffect(() => {
    const ranked = rankProblems(findings, mutedRules);
    // The budget needs the wall clock and must remember what it introduced, so it
    // is decided once per new analysis here rather than during render.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setHeld((previous) => {
      const base = previous.generation === generation ? previous.state : EMPTY_BUDGET;
      const decided = applyBudget(ranked, base, {
        maxShown: maxNudgesShown,
        maxPerTicket: maxNudgesPerTicket,
        cooldownMs: ruleCooldownMinutes * 60_000,
        silenced,
        now: Date.now(),
      });
      return { generation, ...decided };
    });
  }, [findings, generation, mutedRules, maxNudgesShown, maxNudgesPerTicket, ruleCooldownMinutes, silenced]);

  const notNow = useCallback((finding: Finding) => {
    setHeld((previous) => ({
      ...previous,
      state: setAside(previous.state, finding, Date.now()),
      shown: previous.shown.filter((shown) => shown !== finding),
    }));
  }, []);

  return { nudges: held.generation === generation ? held.shown : [], notNow };
}
