import type { DBCore, Middleware } from 'dexie';

/**
 * A journal page left open follows what other pages of the extension do to the wins (walk
 * 2026-12-07 #7, item 4: three seconds after Options said "Everything was deleted." the journal
 * still listed 10 wins and "Restored. 30 wins…"). Dexie's own `storagemutated` event (the ground
 * of liveQuery, carried between tabs and the service worker by a BroadcastChannel) fires for this
 * page's writes too, and cannot say whose they were; a reread after the page's own delete would
 * throw away its "Show more" pages and selection. So every context announces its own writes to
 * the wins on one channel object, which the spec never delivers back to the object that posted.
 * The wipe clears the tables (a `deleteRange` here), so it is announced like any other write.
 */
const CHANNEL = 'heartdesk-journal-wins-changed';
const WATCHED_TABLES = new Set(['wins']);

let channel: BroadcastChannel | null | undefined;

function shared(): BroadcastChannel | null {
  if (channel === undefined) {
    channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
    // Node (unit tests) would otherwise keep the process alive for the channel.
    (channel as { unref?: () => void } | null)?.unref?.();
  }
  return channel;
}

/** Dexie middleware: after each write to the wins commits, the other pages hear of it. */
export const announceWinChanges: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'announce-win-changes',
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      if (!WATCHED_TABLES.has(name)) return table;
      return {
        ...table,
        mutate: (request) =>
          table.mutate(request).then((response) => {
            const transaction = request.trans as unknown as Partial<IDBTransaction>;
            const announce = () => shared()?.postMessage(name);
            // Heard once the write is committed, so a reader elsewhere sees it; at once where there is no such event.
            if (typeof transaction.addEventListener === 'function')
              transaction.addEventListener('complete', announce, { once: true });
            else announce();
            return response;
          }),
      };
    },
  }),
};

/**
 * Calls `onChange` when another page, the popup or the background changed the wins; a burst
 * (a restore writes in chunks) is one call, `settleMs` after its last write. Returns the unsubscribe.
 */
export function watchOtherPagesWins(onChange: () => void, settleMs = 250): () => void {
  const listening = shared();
  if (!listening) return () => undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const heard = () => {
    clearTimeout(timer);
    timer = setTimeout(onChange, settleMs);
  };
  listening.addEventListener('message', heard);
  return () => {
    clearTimeout(timer);
    listening.removeEventListener('message', heard);
  };
}
