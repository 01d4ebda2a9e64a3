/**
 * Issue 19, must have 4, in the journal: a link is kept without personal data however it
 * arrives (saved, edited, imported), and one saved by an older version is shown and
 * exported without it.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JournalDatabase } from '@/lib/db/database';
import { exportCsv, exportJsonBackup } from '@/lib/db/journal-exports';
import { openJournal } from '@/lib/db/open-journal';
import { recentWins, saveWin, updateWin } from '@/lib/db/wins';
import { toRow } from '@/lib/db/win-row';
import { uniqueDbName } from '@/tests/db/fixtures';

const DIRTY = 'https://help.example.org/Ticket/Display.html?id=42&customer_email=dana%40example.com#card=4111';
const CLEAN = 'https://help.example.org/Ticket/Display.html?id=42';

let db: JournalDatabase;
beforeEach(async () => {
  db = new JournalDatabase(uniqueDbName('links'));
  await openJournal(db);
});
afterEach(() => db.close());

describe('ticket links in the journal', () => {
  it('are stored cleaned when saved or edited', async () => {
    const saved = await saveWin(db, { text: 'Thanks!', kind: 'thank-you', source: 'popup', ticketUrl: DIRTY });
    expect(saved.ticketUrl).toBe(CLEAN);
    expect((await db.wins.get(saved.id))?.ticketUrl).toBe(CLEAN);
    const edited = await updateWin(db, saved.id, { ticketUrl: `${DIRTY}&phone=555` });
    expect((await db.wins.get(edited!.id))?.ticketUrl).toBe(CLEAN);
  });

  it('saved by an older version are shown and exported cleaned', async () => {
    // Written around the schema, as a version before issue 19 would have stored it.
    await db.wins.put(
      toRow({
        id: 'legacy-000001',
        createdAt: 1,
        text: 'Thanks!',
        kind: 'thank-you',
        tags: [],
        source: 'sidebar',
        ticketUrl: DIRTY,
      }),
    );
    expect((await recentWins(db, 1))[0]?.ticketUrl).toBe(CLEAN);
    const csv = await (await exportCsv(db)).blob.text();
    const json = await (await exportJsonBackup(db, 0)).blob.text();
    for (const exported of [csv, json]) {
      expect(exported).toContain(CLEAN);
      expect(exported).not.toContain('dana');
      expect(exported).not.toContain('4111');
    }
  });
});
