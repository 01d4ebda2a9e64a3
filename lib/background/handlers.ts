import type { JournalDatabase } from '../db/database';
import { saveWin } from '../db/wins';
import type { Handlers } from '../messaging/router';
import { createHealthStore, type HealthStore } from '../sites/health-store';

/** What the background does for each message; the router has already checked sender and payload. */
export function createHandlers(db: () => JournalDatabase, health: HealthStore = createHealthStore()): Handlers {
  return {
    'sidebar→background:save-win': async (payload) => {
      const win = await saveWin(db(), { ...payload, source: 'sidebar' });
      return { id: win.id };
    },
    'sidebar→background:health': async (report, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined || tabId < 0) throw new Error('Health reports come from a tab.');
      await health.apply({ type: 'report', tabId, report, now: Date.now() });
      return { recorded: true };
    },
    'page→background:health-list': async () => Object.values(await health.read()),
    'sidebar→background:ping': async () => ({ pong: true }),
  };
}
