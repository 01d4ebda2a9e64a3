import { useEffect, useSyncExternalStore } from 'react';
import type { TicketWatcher } from '@/lib/content/ticket-watcher';
import { sessionFor } from '@/components/sidebar/coach-session';

/** The coach's view of the ticket, kept by a session that outlives the panel (collapsed, rail closed). */
export function useCoach(watcher: TicketWatcher) {
  const session = sessionFor(watcher);
  useEffect(() => session.start(), [session]);
  const { result, ticket, settings } = useSyncExternalStore(session.subscribe, session.getSnapshot);
  return { view: result.view, draft: ticket.draft, ticket, settings, act: session.act };
}
