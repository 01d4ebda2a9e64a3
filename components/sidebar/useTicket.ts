import { useMemo, useSyncExternalStore } from 'react';
import type { TicketSnapshot, TicketWatcher } from '@/lib/content/ticket-watcher';
import { boundedDraft, boundedMessages } from '@/lib/engine/bounded-text';

/** The ticket as the sidebar uses it: page text within the engine's caps (lib/engine/bounded-text.ts). */
export function useTicket(watcher: TicketWatcher): TicketSnapshot {
  const snapshot = useSyncExternalStore(watcher.subscribe, watcher.getSnapshot);
  const draft = boundedDraft(snapshot.draft);
  // Kept by identity while the thread is unchanged: mood and the reset card depend on it.
  const customerMessages = useMemo(() => boundedMessages(snapshot.customerMessages), [snapshot.customerMessages]);
  return useMemo(() => ({ ...snapshot, draft, customerMessages }), [snapshot, draft, customerMessages]);
}
