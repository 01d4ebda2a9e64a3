import { useSyncExternalStore } from 'react';
import type { TicketSnapshot, TicketWatcher } from '@/lib/content/ticket-watcher';

export function useTicket(watcher: TicketWatcher): TicketSnapshot {
  return useSyncExternalStore(watcher.subscribe, watcher.getSnapshot);
}
