import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { storage } from 'wxt/utils/storage';
import { JournalDatabase } from '@/lib/db/database';
import { openJournal } from '@/lib/db/open-journal';
import { JournalStorageFullError } from '@/lib/db/errors';
import { searchWins } from '@/lib/db/win-search';
import { indexPendingWords } from '@/lib/db/word-index';
import { backupBlob } from '@/lib/backup/write-backup';
import { readBackup } from '@/lib/backup/read-backup';
import { planRestore } from '@/lib/backup/plan-restore';
import { restoreBackup } from '@/lib/backup/restore-backup';
import { wipeEverything } from '@/lib/backup/wipe';
import { loadPreferences } from '@/lib/storage/settings';
import { loadCustomPacks } from '@/lib/storage/custom-packs';
import { loadCustomSites } from '@/lib/sites/custom-sites-browser';
import { PAGE_RECIPES_KEY } from '@/lib/storage/storage-keys';
import { makeWin, uniqueDbName } from '@/tests/db/fixtures';
import { installQuotaSwitch, type QuotaSwitch } from '@/tests/db/quota';
import { validPack } from '@/tests/prompts/fixtures';
import { everything, SEEDED_AT, seedEverything } from '@/tests/backup/everything';

let db: JournalDatabase;
let quota: QuotaSwitch;
beforeEach(async () => {
  db = new JournalDatabase(uniqueDbName('restore'));
  quota = installQuotaSwitch(db);
  await openJournal(db);
});
afterEach(() => db.close());

const backupText = async () => (await backupBlob(db, SEEDED_AT, '0.1.0')).text();

async function plan(text: string, mode: 'merge' | 'replace' = 'merge') {
  const read = await readBackup(text);
  if (!read.ok) throw new Error(read.refusal.message);
  const planned = await planRestore(db, read.backup, mode);
  if (!planned.ok) throw new Error(planned.refusal.message);
  return planned.plan;
}

describe('back up → wipe → restore', () => {
  it('brings back everything the agent made, equal, in either mode', async () => {
    for (const mode of ['merge', 'replace'] as const) {
      await wipeEverything(db);
      await seedEverything(db);
      const before = await everything(db);
      const file = await backupText();
      await wipeEverything(db);
      expect((await everything(db)).wins).toEqual([]);
      const restored = await restoreBackup(db, file, mode);
      expect(restored.ok).toBe(true);
      expect(await everything(db)).toEqual(before);
      expect(await backupText()).toBe(file);
    }
  });

  it('writes one file with every part, wins last, and no derived fields', async () => {
    await seedEverything(db);
    const file = JSON.parse(await backupText());
    expect(file).toMatchObject({ format: 'heartdesk-backup', version: 2, madeBy: '0.1.0' });
    expect(Object.keys(file.parts)).toEqual([
      'settings',
      'customPacks',
      'customSites',
      'pageRecipes',
      'reminder',
      'nudgeStats',
      'wins',
    ]);
    expect(file.parts.wins.data).toHaveLength(3);
    for (const win of file.parts.wins.data) expect(Object.keys(win)).not.toContain('words');
    expect(file.parts.customPacks.data).toEqual([validPack()]);
    expect(file.parts.customSites.data).toEqual([{ origin: 'https://support.example.com', addedAt: SEEDED_AT }]);
  });

  it('restored wins are found by search at once', async () => {
    await seedEverything(db);
    const file = await backupText();
    await wipeEverything(db);
    await restoreBackup(db, file, 'merge');
    expect((await searchWins(db, { query: 'refund' })).wins).toHaveLength(1);
    expect((await searchWins(db, { tag: 'bil' })).wins).toHaveLength(1);
  });
});

