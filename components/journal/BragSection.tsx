import { useEffect, useId, useRef, useState } from 'react';
import { useInView } from '@/components/shared/use-in-view';
import { browser } from 'wxt/browser';
import type { JournalDatabase } from '@/lib/db/database';
import { streamWins } from '@/lib/db/win-stream';
import { countBetween } from '@/lib/db/win-stats';
import { bragMarkdown, bragPlainText, groupByKind } from '@/lib/journal/brag-document';
import { bragLabels } from '@/lib/journal/brag-labels';
import { BRAG_PRESETS, bragQuery, presetPeriod, type BragPreset } from '@/lib/journal/brag-period';
import { dayKey } from '@/lib/journal/calendar';
import { endOfDateInput, parseDateInput } from '@/lib/journal/date-input';
import type { Win } from '@/lib/journal/win-schema';
import { t } from '@/lib/i18n';
import { tCount } from '@/lib/i18n/plural';
import { copyText } from '@/components/shared/copy-text';
import { downloadBlob } from '@/components/shared/download';
import { startRead } from '@/lib/db/start-read';

interface Props {
  db: JournalDatabase;
  now: () => number;
  revision: number;
}

async function winsOf(db: JournalDatabase, from: number, to: number): Promise<Win[]> {
  const wins: Win[] = [];
  for await (const chunk of streamWins(db, { from, to })) wins.push(...chunk);
  return wins;
}

/**
 * A brag document for a review: pick a period, then copy it as plain text (for a
 * chat or a review form) or Markdown, download it, or open the print view (print
 * or save as PDF). The count for the period is shown before anything is made.
 */
export function BragSection({ db, now, revision }: Props) {
  const id = useId();
  const [preset, setPreset] = useState<BragPreset | 'custom'>('this-quarter');
  const initial = presetPeriod('this-quarter', now());
  const [fromDay, setFromDay] = useState(dayKey(initial.from));
  const [toDay, setToDay] = useState(dayKey(initial.to));
  // Tagged with the period it counts, so a count never shows for another period while the next one loads.
  const [counted, setCounted] = useState<{ period: string; count: number } | undefined>(undefined);
  const [status, setStatus] = useState('');

  const section = useRef<HTMLElement>(null);
  const inView = useInView(section);
  const from = parseDateInput(fromDay);
  const to = endOfDateInput(toDay);
  const valid = from !== undefined && to !== undefined && from <= to;

  const period = `${from}..${to}`;
  useEffect(() => {
    if (!valid || !inView) return;
    return startRead(
      () => countBetween(db, from, to + 1),
      (count) => setCounted({ period, count }),
    );
  }, [db, from, to, valid, period, revision, inView]);
  const count = counted?.period === period ? counted.count : undefined;

  const choosePreset = (value: BragPreset | 'custom') => {
    setPreset(value);
    if (value === 'custom') return;
    const period = presetPeriod(value, now());
    setFromDay(dayKey(period.from));
    setToDay(dayKey(period.to));
  };

  const make = async (render: typeof bragPlainText) => {
    if (!valid) return undefined;
    const wins = await winsOf(db, from, to);
    return render(groupByKind(wins), bragLabels(from, to, wins.length));
  };

  const copy = async (render: typeof bragPlainText) => {
    const text = await make(render);
    if (text === undefined) return;
    setStatus((await copyText(text)) ? t('brag_copied') : t('brag_copyFailed'));
  };

  const download = async () => {
    const text = await make(bragMarkdown);
    if (text === undefined) return;
    downloadBlob(new Blob([text], { type: 'text/markdown;charset=utf-8' }), `heartdesk-brag-${fromDay}-to-${toDay}.md`);
    setStatus(t('journal_exportDone'));
  };

  const printUrl = browser.runtime.getURL(`/journal.html?${bragQuery(fromDay, toDay)}`);
  return (
    <section ref={section} id="brag" className="journal-card" aria-labelledby="journal-brag-title">
      <h2 id="journal-brag-title">{t('brag_sectionTitle')}</h2>
      <p className="journal-muted">{t('brag_intro')}</p>
      <div className="journal-form">
        <div className="journal-field">
          <label htmlFor={`${id}-preset`}>{t('brag_periodLabel')}</label>
          <select
            id={`${id}-preset`}
            value={preset}
            onChange={(event) => choosePreset(event.target.value as BragPreset)}
          >
            {BRAG_PRESETS.map((option) => (
              <option key={option} value={option}>
                {t(`brag_preset_${option.replace(/-/g, '_')}`)}
              </option>
            ))}
            <option value="custom">{t('brag_preset_custom')}</option>
          </select>
        </div>
        <div className="journal-field">
          <label htmlFor={`${id}-from`}>{t('journal_filterFrom')}</label>
          <input
            id={`${id}-from`}
            type="date"
            value={fromDay}
            onChange={(event) => {
              setPreset('custom');
              setFromDay(event.target.value);
            }}
          />
        </div>
        <div className="journal-field">
          <label htmlFor={`${id}-to`}>{t('journal_filterTo')}</label>
          <input
            id={`${id}-to`}
            type="date"
            value={toDay}
            onChange={(event) => {
              setPreset('custom');
              setToDay(event.target.value);
            }}
          />
        </div>
      </div>
      <p className="journal-muted" aria-live="polite">
        {!valid ? t('journal_exportBadPeriod') : count === undefined ? '\u00a0' : tCount('brag_periodCount', count)}
      </p>
      <div className="journal-actions">
        <button type="button" className="journal-primary" disabled={!valid} onClick={() => void copy(bragPlainText)}>
          {t('brag_copyText')}
        </button>
        <button type="button" disabled={!valid} onClick={() => void copy(bragMarkdown)}>
          {t('brag_copyMarkdown')}
        </button>
        <button type="button" disabled={!valid} onClick={() => void download()}>
          {t('brag_download')}
        </button>
        <a
          className="journal-button"
          href={valid ? printUrl : undefined}
          target="_blank"
          rel="noreferrer"
          aria-disabled={!valid}
        >
          {t('brag_print')}
        </a>
      </div>
      <p role="status" className="journal-muted">
        {status}
      </p>
    </section>
  );
}
