import { createSessionStore, type SessionArea } from '@/lib/sites/session-store';

/**
 * The customer's messages last read in each tab, per ticket, for pages of the
 * same ticket that show no thread: Request Tracker's reply page
 * (Ticket/Update.html) has only the form, so the mood read on Display.html a
 * moment before is all there is. Kept in the browser's session area, which lives
 * in memory and never on disk (and in plain memory where it is missing); a tab's
 * entries go when the tab closes. Never written to the journal or a backup.
 */

export const MAX_TICKETS_PER_TAB = 10;
export const MAX_REMEMBERED_MESSAGES = 50;
export const MAX_REMEMBERED_MESSAGE_LENGTH = 20_000;
const KEY = 'threadMemory';

type TabMemory = Array<{ ticketKey: string; messages: string[] }>;
export type ThreadMemoryState = Record<string, TabMemory>;

export type ThreadMemoryAction =
  | { type: 'remember'; tabId: number; ticketKey: string; messages: readonly string[] }
  | { type: 'tab-closed'; tabId: number };

export function reduceThreadMemory(state: ThreadMemoryState, action: ThreadMemoryAction): ThreadMemoryState {
  const key = String(action.tabId);
  if (action.type === 'tab-closed') {
    if (!(key in state)) return state;
    const { [key]: _gone, ...rest } = state;
    return rest;
  }
  const messages = action.messages
    .slice(-MAX_REMEMBERED_MESSAGES)
    .map((message) => message.slice(0, MAX_REMEMBERED_MESSAGE_LENGTH));
  // Newest ticket first; the oldest beyond the cap is forgotten.
  const others = (state[key] ?? []).filter((entry) => entry.ticketKey !== action.ticketKey);
  return { ...state, [key]: [{ ticketKey: action.ticketKey, messages }, ...others].slice(0, MAX_TICKETS_PER_TAB) };
}

export function recallFrom(state: ThreadMemoryState, tabId: number, ticketKey: string): string[] | null {
  return state[String(tabId)]?.find((entry) => entry.ticketKey === ticketKey)?.messages ?? null;
}

export interface ThreadMemoryStore {
  recall(tabId: number, ticketKey: string): Promise<string[] | null>;
  apply(action: ThreadMemoryAction): Promise<unknown>;
}

export function createThreadMemory(session?: SessionArea): ThreadMemoryStore {
  const store = createSessionStore<ThreadMemoryState, ThreadMemoryAction>(KEY, reduceThreadMemory, () => ({}), session);
  return {
    recall: async (tabId, ticketKey) => recallFrom(await store.read(), tabId, ticketKey),
    apply: (action) => store.apply(action),
  };
}
