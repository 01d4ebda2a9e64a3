import { afterEach, describe, expect, it } from 'vitest';
import { JournalDatabase } from '@/lib/db/database';
import { watchOtherPagesWins } from '@/lib/db/journal-changes';
import { makeWin, uniqueDbName } from '@/tests/db/fixtures';

// Another page of the extension (Options, the popup, the background) is another BroadcastChannel object.
const CHANNEL = 'heartdesk-journal-wins-changed';
const opened: { close(): void }[] = [];
afterEach(() => opened.splice(0).forEach((each) => each.close()));

function otherPage(): { heard: unknown[]; post(): void } {
  const channel = new BroadcastChannel(CHANNEL);
  opened.push(channel);
  const heard: unknown[] = [];
  channel.onmessage = (event) => heard.push(event.data);
  return { heard, post: () => channel.postMessage('wins') };
}

describe('the wins’ changes heard across the extension’s pages', () => {
  it('announces a saved win and a wipe (the tables cleared) to the other pages, once committed', async () => {
    const db = new JournalDatabase(uniqueDbName('changes'));
    opened.push(db);
    const other = otherPage();
    await db.wins.put(makeWin(1) as never);
    await expect.poll(() => other.heard.length).toBe(1);
    await db.transaction('rw', db.tables, async () => {
      for (const table of db.tables) await table.clear();
    });
    await expect.poll(() => other.heard).toEqual(['wins', 'wins']);
  });

  it('tells the watcher of another page’s change, a burst as one call, and never of its own', async () => {
    const db = new JournalDatabase(uniqueDbName('changes'));
    opened.push(db);
    let calls = 0;
    const stop = watchOtherPagesWins(() => calls++, 20);
    opened.push({ close: stop });
    await db.wins.put(makeWin(2) as never);
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(calls).toBe(0);
    const other = otherPage();
    other.post();
    other.post();
    await expect.poll(() => calls).toBe(1);
  });
});