describe('the preview says what will change, and the restore does exactly that', () => {
  it('after a wipe, everything is taken from the backup', async () => {
    await seedEverything(db);
    const file = await backupText();
    await wipeEverything(db);
    const preview = await plan(file);
    expect(preview.lines.map((line) => [line.part, line.kind])).toEqual([
      ['wins', 'change'],
      ['nudgeStats', 'change'],
      ['settings', 'change'],
      ['customPacks', 'change'],
      ['customSites', 'change'],
      ['pageRecipes', 'change'],
      ['reminder', 'change'],
    ]);
    expect(preview.lines[0]!.text).toBe('Wins: 3 new.');
    expect(preview.lines[2]!.text).toBe('Settings: taken from the backup.');
    expect(preview.lines[4]!.text).toContain('grant access again');
  });

  it('merge keeps what is here and says so; replace takes the backup’s and counts what goes', async () => {
    await seedEverything(db);
    const file = await backupText();
    await db.wins.clear();
    await restoreBackup(
      db,
      JSON.stringify({ format: 'heartdesk-journal', schemaVersion: 2, wins: [makeWin(9)] }),
      'merge',
    );
    const merge = await plan(file, 'merge');
    expect(merge.lines.find((line) => line.part === 'wins')?.text).toBe('Wins: 3 new.');
    expect(merge.lines.find((line) => line.part === 'settings')?.text).toBe('Settings: the same as yours.');
    const replace = await plan(file, 'replace');
    expect(replace.lines.find((line) => line.part === 'wins')?.text).toBe('Wins: 3 new, 1 removed.');
    await restoreBackup(db, file, 'replace');
    expect(await db.wins.get(makeWin(9).id)).toBeUndefined();
  });

  it('merge keeps the agent’s own settings; replace says how many differ', async () => {
    await seedEverything(db);
    const file = await backupText();
    await storage.setItem('sync:preferences', { ...(await loadPreferences()), quietMode: false, sensitivity: 'low' });
    expect((await plan(file, 'merge')).lines.find((line) => line.part === 'settings')?.text).toContain(
      'yours stay as they are',
    );
    expect((await plan(file, 'replace')).lines.find((line) => line.part === 'settings')?.text).toBe(
      'Settings: 2 differ from yours and will be replaced.',
    );
    await restoreBackup(db, file, 'merge');
    expect((await loadPreferences()).sensitivity).toBe('low');
    await restoreBackup(db, file, 'replace');
    expect((await loadPreferences()).sensitivity).toBe('high');
  });

  it('merges prompt sets and sites by id, and replace removes the ones the backup lacks', async () => {
    await seedEverything(db);
    const file = await backupText();
    await storage.setItem('local:customPacks', [validPack({ id: 'night-shift', name: 'Night shift' })]);
    const merge = await plan(file, 'merge');
    expect(merge.lines.find((line) => line.part === 'customPacks')?.text).toBe('Prompt sets: 1 new.');
    await restoreBackup(db, file, 'merge');
    expect((await loadCustomPacks()).map((pack) => pack.id)).toEqual(['night-shift', 'my-team']);
    await storage.setItem('local:customPacks', [validPack({ id: 'night-shift', name: 'Night shift' }), validPack()]);
    expect((await plan(file, 'replace')).lines.find((line) => line.part === 'customPacks')?.text).toBe(
      'Prompt sets: 1 removed.',
    );
    await restoreBackup(db, file, 'replace');
    expect((await loadCustomPacks()).map((pack) => pack.id)).toEqual(['my-team']);
    expect(await loadCustomSites()).toEqual([{ origin: 'https://support.example.com', addedAt: SEEDED_AT }]);
  });
});

