import { useEffect, useState } from 'react';
import type { JournalDatabase } from '@/lib/db/database';
import { countWinsSince } from '@/lib/db/wins';
import { startRead } from '@/lib/db/start-read';
import { BACKUP_REMINDER_AFTER, lastExportAtItem } from '@/lib/db/last-export';
import { t } from '@/lib/i18n';
import { tCount } from '@/lib/i18n/plural';

interface Props {
  db: JournalDatabase;
  revision: number;
}

/**
 * A gentle nudge once enough new wins exist since the last JSON backup: the
 * journal lives only in this browser profile, so a backup is the only copy.
 */
export function BackupReminder({ db, revision }: Props) {
  const [unsaved, setUnsaved] = useState(0);

  useEffect(() => {
    const check = () => startRead(async () => countWinsSince(db, await lastExportAtItem.getValue()), setUnsaved);
    let stop = check();
    const unwatch = lastExportAtItem.watch(() => {
      stop();
      stop = check();
    });
    return () => {
      stop();
      unwatch();
    };
  }, [db, revision]);

  if (unsaved < BACKUP_REMINDER_AFTER) return null;
  return (
    <aside className="journal-notice" aria-label={t('journal_reminderLabel')}>
      {tCount('journal_reminder', unsaved)} <a href="#backup">{t('journal_reminderAction')}</a>
    </aside>
  );
}
