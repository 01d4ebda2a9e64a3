// @vitest-environment happy-dom
import { cleanup, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JournalDatabase, upgradeToV2 } from '@/lib/db/database';
import { importWins } from '@/lib/db/import-wins';
import { JournalPage } from '@/components/journal/JournalPage';
import { t } from '@/lib/i18n';
import { makeWin, seedV1, uniqueDbName } from '@/tests/db/fixtures';
import { installQuotaSwitch } from '@/tests/db/quota';

// IndexedDB work in fake-indexeddb can exceed the 1 s default on a busy 2-core machine.
configure({ asyncUtilTimeout: 5000 });

const NOW = new Date(2026, 10, 22, 12).getTime();
const now = () => NOW;
let db: JournalDatabase;

beforeEach(() => {
  db = new JournalDatabase(uniqueDbName('page'));
});
afterEach(() => {
  cleanup();
  db.close();
});

const seeded = [
  makeWin(1, { createdAt: NOW - 3 * 86_400_000, text: 'Refund explained clearly', tags: ['billing'] }),
  makeWin(2, { createdAt: NOW - 2 * 86_400_000, text: 'שלום customer stayed 🎉', kind: 'save' }),
  makeWin(3, { createdAt: NOW - 86_400_000, text: 'Team helped with outage', kind: 'teamwork' }),
];

async function renderWith(wins = seeded) {
  await db.open();
  await importWins(db, wins, 'replace');
  render(<JournalPage db={db} now={now} />);
  await screen.findByText('Refund explained clearly');
}

const listItems = () => within(screen.getByRole('list', { name: t('journal_winsTitle') })).getAllByRole('listitem');

