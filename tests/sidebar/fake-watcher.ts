import type { TicketSnapshot, TicketWatcher } from '@/lib/content/ticket-watcher';

/** Stands in for the page reader: the test decides what the helpdesk shows. */
export function fakeWatcher(initial: Partial<TicketSnapshot> = {}) {
  let snapshot: TicketSnapshot = {
    url: 'https://acme.zendesk.com/agent/tickets/7',
    ticketKey: '7',
    urlNamesTicket: true,
    composerFound: true,
    composerKind: 'ckeditor5',
    noteOpen: false,
    customerMessages: [],
    messagesSource: 'page',
    settled: true,
    threadOnOtherPage: false,
    recipe: 'none',
    draft: '',
    generation: 0,
    ...initial,
  };
  const listeners = new Set<() => void>();
  const replyFocusListeners = new Set<() => void>();
  const watcher = {
    onReplyFocus: (listener: () => void) => {
      replyFocusListeners.add(listener);
      return () => replyFocusListeners.delete(listener);
    },
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
    focusComposer: () => undefined,
    useRecipe: () => undefined,
  } as unknown as TicketWatcher;
  return {
    watcher,
    set(patch: Partial<TicketSnapshot>) {
      snapshot = { ...snapshot, ...patch };
      for (const listener of listeners) listener();
    },
    /** The agent puts the caret in the reply box. */
    focusReply() {
      for (const listener of replyFocusListeners) listener();
    },
  };
}
