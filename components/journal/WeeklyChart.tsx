import type { WeekBar } from '@/lib/journal/weekly-chart';
import { dayKey } from '@/lib/journal/calendar';
import { t } from '@/lib/i18n';

const BAR = 18;
const GAP = 6;
const HEIGHT = 80;

/** Wins per week for the last weeks; the accessible name lists every week's count. */
export function WeeklyChart({ bars }: { bars: WeekBar[] }) {
  const max = Math.max(1, ...bars.map((bar) => bar.count));
  const spoken = bars.map((bar) => t('journal_weekCount', dayKey(bar.start), bar.count)).join('; ');
  return (
    <figure className="journal-weekly">
      <figcaption>{t('journal_weeklyTitle', bars.length)}</figcaption>
      <svg
        role="img"
        aria-label={t('journal_weeklySummary', spoken)}
        width={bars.length * (BAR + GAP)}
        height={HEIGHT + 14}
        viewBox={`0 0 ${bars.length * (BAR + GAP)} ${HEIGHT + 14}`}
      >
        {bars.map((bar, index) => {
          const height = Math.round((bar.count / max) * HEIGHT);
          return (
            <g key={bar.start}>
              <rect
                className="journal-bar"
                x={index * (BAR + GAP)}
                y={HEIGHT - height}
                width={BAR}
                height={height}
                rx={2}
              >
                <title>{t('journal_weekCount', dayKey(bar.start), bar.count)}</title>
              </rect>
              <text className="journal-bar-label" x={index * (BAR + GAP) + BAR / 2} y={HEIGHT + 12} textAnchor="middle">
                {bar.count}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