describe('JournalPage', () => {
  it('shows a clear empty state for a new journal', async () => {
    render(<JournalPage db={db} now={now} />);
    expect(await screen.findByRole('heading', { name: t('journal_emptyTitle') })).toBeTruthy();
  });

  it('lists wins newest first with heatmap, weekly chart and streak', async () => {
    await renderWith();
    expect(listItems().map((item) => item.textContent)).toEqual([
      expect.stringContaining('Team helped'),
      expect.stringContaining('שלום'),
      expect.stringContaining('Refund'),
    ]);
    const images = await screen.findAllByRole('img');
    expect(images.some((image) => image.getAttribute('aria-label')?.startsWith('3 wins on 3 days'))).toBe(true);
    expect(screen.getByText(t('journal_streakGoing', 1))).toBeTruthy();
  });

  it('searches as you type (folded, prefix)', async () => {
    await renderWith();
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'REFU' } });
    await waitFor(() => expect(listItems()).toHaveLength(1));
    expect(listItems()[0]!.textContent).toContain('Refund explained clearly');
  });

  it('filters by kind', async () => {
    await renderWith();
    fireEvent.change(screen.getByRole('combobox', { name: t('journal_filterKind') }), { target: { value: 'save' } });
    await waitFor(() => expect(listItems()).toHaveLength(1));
    expect(listItems()[0]!.textContent).toContain('שלום');
  });

  it('deletes with undo', async () => {
    await renderWith();
    fireEvent.click(screen.getByRole('button', { name: t('journal_deleteWin', 'Refund explained clearly') }));
    const toast = await screen.findByText(t('journal_deleted', 1));
    await waitFor(() => expect(listItems()).toHaveLength(2));
    expect(document.activeElement).toBe(within(toast.parentElement!).getByRole('button', { name: t('journal_undo') }));
    expect(await db.wins.count()).toBe(2);
    fireEvent.click(within(toast.parentElement!).getByRole('button', { name: t('journal_undo') }));
    await waitFor(() => expect(listItems()).toHaveLength(3));
    expect(await db.wins.count()).toBe(3);
  });

  it('one Undo restores every win deleted while the toast was up', async () => {
    await renderWith();
    fireEvent.click(screen.getByRole('button', { name: t('journal_deleteWin', 'Refund explained clearly') }));
    await screen.findByText(t('journal_deleted', 1));
    fireEvent.click(screen.getByRole('button', { name: t('journal_deleteWin', 'Team helped with outage') }));
    await screen.findByText(t('journal_deleted', 2));
    expect(await db.wins.count()).toBe(1);
    fireEvent.click(screen.getByRole('button', { name: t('journal_undo') }));
    await waitFor(() => expect(listItems()).toHaveLength(3));
    expect(await db.wins.count()).toBe(3);
  });

  it('bulk-deletes the selected wins', async () => {
    await renderWith();
    fireEvent.click(screen.getByRole('checkbox', { name: t('journal_selectAllShown') }));
    fireEvent.click(screen.getByRole('button', { name: t('journal_deleteSelected', 3) }));
    await screen.findByText(t('journal_deleted', 3));
    expect(await db.wins.count()).toBe(0);
  });

  it('edits a win inline', async () => {
    await renderWith();
    fireEvent.click(screen.getByRole('button', { name: t('journal_editWin', 'Refund explained clearly') }));
    fireEvent.change(screen.getByLabelText(t('journal_field_text')), {
      target: { value: 'Refund explained, customer happy' },
    });
    fireEvent.click(screen.getByRole('button', { name: t('journal_save') }));
    await screen.findByText('Refund explained, customer happy');
    expect((await db.wins.get(seeded[0]!.id))?.text).toBe('Refund explained, customer happy');
  });

  it('a full disk during an edit says so, keeps the typed text and the stored win', async () => {
    const quota = installQuotaSwitch(db);
    await renderWith();
    fireEvent.click(screen.getByRole('button', { name: t('journal_editWin', 'Refund explained clearly') }));
    fireEvent.change(screen.getByLabelText(t('journal_field_text')), {
      target: { value: 'Typed while the disk is full' },
    });
    quota.fail('wrapped-in-abort');
    fireEvent.click(screen.getByRole('button', { name: t('journal_save') }));
    expect((await screen.findByRole('alert')).textContent).toBe(t('journal_errorStorageFull'));
    expect((screen.getByLabelText(t('journal_field_text')) as HTMLTextAreaElement).value).toBe(
      'Typed while the disk is full',
    );
    expect((await db.wins.get(seeded[0]!.id))?.text).toBe('Refund explained clearly');
  });

  it('Esc cancels an edit and returns focus to its Edit button', async () => {
    await renderWith();
    const name = t('journal_editWin', 'Refund explained clearly');
    fireEvent.click(screen.getByRole('button', { name }));
    const field = screen.getByLabelText(t('journal_field_text'));
    fireEvent.change(field, { target: { value: 'Not kept' } });
    fireEvent.keyDown(field, { key: 'Escape' });
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name })));
    expect((await db.wins.get(seeded[0]!.id))?.text).toBe('Refund explained clearly');
  });

  it('shows why an import was refused and changes nothing', async () => {
    await renderWith();
    const bad = JSON.stringify({
      format: 'heartdesk-journal',
      schemaVersion: 2,
      wins: [{ ...makeWin(9), kind: 'brag' }],
    });
    fireEvent.change(screen.getByLabelText(t('journal_importFile')), {
      target: { files: [new File([bad], 'backup.json', { type: 'application/json' })] },
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Win #1');
    expect(alert.textContent).toContain('“kind”');
    expect(await db.wins.count()).toBe(3);
  });

  it('previews then imports a valid backup', async () => {
    await renderWith();
    const file = JSON.stringify({
      format: 'heartdesk-journal',
      schemaVersion: 2,
      wins: [makeWin(7, { createdAt: NOW, text: 'Imported praise' })],
    });
    fireEvent.change(screen.getByLabelText(t('journal_importFile')), {
      target: { files: [new File([file], 'backup.json')] },
    });
    await screen.findByText(t('journal_importPreview', 1, 0, 0));
    fireEvent.click(screen.getByRole('button', { name: t('journal_importConfirm', 1) }));
    await screen.findByText('Imported praise');
    expect(await db.wins.count()).toBe(4);
  });

  it('says so when the upgrade fails, and shows no empty journal', async () => {
    const name = uniqueDbName('page-failing');
    await seedV1(name);
    db = new JournalDatabase(name, {
      toV2: async (tx) => {
        await upgradeToV2(tx);
        throw new Error('boom');
      },
    });
    render(<JournalPage db={db} now={now} />);
    expect((await screen.findByRole('alert')).textContent).toContain(t('journal_errorOpen_upgrade_failed'));
    expect(screen.queryByRole('heading', { name: t('journal_emptyTitle') })).toBeNull();
  });

  it('says another tab holds the old journal when the upgrade is blocked, instead of hanging', async () => {
    const name = uniqueDbName('page-blocked');
    await seedV1(name);
    const holder = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open(name, 10);
      request.onsuccess = () => resolve(request.result);
    });
    db = new JournalDatabase(name);
    render(<JournalPage db={db} now={now} />);
    expect((await screen.findByRole('alert')).textContent).toContain(t('journal_errorOpen_blocked'));
    holder.close();
  });
});
