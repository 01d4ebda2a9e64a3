import { warmUpEngine } from '@/lib/analysis/warm-up';
import type { EngineSettings } from '@/lib/engine/types';

let scheduled = false;

/**
 * Once per page, when the browser has a quiet moment after the sidebar opens, compiles the
 * engine's patterns on a throwaway reply (lib/analysis/warm-up.ts), so the agent's first
 * keystrokes do not pay for it. requestIdleCallback keeps it off the page's own work; the
 * timeout makes sure it happens within two seconds on a page that is never idle.
 */
export function warmUpWhenIdle(settings: EngineSettings): void {
  if (scheduled) return;
  scheduled = true;
  const run = () => {
    try {
      warmUpEngine(settings);
    } catch {
      // A failed warm-up costs nothing but the head start: the real analysis runs as before.
    }
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 2_000 });
  else setTimeout(run, 200);
}
