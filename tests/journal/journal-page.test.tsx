// @vitest-environment happy-dom
import { cleanup, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { JournalDatabase, upgradeToV2 } from '@/lib/db/database';
import { importWins } from '@/lib/db/import-wins';
import { JournalPage } from '@/components/journal/JournalPage';
import { t } from '@/lib/i18n';
import { tCount } from '@/lib/i18n/plural';
import { makeWin, seedV1, uniqueDbName } from '@/tests/db/fixtures';
import { installQuotaSwitch } from '@/tests/db/quota';

// happy-dom's IntersectionObserver never reports anything in view; without one, the
// charts load at once (useInView), as they do in Chromium once scrolled to (tests/e2e/journal.e2e.ts).
vi.stubGlobal('IntersectionObserver', undefined);

// IndexedDB work in fake-indexeddb can exceed the 1 s default on a busy 2-core machine.
configure({ asyncUtilTimeout: 5000 });

// A Thursday: the wins of the three days before it are in this week wherever the week starts.
const NOW = new Date(2026, 10, 26, 12).getTime();
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
  render(<JournalPage db={db} now={now} location={{ search: '', hash: '' }} />);
  await screen.findByText('Refund explained clearly');
}

const listItems = () => within(screen.getByRole('list', { name: t('journal_winsTitle') })).getAllByRole('listitem');

