import type { JournalDatabase } from '@/lib/db/database';
import { recentWins, saveWin } from '@/lib/db/wins';
import { recordNudgeEvent } from '@/lib/db/nudge-stats';
import type { Handlers } from '@/lib/messaging/router';
import { createHealthStore, type HealthStore } from '@/lib/sites/health-store';
import { annotateSidebarWin } from '@/lib/background/annotate-win';
import { storedQuote } from '@/lib/background/stored-quote';
import { createThreadMemory, type ThreadMemoryStore } from '@/lib/sites/thread-memory';

/** What the background does for each message; the router has already checked sender and payload. */
export interface BackgroundDeps {
  db: () => JournalDatabase;
  /** Runs the sidebar bundle in the frame that asked (scripting.executeScript in the extension). */
  injectSidebar: (tabId: number, frameId: number) => Promise<void>;
  /** Per-tab health reports (storage.session in the extension); in memory when left out. */
  health?: HealthStore;
  /** Writes pending search words (lib/background/word-indexing.ts); resolves with the chunks written. */
  indexWords?: () => Promise<number>;
  /** Opens the journal or the options page in a tab (the sidebar's header asks). */
  openPage?: (page: 'journal' | 'options') => Promise<void>;
  /** Per-tab customer messages for pages without a thread (storage.session in the extension). */
  threadMemory?: ThreadMemoryStore;
}

function senderTab(sender: { tab?: { id?: number } }): number {
  const tabId = sender.tab?.id;
  if (tabId === undefined || tabId < 0) throw new Error('This message comes from a tab.');
  return tabId;
}

export function createHandlers({
  db,
  injectSidebar,
  health = createHealthStore(),
  indexWords = async () => 0,
  openPage = async () => undefined,
  threadMemory = createThreadMemory(),
}: BackgroundDeps): Handlers {
  return {
    'detector→background:load-sidebar': async (_payload, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) throw new Error('No tab to show the sidebar in.');
      await injectSidebar(tabId, sender.frameId ?? 0);
      return { injected: true };
    },
    'sidebar→background:save-win': async (payload) => {
      const win = await saveWin(db(), {
        ...payload,
        ...storedQuote(payload.text, payload.ticketUrl),
        source: 'sidebar',
      });
      return { id: win.id };
    },
    'sidebar→background:annotate-win': (change) => annotateSidebarWin(db(), change),
    'page→background:index-words': async () => ({ chunks: await indexWords() }),
    'sidebar→background:nudge-event': async ({ ruleId, event }) => {
      await recordNudgeEvent(db(), ruleId, event);
      return { recorded: true };
    },
    'sidebar→background:health': async (report, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined || tabId < 0) throw new Error('Health reports come from a tab.');
      await health.apply({ type: 'report', tabId, report, now: Date.now() });
      return { recorded: true };
    },
    'page→background:health-list': async () => Object.values(await health.read()),
    'sidebar→background:remember-thread': async ({ ticketKey, messages }, sender) => {
      await threadMemory.apply({ type: 'remember', tabId: senderTab(sender), ticketKey, messages });
      return { remembered: true };
    },
    'sidebar→background:recall-thread': async ({ ticketKey }, sender) =>
      threadMemory.recall(senderTab(sender), ticketKey),
    'sidebar→background:random-win': async () => {
      // Among the latest wins only: bounded work, and recent wins feel closest.
      const wins = await recentWins(db(), 200);
      const win = wins[Math.floor(Math.random() * wins.length)];
      return win ? { text: win.text, kind: win.kind, createdAt: win.createdAt } : null;
    },
    'sidebar→background:open-page': async ({ page }) => {
      await openPage(page);
      return { opened: page };
    },
    'sidebar→background:ping': async () => ({ pong: true }),
  };
}
