// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PrivacyPanel } from '@/components/options/PrivacyPanel';
import { JournalDatabase } from '@/lib/db/database';
import { saveWin } from '@/lib/db/wins';
import { saveCustomPack } from '@/lib/storage/custom-packs';
import { updatePreferences } from '@/lib/storage/settings';
import { validPack } from '@/tests/prompts/fixtures';
import { captureDownloads } from '@/tests/options/helpers';
import { restoreBackup } from '@/lib/backup/restore-backup';

let db: JournalDatabase;
let counter = 0;

beforeEach(async () => {
  db = new JournalDatabase(`privacy-panel-${++counter}`);
  await saveWin(db, { text: 'Thanked for the quick fix', kind: 'thank-you', source: 'popup' });
  await saveWin(db, { text: 'Untangled a billing mess', kind: 'save', source: 'journal' });
  await saveWin(db, { text: 'Helped a teammate', kind: 'teamwork', source: 'journal' });
  await updatePreferences({ quietMode: true });
  await saveCustomPack(validPack());
});
afterEach(cleanup);

describe('Privacy panel', () => {
  it('states plainly that nothing is sent and counts what is stored where', async () => {
    render(<PrivacyPanel db={db} />);
    expect(screen.getByText(/Heartdesk has sent 0 requests/)).toBeTruthy();
    expect(await screen.findByText('Wins: 3')).toBeTruthy();
    expect(screen.getByText(/^Sets: 1 \(size: \d+ bytes\)$/)).toBeTruthy();
    expect(screen.getByText(/Settings \(browser sync storage/)).toBeTruthy();
  });

  it('backs up everything in the one backup format the journal restores', async () => {
    const capture = captureDownloads();
    try {
      render(<PrivacyPanel db={db} />);
      await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Export everything (JSON)' })));
      await waitFor(() => expect(capture.downloads).toHaveLength(1));
      const backup = JSON.parse(await capture.downloads[0]!.blob.text());
      expect(capture.downloads[0]!.fileName).toMatch(/^heartdesk-backup-\d{4}-\d{2}-\d{2}\.json$/);
      expect(backup).toMatchObject({ format: 'heartdesk-backup', version: 2 });
      expect(backup.parts.wins.data).toHaveLength(3);
      expect(backup.parts.customPacks.data).toEqual([validPack()]);
      expect(backup.parts.settings.data.quietMode).toBe(true);
      await db.wins.clear();
      const restored = await restoreBackup(db, await capture.downloads[0]!.blob.text(), 'merge');
      expect(restored.ok).toBe(true);
      expect(await db.wins.count()).toBe(3);
    } finally {
      capture.restore();
    }
  });

  it('wipes only after the phrase is typed, offering an export first', async () => {
    render(<PrivacyPanel db={db} />);
    await screen.findByText('Wins: 3');
    fireEvent.click(screen.getByRole('button', { name: 'Delete everything…' }));
    expect(screen.getByText('You may want a backup first:')).toBeTruthy();
    expect(screen.getAllByRole('button', { name: 'Export everything (JSON)' })).toHaveLength(2);
    const confirm = screen.getByRole('button', { name: 'Delete everything now' }) as HTMLButtonElement;
    const input = screen.getByLabelText('To confirm, type: delete my journal');
    fireEvent.change(input, { target: { value: 'delete my' } });
    expect(confirm.disabled).toBe(true);
    fireEvent.submit(confirm.closest('form')!);
    expect(await db.wins.count()).toBe(3);
    fireEvent.change(input, { target: { value: 'Delete my journal' } });
    expect(confirm.disabled).toBe(false);
    await act(async () => fireEvent.click(confirm));
    await screen.findByText('Everything was deleted.');
    expect(await db.wins.count()).toBe(0);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
    expect(await screen.findByText('Wins: 0')).toBeTruthy();
  });

  it('cancelling leaves everything in place', async () => {
    render(<PrivacyPanel db={db} />);
    fireEvent.click(screen.getByRole('button', { name: 'Delete everything…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByLabelText('To confirm, type: delete my journal')).toBeNull();
    expect(await db.wins.count()).toBe(3);
  });
});
