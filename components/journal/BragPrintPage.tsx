import { useEffect, useState } from 'react';
import type { JournalDatabase } from '@/lib/db/database';
import { streamWins } from '@/lib/db/win-stream';
import { groupByKind, type BragSection } from '@/lib/journal/brag-document';
import { bragLabels } from '@/lib/journal/brag-labels';
import { endOfDateInput, parseDateInput } from '@/lib/journal/date-input';
import type { Win } from '@/lib/journal/win-schema';
import { helpdeskName } from '@/lib/sites/helpdesk-name';
import { t } from '@/lib/i18n';
import { startRead } from '@/lib/db/start-read';

interface Props {
  db: JournalDatabase;
  fromDay: string;
  toDay: string;
}

/**
 * The brag document as a page made for paper (print, or save as PDF): grouped by
 * kind with counts, each win with its date, where it happened and the agent's note.
 * The toolbar is hidden when printed.
 */
export function BragPrintPage({ db, fromDay, toDay }: Props) {
  const from = parseDateInput(fromDay);
  const to = endOfDateInput(toDay);
  const [sections, setSections] = useState<{ groups: BragSection[]; total: number } | undefined>(undefined);

  useEffect(() => {
    if (from === undefined || to === undefined) return;
    return startRead(
      async () => {
        const wins: Win[] = [];
        for await (const chunk of streamWins(db, { from, to })) wins.push(...chunk);
        return wins;
      },
      (wins) => setSections({ groups: groupByKind(wins), total: wins.length }),
    );
  }, [db, from, to]);

  const labels = from !== undefined && to !== undefined && sections ? bragLabels(from, to, sections.total) : undefined;
  const title = labels && `${labels.title} · ${labels.period}`;
  useEffect(() => {
    // Print to PDF names the file after the page's title.
    if (title) document.title = title;
  }, [title]);

  if (from === undefined || to === undefined) return <p role="alert">{t('journal_exportBadPeriod')}</p>;
  if (!sections || !labels) return <p role="status">{t('journal_loading')}</p>;
  return (
    <article className="brag-print">
      <div className="brag-toolbar">
        <button type="button" className="journal-primary" onClick={() => window.print()}>
          {t('brag_printButton')}
        </button>
        <span className="journal-muted">{t('brag_printHint')}</span>
      </div>
      <header>
        <h1>{labels.title}</h1>
        <p className="brag-period">
          {labels.period} · {labels.total}
        </p>
      </header>
      {sections.groups.length === 0 && <p>{labels.empty}</p>}
      {sections.groups.map((section) => (
        <section key={section.kind} className="brag-kind" aria-labelledby={`brag-${section.kind}`}>
          <h2 id={`brag-${section.kind}`}>{labels.section(section.kind, section.wins.length)}</h2>
          <ol className="brag-wins">
            {section.wins.map((win) => (
              <li key={win.id} className="brag-win">
                <time dateTime={new Date(win.createdAt).toISOString()}>{labels.formatDate(win.createdAt)}</time>
                <p dir="auto">{win.text}</p>
                {win.note && (
                  <p className="brag-note" dir="auto">
                    {labels.note}: {win.note}
                  </p>
                )}
                {(win.ticketSubject || win.ticketUrl) && (
                  <p className="brag-where" dir="auto">
                    {labels.ticket}:{' '}
                    {[win.ticketUrl && helpdeskName(win.ticketUrl), win.ticketSubject].filter(Boolean).join(' · ')}
                  </p>
                )}
                {win.tags.length > 0 && <p className="brag-tags">{win.tags.map((tag) => `#${tag}`).join(' ')}</p>}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </article>
  );
}
