import Dexie from 'dexie';
import type { Win } from '@/lib/journal/win-schema';
import { TAG_KEY_PREFIX, winWords } from '@/lib/journal/search-words';

let counter = 0;
/** A database name no other test uses (fake-indexeddb is shared per file). */
export function uniqueDbName(label: string): string {
  counter += 1;
  return `test-${label}-${counter}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Realistic v1 rows: unicode, emoji, RTL, combining marks, edge dates. */
export const V1_ROWS: Win[] = [
  {
    id: 'win-ascii-0001',
    createdAt: 0,
    text: 'Customer said the refund walkthrough was the clearest they had seen.',
    kind: 'compliment',
    tags: ['refunds', 'billing'],
    ticketUrl: 'https://acme.zendesk.com/agent/tickets/123',
    site: 'acme.zendesk.com',
    source: 'popup',
  },
  {
    id: 'win-emoji-0002',
    createdAt: 1_764_806_400_000,
    text: 'Saved a churn 🎉🙌 — thé café owner stayed! 👩🏽‍💻',
    kind: 'save',
    tags: ['churn', 'café'],
    source: 'sidebar',
  },
  {
    id: 'win-rtl-000003',
    createdAt: 8.64e15,
    text: 'شكراً جزيلاً على المساعدة السريعة — תודה רבה',
    kind: 'thank-you',
    tags: ['عربي'],
    source: 'context-menu',
  },
  {
    id: 'win-multiline4',
    createdAt: 1_700_000_000_123,
    updatedAt: 1_700_000_100_000,
    text: 'Line one\nLine two with "quotes", commas, and =SUM(A1)\n\n# not a heading',
    kind: 'learned',
    tags: [],
    source: 'journal',
  },
];

/** Opens the database as released v1 code did, writes rows, closes. */
export async function seedV1(name: string, rows: readonly Win[] = V1_ROWS): Promise<void> {
  const v1 = new Dexie(name);
  v1.version(1).stores({ wins: 'id, createdAt, kind, *tags, ticketUrl' });
  await v1.table('wins').bulkPut([...rows]);
  v1.close();
}

/** The released v2 schema, as its code declared it. */
export const V2_STORES = {
  wins: 'id, createdAt, kind, *tags, ticketUrl, *words, [createdAt+id]',
  nudgeStats: '[day+ruleId], day, ruleId',
  meta: 'key',
};

/** Opens the database as released v2 code did (rows carried their words, without tag keys), writes rows, closes. */
export async function seedV2(name: string, rows: readonly Win[] = V1_ROWS): Promise<void> {
  const v2 = new Dexie(name);
  v2.version(1).stores({ wins: 'id, createdAt, kind, *tags, ticketUrl' });
  v2.version(2).stores(V2_STORES);
  const withWords = rows.map((row) => ({
    ...row,
    words: winWords(row.text, row.tags).filter((word) => !word.startsWith(TAG_KEY_PREFIX)),
  }));
  await v2.table('wins').bulkPut(withWords);
  await v2
    .table('nudgeStats')
    .put({ day: '2026-11-20', ruleId: 'blame-customer', seen: 3, acted: 1, muted: 0, helpful: 1, notHelpful: 0 });
  v2.close();
}

export function makeWin(index: number, overrides: Partial<Win> = {}): Win {
  return {
    id: `win-${String(index).padStart(8, '0')}`,
    createdAt: 1_760_000_000_000 + index * 60_000,
    text: `Win number ${index} helped a customer`,
    kind: 'compliment',
    tags: [],
    source: 'popup',
    ...overrides,
  };
}
