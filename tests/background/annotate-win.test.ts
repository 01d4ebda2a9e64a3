import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JournalDatabase } from '@/lib/db/database';
import { saveWin } from '@/lib/db/wins';
import { searchWins } from '@/lib/db/win-search';
import { createHandlers } from '@/lib/background/handlers';
import { ANNOTATE_WINDOW_MS, annotateSidebarWin } from '@/lib/background/annotate-win';
import { uniqueDbName } from '@/tests/db/fixtures';

let db: JournalDatabase;
beforeEach(() => {
  db = new JournalDatabase(uniqueDbName('annotate'));
});
afterEach(() => db.close());

const SAVED_AT = 1_765_000_000_000;

describe('thank-you from the sidebar: subject and link kept, tag or note added right after', () => {
  it('saves the ticket subject with the win, through the real message handler', async () => {
    const handlers = createHandlers({ db: () => db, injectSidebar: async () => undefined });
    await handlers['sidebar→background:save-win'](
      {
        id: 'sidebar-win-0001',
        text: 'Thank you so much!',
        kind: 'thank-you',
        ticketUrl: 'https://acme.zendesk.com/agent/tickets/4471',
        ticketSubject: 'Refund for order 4471',
      },
      { tab: { id: 1 } },
    );
    expect(await db.wins.get('sidebar-win-0001')).toMatchObject({
      ticketSubject: 'Refund for order 4471',
      site: 'acme.zendesk.com',
      source: 'sidebar',
    });
  });

  it('adds tags and a note to the win the sidebar just saved, and search finds them', async () => {
    await saveWin(db, { id: 'sidebar-win-0001', text: 'Thanks!', kind: 'thank-you', source: 'sidebar' }, SAVED_AT);
    const result = await annotateSidebarWin(
      db,
      { id: 'sidebar-win-0001', tags: ['billing'], note: 'Third try worked' },
      SAVED_AT + 60_000,
    );
    expect(result).toEqual({ annotated: true });
    expect(await db.wins.get('sidebar-win-0001')).toMatchObject({
      tags: ['billing'],
      note: 'Third try worked',
      text: 'Thanks!',
    });
    expect((await searchWins(db, { query: 'third try' })).wins).toHaveLength(1);
    expect((await searchWins(db, { tag: 'bil' })).wins).toHaveLength(1);
  });

  it('refuses wins the sidebar did not save, wins older than the window, and unknown ids, changing nothing', async () => {
    await saveWin(db, { id: 'popup-win-00001', text: 'Mine', kind: 'save', source: 'popup' }, SAVED_AT);
    await saveWin(db, { id: 'sidebar-win-0002', text: 'Old', kind: 'thank-you', source: 'sidebar' }, SAVED_AT);
    const later = SAVED_AT + ANNOTATE_WINDOW_MS + 1;
    expect(await annotateSidebarWin(db, { id: 'popup-win-00001', note: 'x' }, SAVED_AT + 1)).toEqual({
      annotated: false,
      reason: 'not-allowed',
    });
    expect(await annotateSidebarWin(db, { id: 'sidebar-win-0002', note: 'x' }, later)).toEqual({
      annotated: false,
      reason: 'not-allowed',
    });
    expect(await annotateSidebarWin(db, { id: 'missing-win-001', note: 'x' }, SAVED_AT)).toEqual({
      annotated: false,
      reason: 'not-found',
    });
    expect((await db.wins.toArray()).every((row) => row.note === undefined)).toBe(true);
  });
});
