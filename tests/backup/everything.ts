import { storage } from 'wxt/utils/storage';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { JournalDatabase } from '@/lib/db/database';
import { saveWin } from '@/lib/db/wins';
import { recordNudgeEvent } from '@/lib/db/nudge-stats';
import { toWin } from '@/lib/db/win-row';
import { saveCustomPack } from '@/lib/storage/custom-packs';
import { updatePreferences } from '@/lib/storage/settings';
import { customSitesItem } from '@/lib/sites/custom-sites-browser';
import { PAGE_RECIPES_KEY } from '@/lib/storage/storage-keys';
import { reflectionReminderItem } from '@/lib/storage/reflection-reminder';
import { validPack } from '@/tests/prompts/fixtures';

const DAY = 86_400_000;
export const SEEDED_AT = Date.UTC(2026, 11, 1, 12);

/** Something of every kind the agent makes, with unicode, RTL and emoji where text goes. */
export async function seedEverything(db: JournalDatabase): Promise<void> {
  await saveWin(
    db,
    {
      text: 'Customer said thanks 🎉 — “you saved my week”',
      kind: 'thank-you',
      tags: ['billing', 'vip'],
      ticketUrl: 'https://acme.zendesk.com/agent/tickets/4471',
      ticketSubject: 'Refund for order 4471',
      note: 'Third try worked',
      source: 'sidebar',
    },
    SEEDED_AT - 3 * DAY,
  );
  await saveWin(db, { text: 'שלום — untangled a double charge', kind: 'save', source: 'popup' }, SEEDED_AT - DAY);
  await saveWin(db, { text: 'Thanked Sam for the outage notes', kind: 'teamwork', source: 'journal' }, SEEDED_AT);
  await recordNudgeEvent(db, 'blame-customer', 'seen', SEEDED_AT);
  await recordNudgeEvent(db, 'blame-customer', 'acted', SEEDED_AT);
  await updatePreferences({ quietMode: true, sensitivity: 'high', mutedRules: ['jargon'] });
  await saveCustomPack(validPack());
  await customSitesItem.setValue([{ origin: 'https://support.example.com', addedAt: SEEDED_AT }]);
  await reflectionReminderItem.setValue({ enabled: true, weekday: 5, hour: 16 });
  await storage.setItem(PAGE_RECIPES_KEY, {
    'https://support.example.com': { message: '.conversation .message', composer: '#reply', savedAt: SEEDED_AT },
  });
}

/** WXT reads a missing `<key>$` as version 1, so `{ v: 1 }` and nothing say the same. */
function withoutDefaultVersions(area: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(area).filter(([key, value]) => !(key.endsWith('$') && JSON.stringify(value) === '{"v":1}')),
  );
}

/** Everything a restore should bring back, comparable with toEqual (bookkeeping left out). */
export async function everything(db: JournalDatabase) {
  const wins = (await db.wins.orderBy('[createdAt+id]').toArray()).map(toWin);
  const nudgeStats = await db.nudgeStats.toArray();
  const local = withoutDefaultVersions(await fakeBrowser.storage.local.get(null));
  const sync = withoutDefaultVersions(await fakeBrowser.storage.sync.get(null));
  // When the last backup was taken is a fact about this browser, not something the agent made.
  delete local.journalLastExportAt;
  return { wins, nudgeStats, local, sync };
}
