import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JournalDatabase } from '@/lib/db/database';
import { recentTags } from '@/lib/db/win-stats';
import { saveWin } from '@/lib/db/wins';

let db: JournalDatabase;
beforeEach(() => {
  db = new JournalDatabase(`test-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('recentTags', () => {
  it('lists the latest wins’ tags, most used first, and ignores older wins beyond the lookback', async () => {
    await saveWin(db, { text: 'old', kind: 'save', tags: ['archive'], source: 'popup', createdAt: 1 });
    for (let i = 0; i < 3; i++)
      await saveWin(db, { text: `b${i}`, kind: 'save', tags: ['billing'], source: 'popup', createdAt: 10 + i });
    await saveWin(db, { text: 'v', kind: 'save', tags: ['vip', 'billing'], source: 'popup', createdAt: 20 });
    expect(await recentTags(db, 4)).toEqual(['billing', 'vip']);
    expect(await recentTags(db, 10)).toEqual(['billing', 'archive', 'vip']);
  });
});
