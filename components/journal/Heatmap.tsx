import { useId } from 'react';
import { monthLabels, monthTotals, type Heatmap as HeatmapData } from '@/lib/journal/heatmap';
import { t } from '@/lib/i18n';
import { formatCount, tCount } from '@/lib/i18n/plural';

const CELL = 11;
const GAP = 2;
const STEP = CELL + GAP;
/** Room on the left for weekday names, on top for month names, on the right for the last one. */
const LEFT = 28;
const TOP = 16;
const RIGHT = 18;

const monthName = new Intl.DateTimeFormat(undefined, { month: 'short' });
const monthAndYear = new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric' });
const longDate = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const weekdayName = new Intl.DateTimeFormat(undefined, { weekday: 'short' });
/** Rows 0, 2 and 4 are named (Monday, Wednesday, Friday where weeks start on Monday); 7 Jan 2024 was a Sunday. */
const weekdayRows = (weekStartsOn: number) =>
  [0, 2, 4].map((row) => ({ row, day: new Date(2024, 0, 7 + weekStartsOn + row).getTime() }));

/**
 * Calendar heatmap of the last year, months named along the top and weekdays down
 * the side. The SVG is one image with a spoken summary; the per-month table below
 * carries the same numbers for screen readers (visually hidden), so no one depends on colour.
 */
export function Heatmap({ heatmap }: { heatmap: HeatmapData }) {
  const id = useId();
  const width = LEFT + heatmap.weeks.length * STEP + RIGHT;
  const height = TOP + 7 * STEP;
  const parse = (day: string) => new Date(`${day}T00:00`).getTime();
  const summary = [
    t(
      'journal_heatmapSummary',
      tCount('journal_winCount', heatmap.total),
      tCount('journal_dayCount', heatmap.activeDays),
      longDate.format(parse(heatmap.firstDay)),
      longDate.format(parse(heatmap.lastDay)),
    ),
    heatmap.busiest
      ? t(
          'journal_heatmapBusiest',
          longDate.format(heatmap.busiest.start),
          tCount('journal_winCount', heatmap.busiest.count),
        )
      : '',
  ]
    .join(' ')
    .trim();
  return (
    <figure className="journal-heatmap">
      <figcaption id={`${id}-caption`}>{t('journal_heatmapTitle')}</figcaption>
      <svg role="img" aria-label={summary} width={width} height={height} viewBox={`0 0 ${width} ${height}`}>
        {monthLabels(heatmap).map((label) => (
          <text key={label.start} className="journal-axis" x={LEFT + label.column * STEP} y={TOP - 5}>
            {monthName.format(label.start)}
          </text>
        ))}
        {weekdayRows(heatmap.weekStartsOn).map(({ row, day }) => (
          <text key={row} className="journal-axis" x={0} y={TOP + row * STEP + CELL - 1}>
            {weekdayName.format(day)}
          </text>
        ))}
        {heatmap.weeks.map((column, x) =>
          column.map((cell, y) =>
            cell ? (
              <rect
                key={cell.day}
                className={`journal-heat journal-heat--${cell.level}`}
                x={LEFT + x * STEP}
                y={TOP + y * STEP}
                width={CELL}
                height={CELL}
                rx={2}
              >
                <title>
                  {t('journal_heatmapDay', longDate.format(cell.start), tCount('journal_winCount', cell.count))}
                </title>
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
              <th scope="row">{monthAndYear.format(new Date(`${month}-01T00:00`))}</th>
              <td>{formatCount(count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
