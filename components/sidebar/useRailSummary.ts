import { useEffect, useSyncExternalStore } from 'react';
import type { TicketWatcher } from '@/lib/content/ticket-watcher';
import { railSummary, type RailSummary } from '@/lib/coach/rail-summary';
import { sessionFor } from '@/components/sidebar/coach-session';

/**
 * What the closed rail shows, from the same coach session the panel uses (same analysis, same
 * debounce). It only peeks: until the panel opens nothing spends the nudge budget or counts as
 * seen. Undefined while `peeking` is false (the panel is open and keeps the session itself).
 */
export function useRailSummary(watcher: TicketWatcher, peeking: boolean): RailSummary | undefined {
  const session = sessionFor(watcher);
  useEffect(() => (peeking ? session.start(false) : undefined), [session, peeking]);
  const { result } = useSyncExternalStore(session.subscribe, session.getSnapshot);
  return peeking ? railSummary(result.view) : undefined;
}
