import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JournalDatabase } from '@/lib/db/database';
import { countWinsSince, recentWins, saveWin } from '@/lib/db/wins';

let db: JournalDatabase;
beforeEach(() => {
  db = new JournalDatabase(`test-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('saveWin', () => {
  it('validates and stores a win with its site taken from the ticket link', async () => {
    const win = await saveWin(db, {
      text: '  Untangled a double charge  ',
      kind: 'save',
      tags: ['Billing', ' refunds '],
      ticketUrl: 'https://acme.zendesk.com/agent/tickets/42',
      source: 'popup',
    });
    expect(win.text).toBe('Untangled a double charge');
    expect(win.tags).toEqual(['billing', 'refunds']);
    expect(win.site).toBe('acme.zendesk.com');
    expect(await db.wins.get(win.id)).toMatchObject(win);
  });

  it('writes exactly one row when the same save is retried with the same id', async () => {
    const input = {
      id: 'retry-id-123456',
      text: 'Thanked by a customer',
      kind: 'thank-you' as const,
      source: 'sidebar' as const,
    };
    await saveWin(db, input);
    await saveWin(db, input);
    expect(await db.wins.count()).toBe(1);
  });

  it('refuses empty text with a readable message and writes nothing', async () => {
    await expect(saveWin(db, { text: '   ', kind: 'save', source: 'popup' })).rejects.toThrow('Write a few words');
    expect(await db.wins.count()).toBe(0);
  });

  it('refuses a ticket link that is not http(s)', async () => {
    await expect(
      saveWin(db, { text: 'ok', kind: 'save', source: 'popup', ticketUrl: 'javascript:alert(1)' }),
    ).rejects.toThrow();
    expect(await db.wins.count()).toBe(0);
  });
});

describe('reading recent wins', () => {
  it('lists newest first and counts wins since a moment', async () => {
    for (const [index, createdAt] of [1_000, 3_000, 2_000].entries()) {
      await saveWin(db, { text: `win ${index}`, kind: 'learned', source: 'popup', createdAt });
    }
    expect((await recentWins(db, 2)).map((win) => win.createdAt)).toEqual([3_000, 2_000]);
    expect(await countWinsSince(db, 2_000)).toBe(2);
  });
});
