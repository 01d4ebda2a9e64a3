import { warmUpSteps } from '@/lib/analysis/warm-up';
import type { EngineSettings } from '@/lib/engine/types';

let scheduled = false;

/** Leave this much of an idle period unused, so a keystroke arriving at its end is not held up. */
const IDLE_MARGIN_MS = 8;

/**
 * Once per page, when the agent first puts the caret in a reply box, compiles the engine's
 * patterns on throwaway replies (lib/analysis/warm-up.ts), so their first keystrokes do not pay
 * for it. Only then: warming on every helpdesk tab the sidebar opens on cost 7 MB of compiled
 * code per tab, also on the many tabs where the agent only reads (the page bench's heap growth
 * over 500 navigations, 1.21 -> 8.68 MB). The steps are spread over idle callbacks, at least
 * one per callback, so the page's own work and the agent's typing come first; the timeout makes
 * sure they happen on a page that is never idle.
 */
export function warmUpWhenIdle(settings: EngineSettings): void {
  if (scheduled) return;
  scheduled = true;
  const steps = [...warmUpSteps(settings)];
  const next = () => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 2_000 });
    else setTimeout(() => run(), 50);
  };
  const run = (deadline?: IdleDeadline) => {
    do {
      const step = steps.shift();
      if (!step) return;
      try {
        step();
      } catch {
        // A failed step costs nothing but its head start: the real analysis runs as before.
      }
    } while (deadline && !deadline.didTimeout && deadline.timeRemaining() > IDLE_MARGIN_MS);
    if (steps.length > 0) next();
  };
  next();
}
