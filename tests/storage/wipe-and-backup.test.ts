import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { JournalDatabase } from '@/lib/db/database';
import { saveWin } from '@/lib/db/wins';
import { backupBlob, backupFileName } from '@/lib/backup/write-backup';
import { restoreBackup } from '@/lib/backup/restore-backup';
import { loadCustomPacks } from '@/lib/storage/custom-packs';
import { toWin } from '@/lib/db/win-row';
import { saveCustomPack } from '@/lib/storage/custom-packs';
import { DEFAULT_PREFERENCES, loadPreferences, updatePreferences } from '@/lib/storage/settings';
import { storageSummary } from '@/lib/backup/storage-summary';
import { isWipeConfirmed, wipeEverything } from '@/lib/backup/wipe';
import { validPack } from '@/tests/prompts/fixtures';

let counter = 0;
const freshDb = () => new JournalDatabase(`wipe-test-${++counter}`);

async function seed(db: JournalDatabase) {
  await saveWin(db, { text: 'Customer said thanks 🎉', kind: 'thank-you', source: 'popup' }, 1_700_000_000_000);
  await saveWin(db, { text: 'Fixed the export', kind: 'save', source: 'journal' }, 1_700_000_100_000);
  await updatePreferences({ quietMode: true });
  await saveCustomPack(validPack());
}

describe('wipe everything', () => {
  it('only accepts the exact phrase (case and outer spaces forgiven)', () => {
    expect(isWipeConfirmed('delete my journal')).toBe(true);
    expect(isWipeConfirmed('  Delete My Journal ')).toBe(true);
    expect(isWipeConfirmed('delete journal')).toBe(false);
    expect(isWipeConfirmed('')).toBe(false);
  });

  it('clears the journal tables, local and sync storage', async () => {
    const db = freshDb();
    await seed(db);
    await wipeEverything(db);
    expect(await db.wins.count()).toBe(0);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
    expect(await loadPreferences()).toEqual(DEFAULT_PREFERENCES);
  });
});

describe('backup and summary', () => {
  it('the backup offered before a wipe restores everything it held after the wipe', async () => {
    const db = freshDb();
    await seed(db);
    const wins = (await db.wins.orderBy('[createdAt+id]').toArray()).map(toWin);
    const preferences = await loadPreferences();
    const file = await (await backupBlob(db, Date.UTC(2026, 10, 22), '0.1.0')).text();
    await wipeEverything(db);
    expect(await loadPreferences()).toEqual(DEFAULT_PREFERENCES);
    const restored = await restoreBackup(db, file, 'merge');
    expect(restored.ok).toBe(true);
    expect((await db.wins.orderBy('[createdAt+id]').toArray()).map(toWin)).toEqual(wins);
    expect(wins.map((win) => win.text)).toEqual(['Customer said thanks 🎉', 'Fixed the export']);
    expect(await loadPreferences()).toEqual(preferences);
    expect(preferences.quietMode).toBe(true);
    expect(await loadCustomPacks()).toEqual([validPack()]);
    expect(backupFileName(Date.UTC(2026, 10, 22))).toBe('heartdesk-backup-2026-11-22.json');
  });

  it('counts what is stored without reading contents into the answer', async () => {
    const db = freshDb();
    await seed(db);
    const summary = await storageSummary(db);
    expect(summary).toMatchObject({ wins: 2, customPacks: 1, sitesWithLayout: 0 });
    expect(summary.preferencesBytes).toBeGreaterThan(50);
    expect(summary.customPacksBytes).toBeGreaterThan(100);
  });
});

describe('summary of a fresh install', () => {
  it('reports zero bytes when nothing was stored yet (defaults are not counted)', async () => {
    expect(await storageSummary(freshDb())).toEqual({
      wins: 0,
      customPacks: 0,
      preferencesBytes: 0,
      customPacksBytes: 0,
      sitesWithLayout: 0,
    });
  });
});
