import { dayKey } from '@/lib/journal/calendar';
import { t } from '@/lib/i18n';
import { tCount } from '@/lib/i18n/plural';

const weekday = new Intl.DateTimeFormat(undefined, { weekday: 'short' });
// Under each bar, so the agent sees which day is which without hovering.
const dayInitial = new Intl.DateTimeFormat(undefined, { weekday: 'narrow' });

interface Day {
  start: number;
  count: number;
  future: boolean;
}

/**
 * This calendar week as seven small bars, first day first (the journal's "Your week" is the same
 * days); days still to come are an outline. The text alternative names each day so far and its wins.
 */
export function WeekRhythm({ days }: { days: Day[] }) {
  const max = Math.max(1, ...days.map((day) => day.count));
  const summary = t(
    'popup_weekSummary',
    days
      .filter((day) => !day.future)
      .map((day) => t('popup_dayCount', weekday.format(day.start), tCount('journal_winCount', day.count)))
      .join(', '),
  );
  return (
    <section className="rhythm" aria-labelledby="rhythm-title">
      <h2 id="rhythm-title">{t('popup_weekTitle')}</h2>
      <svg role="img" aria-label={summary} viewBox="0 0 140 52" width="140" height="52">
        {days.map((day, index) => {
          const height = day.count === 0 ? 2 : 4 + (day.count / max) * 34;
          const state = day.future ? 'bar future' : day.count ? 'bar' : 'bar empty';
          return (
            <g key={day.start} data-day={dayKey(day.start)}>
              <rect x={index * 20 + 2} y={40 - height} width="16" height={height} rx="3" className={state} />
              <text x={index * 20 + 10} y="51" textAnchor="middle" className="day">
                {dayInitial.format(day.start)}
              </text>
            </g>
          );
        })}
      </svg>
    </section>
  );
}
