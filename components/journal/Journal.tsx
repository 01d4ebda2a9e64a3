import { useEffect, useState } from 'react';
import { journalDb } from '@/lib/db/database';
import type { Win } from '@/lib/db/win-schema';
import { recentWins } from '@/lib/db/wins';
import { t } from '@/lib/i18n';

/** Interim journal page: the latest wins. The full journal (search, charts, export) replaces it. */
export function Journal() {
  const [wins, setWins] = useState<Win[]>([]);
  useEffect(() => {
    void recentWins(journalDb(), 100).then(setWins);
  }, []);
  return (
    <main>
      <h1>{t('journal_title')}</h1>
      <ul data-testid="journal-list">
        {wins.map((win) => (
          <li key={win.id}>{win.text}</li>
        ))}
      </ul>
    </main>
  );
}