describe('files written before the parts existed still restore', () => {
  it('the journal page’s old export: wins restored, every other part said to be missing and left as it is', async () => {
    await seedEverything(db);
    const packsBefore = await loadCustomPacks();
    const old = JSON.stringify({
      format: 'heartdesk-journal',
      schemaVersion: 1,
      exportedAt: '2026-11-22T00:00:00.000Z',
      wins: [makeWin(1, { text: 'Érable syrup' })],
    });
    const preview = await plan(old);
    expect(preview.lines.filter((line) => line.kind === 'missing').map((line) => line.part)).toEqual([
      'nudgeStats',
      'settings',
      'customPacks',
      'customSites',
      'pageRecipes',
      'reminder',
    ]);
    expect(preview.lines.find((line) => line.part === 'customSites')?.text).toBe(
      'Custom sites: not in this backup (it was made before Heartdesk saved them), so yours stay as they are.',
    );
    expect((await restoreBackup(db, old, 'replace')).ok).toBe(true);
    expect((await searchWins(db, { query: 'erable' })).wins).toHaveLength(1);
    expect(await loadCustomPacks()).toEqual(packsBefore);
  });

  it('the options page’s old backup (stored rows with their words, preferences, packs) restores whole', async () => {
    const old = JSON.stringify({
      format: 'heartdesk-backup',
      version: 1,
      exportedAt: '2026-11-22T00:00:00.000Z',
      wins: [{ ...makeWin(1), words: ['helped', 'number', 'win'] }],
      preferences: { ...(await loadPreferences()), quietMode: true },
      customPacks: [validPack()],
    });
    expect((await restoreBackup(db, old, 'merge')).ok).toBe(true);
    expect(await db.wins.get(makeWin(1).id)).toEqual(makeWin(1));
    expect((await loadPreferences()).quietMode).toBe(true);
    expect(await loadCustomPacks()).toEqual([validPack()]);
  });
});

describe('bad input: refused or merged as the preview said, nothing half-written', () => {
  it('a backup from a newer version is refused, naming it, and nothing changes', async () => {
    await seedEverything(db);
    const before = await everything(db);
    const newer = JSON.stringify({ format: 'heartdesk-backup', version: 3, madeBy: '1.4.0', parts: {} });
    const result = await restoreBackup(db, newer, 'replace');
    expect(!result.ok && result.refusal.message).toContain('newer version of Heartdesk (Heartdesk 1.4.0)');
    expect(await everything(db)).toEqual(before);
  });

  it('a part that fails its checks refuses the whole file, even when the wins were fine', async () => {
    await seedEverything(db);
    const file = JSON.parse(await backupText());
    file.parts.settings.data.sensitivity = 'extreme';
    await wipeEverything(db);
    const result = await restoreBackup(db, JSON.stringify(file), 'merge');
    expect(!result.ok && result.refusal.message).toBe(
      'The Settings in this backup cannot be restored: the setting “sensitivity” has a value Heartdesk cannot use. Nothing was changed.',
    );
    expect(await db.wins.count()).toBe(0);
  });

  it('100,000 copies of one win merge into one, as the preview said', async () => {
    const win = makeWin(1);
    const file = JSON.stringify({ format: 'heartdesk-journal', schemaVersion: 2, wins: Array(100_000).fill(win) });
    const preview = await plan(file);
    expect(preview.lines[0]!.text).toBe('Wins: 1 new, 99,999 repeated in the file (counted once).');
    await restoreBackup(db, file, 'merge');
    expect(await db.wins.count()).toBe(1);
  });

  it('a quota error during restore leaves the previous journal and every setting as they were, and says so', async () => {
    await seedEverything(db);
    const file = await backupText();
    await db.wins.clear();
    await db.winWords.clear();
    await storage.setItem('local:customPacks', []);
    await storage.setItem(PAGE_RECIPES_KEY, { mine: true });
    const before = await everything(db);
    quota.fail('wrapped-in-abort');
    const error = await restoreBackup(db, file, 'replace').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(JournalStorageFullError);
    expect(await everything(db)).toEqual(before);
  });

  it('a large restore commits at once and its words follow in the background', async () => {
    const wins = Array.from({ length: 6000 }, (_, index) =>
      makeWin(index, { text: index === 5 ? 'zebra' : 'plain win' }),
    );
    await restoreBackup(db, JSON.stringify({ format: 'heartdesk-journal', schemaVersion: 2, wins }), 'replace');
    expect((await searchWins(db, { query: 'zebra' })).wins).toHaveLength(1);
    await indexPendingWords(db);
    expect((await searchWins(db, { query: 'zebra' })).wins).toHaveLength(1);
    expect(await db.winWords.count()).toBe(6000);
  });
});
