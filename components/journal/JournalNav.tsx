import { t } from '@/lib/i18n';

const PLACES = [
  ['wins', 'journal_winsTitle'],
  ['week', 'journal_navWeek'],
  ['rhythm', 'journal_overviewTitle'],
  ['thanks', 'thanks_title'],
  ['brag', 'brag_sectionTitle'],
  ['backup', 'journal_backupTitle'],
  ['reminder', 'reminder_title'],
] as const;

/** A long page: one line of links to each part of it. */
export function JournalNav() {
  return (
    <nav className="journal-nav" aria-label={t('journal_navLabel')}>
      <ul>
        {PLACES.map(([anchor, key]) => (
          <li key={anchor}>
            <a href={`#${anchor}`}>{t(key)}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