describe('JournalPage', () => {
  it('shows a clear empty state for a new journal, with a way to add the first win', async () => {
    render(<JournalPage db={db} now={now} location={{ search: '', hash: '' }} />);
    expect(await screen.findByRole('heading', { name: t('journal_emptyTitle') })).toBeTruthy();
    expect(screen.getByRole('button', { name: t('journal_addButton') })).toBeTruthy();
  });

  it('puts the wins first, then the week, then the charts', async () => {
    await renderWith();
    await screen.findByRole('heading', { name: /^Your week/ });
    await screen.findByRole('heading', { name: t('journal_overviewTitle') });
    const headings = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
    expect(headings.indexOf(t('journal_winsTitle'))).toBe(0);
    expect(headings.findIndex((text) => text?.startsWith('Your week'))).toBe(1);
    expect(headings.indexOf(t('journal_overviewTitle'))).toBe(2);
  });

  it('lists wins newest first with heatmap, weekly chart and streak, counting in words', async () => {
    await renderWith();
    expect(listItems().map((item) => item.textContent)).toEqual([
      expect.stringContaining('Team helped'),
      expect.stringContaining('שלום'),
      expect.stringContaining('Refund'),
    ]);
    const images = await screen.findAllByRole('img');
    expect(images.some((image) => image.getAttribute('aria-label')?.startsWith('3 wins on 3 days'))).toBe(true);
    expect(screen.getByText(tCount('journal_streakGoing', 1))).toBeTruthy();
    expect(screen.getByText('1 week with wins in a row. Nice and steady.')).toBeTruthy();
  });

  it('shows where a win happened: the helpdesk and the ticket subject, linked', async () => {
    await renderWith([
      makeWin(1, {
        createdAt: NOW - 3_600_000,
        text: 'Refund explained clearly',
        ticketUrl: 'https://acme.zendesk.com/agent/tickets/4471',
        ticketSubject: 'Refund for order 4471',
        note: 'Third try worked',
      }),
    ]);
    const link = screen.getByRole('link', { name: 'Zendesk · Refund for order 4471' });
    expect(link.getAttribute('href')).toBe('https://acme.zendesk.com/agent/tickets/4471');
    expect(screen.getByText('Third try worked')).toBeTruthy();
  });

  it('sums up the week by kind with one kind sentence', async () => {
    await renderWith();
    const week = await screen.findByRole('region', { name: /^Your week/ });
    // One win of each of three kinds: no single kind leads, so the sentence is about the mix.
    expect(within(week).getByText('Wins of 3 different kinds this week: a well-rounded week.')).toBeTruthy();
    expect(within(week).getByRole('list', { name: t('journal_weekByKind') }).textContent).toContain('Teamwork');
  });

  it('adds a win from the journal page, and it is listed first', async () => {
    await renderWith();
    fireEvent.change(screen.getByLabelText(t('popup_textLabel')), { target: { value: 'Logged from the journal' } });
    fireEvent.change(
      within(screen.getByRole('form', { name: t('journal_addTitle') })).getByLabelText(t('journal_field_tags')),
      {
        target: { value: 'Billing' },
      },
    );
    const form = within(screen.getByRole('form', { name: t('journal_addTitle') }));
    // Nothing in these words says what kind of win it is: the agent is asked, nothing is assumed.
    fireEvent.click(screen.getByRole('button', { name: t('journal_addButton') }));
    expect((await screen.findByRole('alert')).textContent).toBe(t('popup_kindNeeded'));
    expect(await db.wins.count()).toBe(3);
    fireEvent.change(form.getByLabelText(t('journal_field_kind')), { target: { value: 'learned' } });
    fireEvent.click(screen.getByRole('button', { name: t('journal_addButton') }));
    await waitFor(() => expect(listItems()[0]!.textContent).toContain('Logged from the journal'));
    expect(await db.wins.count()).toBe(4);
    const saved = (await db.wins.toArray()).find((win) => win.source === 'journal');
    expect(saved).toMatchObject({ tags: ['billing'], kind: 'learned' });
  });

  // Walk 2026-12-07 #7, item 4: a journal tab left open still listed the wins after Options wiped them.
  it('follows a wipe made on another page of the extension, without a reload', async () => {
    await renderWith();
    // The wipe itself, then its announcement as another page's channel object carries it.
    await db.transaction('rw', db.tables, async () => {
      for (const table of db.tables) await table.clear();
    });
    const options = new BroadcastChannel('heartdesk-journal-wins-changed');
    options.postMessage('wins');
    expect(await screen.findByRole('heading', { name: t('journal_emptyTitle') })).toBeTruthy();
    expect(screen.queryByText('Refund explained clearly')).toBeNull();
    options.close();
  });

  it('suggests a new win’s kind from its words, visibly, and saves that kind', async () => {
    await renderWith();
    fireEvent.change(screen.getByLabelText(t('popup_textLabel')), {
      target: { value: 'Calmed an angry customer about the double charge' },
    });
    const form = within(screen.getByRole('form', { name: t('journal_addTitle') }));
    expect((form.getByLabelText(t('journal_field_kind')) as HTMLSelectElement).value).toBe('save');
    expect(form.getByText(t('popup_kindSuggested', t('kind_save')))).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: t('journal_addButton') }));
    await waitFor(() => expect(listItems()[0]!.textContent).toContain('Calmed an angry customer'));
    expect((await db.wins.toArray()).find((win) => win.source === 'journal')?.kind).toBe('save');
  });

  it('saves a new win with Enter, as the popup does, and keeps Shift+Enter for a new line', async () => {
    await renderWith();
    const text = screen.getByLabelText(t('popup_textLabel'));
    fireEvent.change(text, { target: { value: 'Saved with Enter' } });
    fireEvent.keyDown(text, { key: 'Enter', shiftKey: true });
    fireEvent.keyDown(text, { key: 'Enter' });
    await waitFor(() => expect(listItems()[0]!.textContent).toContain('Saved with Enter'));
    expect(await db.wins.count()).toBe(4);
    expect(screen.getByText(t('saveKeys_title'), { exact: false })).toBeTruthy();
  });

  it('saves an edit with Enter in the win’s words, and says so beside the field', async () => {
    await renderWith();
    fireEvent.click(screen.getByRole('button', { name: t('journal_editWin', 'Refund explained clearly') }));
    const text = screen.getByLabelText(t('journal_field_text'));
    expect(document.getElementById(text.getAttribute('aria-describedby')!)?.textContent).toBe(t('saveKeys_title'));
    fireEvent.change(text, { target: { value: 'Refund explained, saved with Enter' } });
    fireEvent.keyDown(text, { key: 'Enter' });
    await screen.findByText('Refund explained, saved with Enter');
    expect((await db.wins.get(seeded[0]!.id))?.text).toBe('Refund explained, saved with Enter');
  });

  it('filters by the first letters of a tag', async () => {
    await renderWith();
    fireEvent.change(within(screen.getByRole('search')).getByLabelText(t('journal_filterTag')), {
      target: { value: 'bil' },
    });
    await waitFor(() => expect(listItems()).toHaveLength(1));
    expect(listItems()[0]!.textContent).toContain('Refund explained clearly');
  });

  it('searches as you type (folded, prefix)', async () => {
    await renderWith();
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'REFU' } });
    await waitFor(() => expect(listItems()).toHaveLength(1));
    expect(listItems()[0]!.textContent).toContain('Refund explained clearly');
  });

  it('filters by kind', async () => {
    await renderWith();
    const search = screen.getByRole('search');
    fireEvent.change(within(search).getByRole('combobox', { name: t('journal_filterKind') }), {
      target: { value: 'save' },
    });
    await waitFor(() => expect(listItems()).toHaveLength(1));
    expect(listItems()[0]!.textContent).toContain('שלום');
  });

  it('deletes with undo', async () => {
    await renderWith();
    fireEvent.click(screen.getByRole('button', { name: t('journal_deleteWin', 'Refund explained clearly') }));
    const toast = await screen.findByText('1 win deleted.');
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
    await screen.findByText('1 win deleted.');
    fireEvent.click(screen.getByRole('button', { name: t('journal_deleteWin', 'Team helped with outage') }));
    await screen.findByText('2 wins deleted.');
    expect(await db.wins.count()).toBe(1);
    fireEvent.click(screen.getByRole('button', { name: t('journal_undo') }));
    await waitFor(() => expect(listItems()).toHaveLength(3));
    expect(await db.wins.count()).toBe(3);
  });

  it('bulk-deletes the selected wins', async () => {
    await renderWith();
    fireEvent.click(screen.getByRole('checkbox', { name: t('journal_selectAllShown') }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete 3 selected wins' }));
    await screen.findByText('3 wins deleted.');
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

  it('explains a refused backup in plain words and changes nothing', async () => {
    await renderWith();
    const cut = JSON.stringify({
      format: 'heartdesk-backup',
      version: 2,
      parts: { wins: { version: 3, data: [] } },
    }).slice(0, 24);
    fireEvent.change(document.querySelector('input[type="file"]')!, {
      target: { files: [new File([cut], 'backup.json', { type: 'application/json' })] },
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('cut short');
    expect(alert.textContent).not.toMatch(/Expected|position|JSON\.parse/);
    expect(await db.wins.count()).toBe(3);
  });

  it('previews a backup part by part, then restores it', async () => {
    await renderWith();
    const file = JSON.stringify({
      format: 'heartdesk-journal',
      schemaVersion: 2,
      wins: [makeWin(7, { createdAt: NOW, text: 'Imported praise' })],
    });
    fireEvent.change(document.querySelector('input[type="file"]')!, {
      target: { files: [new File([file], 'backup.json')] },
    });
    await screen.findByText('Wins: 1 new.');
    expect(screen.getByText(/^Not in this backup .*: Nudge history, Settings, Prompt sets, Custom sites/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: t('journal_restoreButton') }));
    await screen.findByText('Imported praise');
    expect(await db.wins.count()).toBe(4);
    expect(screen.getByText(/^Restored\. 1 win is in the backup/)).toBeTruthy();
  });

  it('a full disk during a restore leaves the journal as it was and says so', async () => {
    const quota = installQuotaSwitch(db);
    await renderWith();
    const file = JSON.stringify({ format: 'heartdesk-journal', schemaVersion: 2, wins: [makeWin(7), makeWin(8)] });
    fireEvent.change(document.querySelector('input[type="file"]')!, {
      target: { files: [new File([file], 'b.json')] },
    });
    const replace = await screen.findByRole('radio', { name: /Make everything as in the backup/ });
    fireEvent.click(replace);
    const button = await screen.findByRole('button', { name: t('journal_restoreReplaceButton') });
    quota.fail('wrapped-in-abort');
    fireEvent.click(button);
    expect((await screen.findByRole('alert')).textContent).toBe(t('journal_restoreStorageFull'));
    expect(await db.wins.count()).toBe(3);
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
    render(<JournalPage db={db} now={now} location={{ search: '', hash: '' }} />);
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
    render(<JournalPage db={db} now={now} location={{ search: '', hash: '' }} />);
    expect((await screen.findByRole('alert')).textContent).toContain(t('journal_errorOpen_blocked'));
    holder.close();
  });
});
