import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JournalDatabase } from '@/lib/db/database';
import { SAVE_SELECTION_MENU_ID, saveSelectionAsWin } from '@/lib/background/context-menu';

let db: JournalDatabase;
beforeEach(() => {
  db = new JournalDatabase(`test-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('Save selection as a win', () => {
  it('saves the redacted selection with the page as the ticket link', async () => {
    const saved = await saveSelectionAsWin(db, {
      menuItemId: SAVE_SELECTION_MENU_ID,
      selectionText: 'Thank you, it works now! (my email is kim@example.org)',
      pageUrl: 'https://acme.zendesk.com/agent/tickets/7',
    });
    expect(saved).toBe(true);
    const [win] = await db.wins.toArray();
    expect(win).toMatchObject({
      text: 'Thank you, it works now! (my email is [email])',
      kind: 'thank-you',
      source: 'context-menu',
      ticketUrl: 'https://acme.zendesk.com/agent/tickets/7',
    });
  });

  it('keeps only what names the ticket in the link', async () => {
    await saveSelectionAsWin(db, {
      menuItemId: SAVE_SELECTION_MENU_ID,
      selectionText: 'Thanks a lot!',
      pageUrl: 'https://acme.zendesk.com/agent/tickets/7?customer_email=kim%40example.org&card=4111111111111111',
    });
    expect((await db.wins.toArray())[0]?.ticketUrl).toBe('https://acme.zendesk.com/agent/tickets/7');
  });

  it('ignores other menu items, empty selections and keeps non-web pages out of the link', async () => {
    expect(await saveSelectionAsWin(db, { menuItemId: 'other', selectionText: 'hello' })).toBe(false);
    expect(await saveSelectionAsWin(db, { menuItemId: SAVE_SELECTION_MENU_ID, selectionText: '   ' })).toBe(false);
    expect(await db.wins.count()).toBe(0);
    await saveSelectionAsWin(db, {
      menuItemId: SAVE_SELECTION_MENU_ID,
      selectionText: 'kind words',
      pageUrl: 'file:///tmp/x.html',
    });
    expect((await db.wins.toArray())[0]?.ticketUrl).toBeUndefined();
  });
});
