import { useId } from 'react';
import { monthTotals, type Heatmap as HeatmapData } from '@/lib/journal/heatmap';
import { t } from '@/lib/i18n';

const CELL = 11;
const GAP = 2;
const STEP = CELL + GAP;

/**
 * Calendar heatmap of the last year. The SVG is one image with a spoken
 * summary; the per-month table below carries the same numbers for screen
 * readers (visually hidden), so no one depends on colour.
 */
export function Heatmap({ heatmap }: { heatmap: HeatmapData }) {
  const id = useId();
  const summary = t(
    'journal_heatmapSummary',
    heatmap.total,
    heatmap.activeDays,
    heatmap.firstDay,
    heatmap.lastDay,
    heatmap.busiest ? t('journal_heatmapBusiest', heatmap.busiest.day, heatmap.busiest.count) : '',
  );
  return (
    <figure className="journal-heatmap">
      <figcaption id={`${id}-caption`}>{t('journal_heatmapTitle')}</figcaption>
      <svg
        role="img"
        aria-label={summary}
        width={heatmap.weeks.length * STEP}
        height={7 * STEP}
        viewBox={`0 0 ${heatmap.weeks.length * STEP} ${7 * STEP}`}
      >
        {heatmap.weeks.map((column, x) =>
          column.map((cell, y) =>
            cell ? (
              <rect
                key={cell.day}
                className={`journal-heat journal-heat--${cell.level}`}
                x={x * STEP}
                y={y * STEP}
                width={CELL}
                height={CELL}
                rx={2}
              >
                <title>{t('journal_heatmapDay', cell.day, cell.count)}</title>
              </rect>
            ) : null,
          ),
        )}
      </svg>
      <p className="journal-heatmap-summary">{summary}</p>
      <table className="visually-hidden" aria-labelledby={`${id}-caption`}>
        <thead>
          <tr>
            <th scope="col">{t('journal_month')}</th>
            <th scope="col">{t('journal_wins')}</th>
          </tr>
        </thead>
        <tbody>
          {monthTotals(heatmap).map(({ month, count }) => (
            <tr key={month}>
              <th scope="row">{month}</th>
              <td>{count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
