import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JournalDatabase } from '@/lib/db/database';
import { openJournal } from '@/lib/db/open-journal';
import { importWins } from '@/lib/db/import-wins';
import { backupBlob } from '@/lib/backup/write-backup';
import { restoreBackup } from '@/lib/backup/restore-backup';
import type { Win } from '@/lib/journal/win-schema';
import { makeWin, uniqueDbName } from '@/tests/db/fixtures';
import { journalArbitrary } from '@/tests/journal/arbitraries';

let db: JournalDatabase;
const existing: Win[] = [makeWin(1, { text: 'Existing win 🎉' }), makeWin(2, { text: 'ما زال هنا' })];
beforeEach(async () => {
  db = new JournalDatabase(uniqueDbName('fuzz'));
  await openJournal(db);
  await importWins(db, existing, 'replace');
});
afterEach(() => db.close());

const snapshot = async () => (await backupBlob(db, 0, '0.1.0')).text();

/** Either the whole file is in the journal, or the journal is byte-for-byte what it was. */
async function expectWholeOrUnchanged(text: string, mode: 'merge' | 'replace') {
  const before = await snapshot();
  const result = await restoreBackup(db, text, mode);
  if (result.ok) {
    const imported = JSON.parse(text.replace(/^\uFEFF/, '')).parts.wins.data as Win[];
    const ids = new Set((await db.wins.toCollection().primaryKeys()) as string[]);
    expect(imported.every((win) => ids.has(win.id))).toBe(true);
    if (mode === 'replace') expect(ids.size).toBe(new Set(imported.map((win) => win.id)).size);
  } else {
    expect(result.refusal.message).not.toMatch(/^backup_refusal|position|Expected|Unexpected token/);
    expect(await snapshot()).toBe(before);
  }
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  return result;
}

const validFile = journalArbitrary(8).map((wins) =>
  JSON.stringify({
    format: 'heartdesk-backup',
    version: 2,
    exportedAt: '2026-12-06T00:00:00.000Z',
    madeBy: '0.1.0',
    parts: { wins: { version: 3, data: wins } },
  }),
);

describe('fuzzed imports: whole or refused, journal unchanged on refusal', () => {
  it('random JSON values', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), fc.constantFrom('merge' as const, 'replace' as const), async (value, mode) => {
        const result = await expectWholeOrUnchanged(JSON.stringify(value) ?? 'null', mode);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 60 },
    );
  });

  it('random text and truncated valid files', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ unit: 'binary' }),
          validFile.chain((file) => fc.nat({ max: file.length - 1 }).map((cut) => file.slice(0, cut))),
        ),
        async (text) => {
          await expectWholeOrUnchanged(text, 'replace');
        },
      ),
      { numRuns: 60 },
    );
  });

  it('valid files with a BOM, wrong format or version, repeated or conflicting ids, __proto__, deep nesting', async () => {
    await fc.assert(
      fc.asyncProperty(
        validFile,
        fc.constantFrom('bom', 'format', 'newer', 'repeated', 'conflict', 'proto', 'nest'),
        fc.constantFrom('merge' as const, 'replace' as const),
        async (file, mutation, mode) => {
          const data = JSON.parse(file) as { parts: { wins: { data: unknown[] } }; format: string; version: number };
          const withWins = (wins: unknown[]) =>
            JSON.stringify({ ...data, parts: { wins: { version: 3, data: wins } } });
          let text = file;
          if (mutation === 'bom') text = `\uFEFF${file}`;
          if (mutation === 'format') text = JSON.stringify({ ...data, format: 'other-app' });
          if (mutation === 'newer') text = JSON.stringify({ ...data, version: 3 });
          if (mutation === 'repeated') text = withWins([...data.parts.wins.data, existing[0], existing[0]]);
          if (mutation === 'conflict')
            text = withWins([...data.parts.wins.data, existing[0], { ...existing[0], text: 'Other words' }]);
          if (mutation === 'proto') text = file.replace('"data":[', '"data":[{"__proto__":{"polluted":1}},');
          if (mutation === 'nest') text = file.replace('"data":[', `"data":[${'['.repeat(5000)}${']'.repeat(5000)},`);
          const result = await expectWholeOrUnchanged(text, mode);
          expect(result.ok).toBe(mutation === 'bom' || mutation === 'repeated');
          if (!result.ok && mutation === 'newer') expect(result.refusal.code).toBe('newer-version');
          if (!result.ok && mutation === 'conflict') expect(result.refusal.code).toBe('conflicting-ids');
        },
      ),
      { numRuns: 60 },
    );
  });

  it('a 50 MB+ file is refused quickly and changes nothing', async () => {
    const started = performance.now();
    const result = await expectWholeOrUnchanged(`{"parts":"${'a'.repeat(52 * 1024 * 1024)}"}`, 'replace');
    expect(result.ok || result.refusal.code).toBe('too-large');
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
