import { useState } from 'react';
import type { JournalDatabase } from '@/lib/db/database';
import { WIN_KINDS, type WinKind } from '@/lib/journal/win-schema';
import { exportBragDocument, exportCsv, exportJsonBackup, type ExportFile } from '@/lib/db/journal-exports';
import { lastExportAtItem } from '@/lib/db/last-export';
import { addDays, dayKey } from '@/lib/journal/calendar';
import { endOfDateInput, parseDateInput } from '@/lib/journal/date-input';
import { t } from '@/lib/i18n';
import { kindLabel } from '@/lib/journal/kind-label';
import { downloadBlob } from '@/components/shared/download';

interface Props {
  db: JournalDatabase;
  now: () => number;
  disabled: boolean;
}

const longDate = new Intl.DateTimeFormat(undefined, { dateStyle: 'long' });

const downloadExport = (file: ExportFile, baseName: string) => downloadBlob(file.blob, `${baseName}.${file.extension}`);

/** JSON backup for safekeeping; CSV for spreadsheets; a Markdown brag document for a review period. */
export function ExportPanel({ db, now, disabled }: Props) {
  const [from, setFrom] = useState(() => dayKey(addDays(now(), -90)));
  const [to, setTo] = useState(() => dayKey(now()));
  const [status, setStatus] = useState('');

  const stamp = () => dayKey(now());

  const backup = async () => {
    downloadExport(await exportJsonBackup(db, now()), `heartdesk-backup-${stamp()}`);
    await lastExportAtItem.setValue(now());
    setStatus(t('journal_exportDone'));
  };

  const csv = async () => {
    downloadExport(await exportCsv(db), `heartdesk-wins-${stamp()}`);
    setStatus(t('journal_exportDone'));
  };

  const brag = async () => {
    const start = parseDateInput(from);
    const end = endOfDateInput(to);
    if (start === undefined || end === undefined || start > end) {
      setStatus(t('journal_exportBadPeriod'));
      return;
    }
    const kinds = Object.fromEntries(WIN_KINDS.map((kind) => [kind, kindLabel(kind)])) as Record<WinKind, string>;
    const file = await exportBragDocument(
      db,
      { from: start, to: end },
      {
        title: t('journal_bragTitle'),
        subtitle: t('journal_bragPeriod', longDate.format(start), longDate.format(end)),
        kinds,
        ticketLink: t('journal_bragTicket'),
        empty: t('journal_bragEmpty'),
        formatDate: (ms) => longDate.format(ms),
      },
    );
    downloadExport(file, `heartdesk-brag-${from}-to-${to}`);
    setStatus(t('journal_exportDone'));
  };

  return (
    <section className="journal-export" aria-labelledby="journal-export-title">
      <h2 id="journal-export-title">{t('journal_exportTitle')}</h2>
      <fieldset disabled={disabled}>
        <legend>{t('journal_bragLegend')}</legend>
        <label>
          <span>{t('journal_filterFrom')}</span>
          <input type="date" value={from} onChange={(event) => setFrom(event.target.value)} />
        </label>
        <label>
          <span>{t('journal_filterTo')}</span>
          <input type="date" value={to} onChange={(event) => setTo(event.target.value)} />
        </label>
        <button type="button" onClick={() => void brag()}>
          {t('journal_exportMarkdown')}
        </button>
      </fieldset>
      <div className="journal-export-buttons">
        <button type="button" disabled={disabled} onClick={() => void csv()}>
          {t('journal_exportCsv')}
        </button>
        <button type="button" disabled={disabled} onClick={() => void backup()}>
          {t('journal_exportJson')}
        </button>
      </div>
      <p role="status">{status}</p>
    </section>
  );
}
