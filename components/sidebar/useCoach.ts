import { useEffect, useState, useSyncExternalStore } from 'react';
import type { TicketWatcher } from '@/lib/content/ticket-watcher';
import { CoachSession } from '@/components/sidebar/coach-session';

/** The coach's view of the ticket, kept by a session that lives as long as the sidebar. */
export function useCoach(watcher: TicketWatcher) {
  const [session] = useState(() => new CoachSession(watcher));
  useEffect(() => session.start(), [session]);
  const { result, ticket, settings } = useSyncExternalStore(session.subscribe, session.getSnapshot);
  return { view: result.view, draft: ticket.draft, ticket, settings, act: session.act };
}
