import type { WeekBar } from '@/lib/journal/weekly-chart';
import { t } from '@/lib/i18n';
import { formatCount, tCount } from '@/lib/i18n/plural';

const BAR = 26;
const GAP = 18;
const STEP = BAR + GAP;
const HEIGHT = 90;
/** Room above the bars for their counts and below for their dates. */
const TOP = 14;
const BOTTOM = 18;

const dayMonth = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });

/** Wins per week for the last weeks, each bar dated by its first day (the locale’s); the accessible name lists every week. */
export function WeeklyChart({ bars }: { bars: WeekBar[] }) {
  const max = Math.max(1, ...bars.map((bar) => bar.count));
  const weekText = (bar: WeekBar) =>
    t('journal_weekCount', dayMonth.format(bar.start), tCount('journal_winCount', bar.count));
  const width = bars.length * STEP;
  const height = TOP + HEIGHT + BOTTOM;
  return (
    <figure className="journal-weekly">
      <figcaption>{tCount('journal_weeklyTitle', bars.length)}</figcaption>
      <svg
        role="img"
        aria-label={t('journal_weeklySummary', bars.map(weekText).join('; '))}
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
      >
        {bars.map((bar, index) => {
          const barHeight = bar.count === 0 ? 2 : Math.max(3, Math.round((bar.count / max) * HEIGHT));
          const x = index * STEP + GAP / 2;
          return (
            <g key={bar.start}>
              <rect
                className={bar.count === 0 ? 'journal-bar journal-bar--empty' : 'journal-bar'}
                x={x}
                y={TOP + HEIGHT - barHeight}
                width={BAR}
                height={barHeight}
                rx={3}
              >
                <title>{weekText(bar)}</title>
              </rect>
              <text className="journal-bar-count" x={x + BAR / 2} y={TOP + HEIGHT - barHeight - 3} textAnchor="middle">
                {formatCount(bar.count)}
              </text>
              <text className="journal-axis" x={x + BAR / 2} y={height - 4} textAnchor="middle">
                {dayMonth.format(bar.start)}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
