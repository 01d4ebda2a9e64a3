import type { JournalDatabase } from '../db/database';
import { recentWins, saveWin } from '../db/wins';
import type { Handlers } from '../messaging/router';

/** What the background does for each message; the router has already checked sender and payload. */
export function createHandlers(db: () => JournalDatabase): Handlers {
  return {
    'sidebar→background:save-win': async (payload) => {
      const win = await saveWin(db(), { ...payload, source: 'sidebar' });
      return { id: win.id };
    },
    'sidebar→background:random-win': async () => {
      // Among the latest wins only: bounded work, and recent wins feel closest.
      const wins = await recentWins(db(), 200);
      const win = wins[Math.floor(Math.random() * wins.length)];
      return win ? { text: win.text, kind: win.kind, createdAt: win.createdAt } : null;
    },
    'sidebar→background:ping': async () => ({ pong: true }),
  };
}
