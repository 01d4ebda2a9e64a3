import type { WeeklyStreak } from '@/lib/journal/streak';
import { t } from '@/lib/i18n';
import { tCount } from '@/lib/i18n/plural';

/** Encouraging in every state: a run is celebrated, a gap is an invitation, never a failure. */
export function StreakLine({ streak }: { streak: WeeklyStreak }) {
  const text =
    streak.status === 'none'
      ? t('journal_streakNone')
      : streak.status === 'at-risk'
        ? tCount('journal_streakAtRisk', streak.weeks)
        : streak.forgiven > 0
          ? t(
              'journal_streakGoingForgiven',
              tCount('journal_weekCountWithWins', streak.weeks),
              tCount('journal_quietWeeks', streak.forgiven),
            )
          : tCount('journal_streakGoing', streak.weeks);
  return <p className="journal-streak">{text}</p>;
}
