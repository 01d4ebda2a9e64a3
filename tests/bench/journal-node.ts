/**
 * Journal benchmark in Node with fake-indexeddb (an in-memory IndexedDB
 * written in JS: absolute numbers are much slower than Chromium's; they show
 * how each operation scales from 10,000 to 100,000 wins). Run:
 *   npx tsx tests/bench/journal-node.ts [sizes, default 10000,100000]
 * Prints a table, then one JSON line (last line) for tooling.
 */
import 'fake-indexeddb/auto';
import { JournalDatabase } from '@/lib/db/database';
import { saveWin } from '@/lib/db/wins';
import { importWins } from '@/lib/db/import-wins';
import { searchWins } from '@/lib/db/win-search';
import { indexPendingWords } from '@/lib/db/word-index';
import { streamWins } from '@/lib/db/win-stream';
import { partsToBlob } from '@/lib/journal/blob-parts';
import { backupFileParts } from '@/lib/journal/export-backup';
import { readBackupFile } from '@/lib/journal/read-backup-file';
import { readWinsPart } from '@/lib/journal/wins-part';
import { WINS_PART_VERSION } from '@/lib/journal/backup-format';
import { countsPerPeriod } from '@/lib/db/win-stats';
import { heatmapDayStarts } from '@/lib/journal/heatmap';
import { weekStarts } from '@/lib/journal/calendar';
import { WIN_KINDS, type Win } from '@/lib/journal/win-schema';

const WORDS =
  'customer refund thanks invoice login password shipping delay apology upgrade billing account export bug fix quick kind patient clear solved escalation feedback praise review onboarding'.split(
    ' ',
  );
const TAGS = ['vip', 'billing', 'bug', 'onboarding', 'refund', 'shipping', 'مرحبا', 'café'];

/** Deterministic so runs compare. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

function journal(size: number): Win[] {
  const next = random(size);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const start = Date.UTC(2024, 10, 22);
  const span = Date.UTC(2026, 10, 22) - start;
  return Array.from({ length: size }, (_, index) => ({
    id: `bench-${index.toString(36).padStart(8, '0')}`,
    createdAt: start + Math.floor(next() * span),
    text: `${Array.from({ length: 8 + Math.floor(next() * 30) }, () => pick(WORDS)).join(' ')} 🎉 #${index}`,
    kind: pick(WIN_KINDS),
    tags: next() < 0.5 ? [pick(TAGS)] : [],
    source: 'popup',
  }));
}

async function time<T>(run: () => Promise<T>): Promise<[number, T]> {
  const started = performance.now();
  const result = await run();
  return [performance.now() - started, result];
}

async function median(runs: number, run: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let index = 0; index < runs; index += 1) times.push((await time(run))[0]);
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

async function bench(size: number) {
  const wins = journal(size);
  const db = new JournalDatabase(`bench-${size}`);
  await db.open();
  const [importMs] = await time(() => importWins(db, wins, 'replace'));
  // Searches below measure the journal at rest: its search words all written.
  const [initialIndexMs] = await time(() => indexPendingWords(db));
  let counter = 0;
  const saveOne = await median(20, () =>
    saveWin(db, { text: `A new win ${(counter += 1)}`, kind: 'save', source: 'popup', tags: ['vip'] }),
  );
  const firstPage = await median(10, () => searchWins(db, { limit: 50 }));
  let page = await searchWins(db, { limit: 50 });
  for (let index = 0; index < 20; index += 1) page = await searchWins(db, { limit: 50, cursor: page.next });
  const deepPage = await median(10, () => searchWins(db, { limit: 50, cursor: page.next }));
  const searchCommon = await median(10, () => searchWins(db, { query: 'refund', limit: 50 }));
  const searchRare = await median(10, () => searchWins(db, { query: `#${Math.floor(size / 2)}`, limit: 50 }));
  const searchTwoWords = await median(5, () =>
    searchWins(db, { query: 'escalation praise', kinds: ['save'], limit: 50 }),
  );
  const today = Date.UTC(2026, 10, 22, 12);
  const overview = await median(5, () =>
    Promise.all([
      countsPerPeriod(db, heatmapDayStarts(today), today + 86_400_000),
      countsPerPeriod(db, weekStarts(today, 104), today + 7 * 86_400_000),
    ]),
  );
  // The journal's part of a backup (the storage parts need a browser; they are a few KB).
  const [exportMs, file] = await time(() =>
    partsToBlob(backupFileParts({ exportedAt: Date.now(), madeBy: 'bench' }, [], streamWins(db)), 'application/json'),
  );
  const text = await file.text();
  const [parseMs, parsed] = await time(async () => {
    const read = readBackupFile(text, new Map([['wins', WINS_PART_VERSION]]));
    if (!read.ok) throw new Error(`bench backup refused: ${read.refusal.code}`);
    return readWinsPart(read.file.parts.get('wins')!);
  });
  if (!parsed.ok) throw new Error(`bench backup refused: ${parsed.refusal.code}`);
  await db.wins.clear();
  const [reimportMs] = await time(() => importWins(db, parsed.wins, 'replace'));
  const [indexWordsMs] = await time(() => indexPendingWords(db));
  db.close();
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return {
    wins: size,
    saveOneMs: round(saveOne),
    firstPageMs: round(firstPage),
    page21Ms: round(deepPage),
    searchCommonMs: round(searchCommon),
    searchRareMs: round(searchRare),
    searchTwoWordsKindMs: round(searchTwoWords),
    overviewCountsMs: round(overview),
    exportAllMs: round(exportMs),
    exportMB: round(text.length / 2 ** 20),
    parseValidateMs: round(parseMs),
    importAllMs: round(reimportMs),
    indexWordsAfterImportMs: round(indexWordsMs),
    initialImportMs: round(importMs),
    initialIndexWordsMs: round(initialIndexMs),
  };
}

const sizes = (process.argv[2] ?? '10000,100000').split(',').map(Number);
const results = [];
for (const size of sizes) results.push(await bench(size));
console.table(results);
console.log(JSON.stringify({ bench: 'journal-node', indexedDB: 'fake-indexeddb', node: process.version, results }));
