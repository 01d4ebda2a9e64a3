import { useEffect, useState } from 'react';
import type { JournalDatabase } from '@/lib/db/database';
import { wordsPending } from '@/lib/db/word-index';
import { t } from '@/lib/i18n';

const CHECK_EVERY_MS = 1500;

/**
 * While the words of a large restore are still being indexed, says so: search
 * already finds every win, it is only slower until then. Checks a single key.
 */
export function WordIndexStatus({
  db,
  revision,
  onDone,
}: {
  db: JournalDatabase;
  revision: number;
  onDone: () => void;
}) {
  const [pending, setPending] = useState(false);

  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let was = false;
    const check = async () => {
      const now = await wordsPending(db).catch(() => false);
      if (!live) return;
      setPending(now);
      if (was && !now) onDone();
      was = now;
      if (now) timer = setTimeout(() => void check(), CHECK_EVERY_MS);
    };
    void check();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [db, revision, onDone]);

  if (!pending) return null;
  return (
    <p className="journal-notice" role="status">
      {t('journal_indexing')}
    </p>
  );
}
