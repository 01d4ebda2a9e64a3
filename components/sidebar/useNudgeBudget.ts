import { useCallback, useEffect, useRef, useState } from 'react';
import { applyBudget, EMPTY_BUDGET, setAside, type BudgetState } from '@/lib/coach/budget';
import { nudgeOutcomes, ruleOfKey } from '@/lib/coach/nudge-outcomes';
import { rankProblems } from '@/lib/coach/select-nudges';
import type { Finding } from '@/lib/engine/types';
import type { NudgeEvent } from '@/lib/messaging/protocol';
import { sendToBackground } from '@/lib/messaging/client';
import type { Preferences } from '@/lib/storage/settings';

interface Held {
  generation: number;
  state: BudgetState;
  shown: Finding[];
}

/** Counts go to the agent's private stats in the journal; a lost count is not worth an error. */
export function recordNudge(ruleId: string, event: NudgeEvent): void {
  void sendToBackground('sidebar→background:nudge-event', { ruleId, event }).catch(() => undefined);
}

/** The nudges the budget allows on this ticket; the budget starts afresh on every ticket. */
export function useNudgeBudget(findings: Finding[], generation: number, preferences: Preferences, silenced: boolean) {
  const [initial] = useState<Held>(() => ({ generation, state: EMPTY_BUDGET, shown: [] }));
  const held = useRef<Held>(initial);
  const [shown, setShown] = useState<Held>(initial);
  const { mutedRules, maxNudgesShown, maxNudgesPerTicket, ruleCooldownMinutes } = preferences;

  useEffect(() => {
    const previous = held.current.generation === generation ? held.current.state : EMPTY_BUDGET;
    // The budget needs the wall clock and remembers what it introduced, so it is
    // decided once per new analysis here rather than during render.
    const decided = applyBudget(rankProblems(findings, mutedRules), previous, {
      maxShown: maxNudgesShown,
      maxPerTicket: maxNudgesPerTicket,
      cooldownMs: ruleCooldownMinutes * 60_000,
      silenced,
      now: Date.now(),
    });
    if (!silenced) {
      const outcome = nudgeOutcomes(previous.visible, decided.state.visible, previous.dismissed, previous.introduced);
      for (const key of outcome.seen) recordNudge(ruleOfKey(key), 'seen');
      for (const key of outcome.acted) if (!mutedRules.includes(ruleOfKey(key))) recordNudge(ruleOfKey(key), 'acted');
    }
    held.current = { generation, ...decided };
    setShown(held.current);
  }, [findings, generation, mutedRules, maxNudgesShown, maxNudgesPerTicket, ruleCooldownMinutes, silenced]);

  const notNow = useCallback((finding: Finding) => {
    const current = held.current;
    held.current = {
      ...current,
      state: setAside(current.state, finding, Date.now()),
      shown: current.shown.filter((item) => item !== finding),
    };
    setShown(held.current);
  }, []);

  return { nudges: shown.generation === generation ? shown.shown : [], notNow };
}
