import { useSyncExternalStore } from 'react';
import type { TicketSnapshot, TicketWatcher } from '@/lib/dom/ticket-watcher';

export function useTicket(watcher: TicketWatcher): TicketSnapshot {
  return useSyncExternalStore(watcher.subscribe, watcher.getSnapshot);
}
