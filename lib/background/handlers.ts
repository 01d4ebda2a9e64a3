import type { JournalDatabase } from '../db/database';
import { saveWin } from '../db/wins';
import type { Handlers } from '../messaging/router';

/** What the background does for each message; the router has already checked sender and payload. */
export function createHandlers(db: () => JournalDatabase): Handlers {
  return {
    'sidebar→background:save-win': async (payload) => {
      const win = await saveWin(db(), { ...payload, source: 'sidebar' });
      return { id: win.id };
    },
    'sidebar→background:ping': async () => ({ pong: true }),
  };
}
