import { useCallback, useEffect, useState } from 'react';
import { journalDb } from '@/lib/db/database';
import type { Win } from '@/lib/journal/win-schema';
import { countWinsSince, recentWins } from '@/lib/db/wins';
import { startOfDay, thisWeekDays } from '@/lib/journal/rhythm';
import { countBetween } from '@/lib/db/win-stats';

export interface PopupData {
  today: number;
  /** This calendar week's days, first day first; days after today are `future`, with no count. */
  week: Array<{ start: number; count: number; future: boolean }>;
  recent: Win[];
}

/** Today's count, this week's days and the latest wins, all read through indexes. */
export function usePopupData(): { data: PopupData | undefined; error: string | undefined; refresh: () => void } {
  const [data, setData] = useState<PopupData>();
  const [error, setError] = useState<string>();
  const refresh = useCallback(() => {
    const db = journalDb();
    const now = Date.now();
    Promise.all([
      countWinsSince(db, startOfDay(now)),
      Promise.all(
        thisWeekDays(now).map(async ({ start, end, future }) => ({
          start,
          future,
          count: future ? 0 : await countBetween(db, start, end),
        })),
      ),
      recentWins(db, 3),
    ])
      .then(([today, week, recent]) => setData({ today, week, recent }))
      .catch((reason: unknown) => setError(reason instanceof Error ? reason.message : String(reason)));
  }, []);
  useEffect(refresh, [refresh]);
  return { data, error, refresh };
}
