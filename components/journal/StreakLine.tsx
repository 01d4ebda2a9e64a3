import type { WeeklyStreak } from '@/lib/journal/streak';
import { t } from '@/lib/i18n';

/** Encouraging in every state: a run is celebrated, a gap is an invitation, never a failure. */
export function StreakLine({ streak }: { streak: WeeklyStreak }) {
  const text =
    streak.status === 'none'
      ? t('journal_streakNone')
      : streak.status === 'at-risk'
        ? t('journal_streakAtRisk', streak.weeks)
        : streak.forgiven > 0
          ? t('journal_streakGoingForgiven', streak.weeks, streak.forgiven)
          : t('journal_streakGoing', streak.weeks);
  return <p className="journal-streak">{text}</p>;
}
