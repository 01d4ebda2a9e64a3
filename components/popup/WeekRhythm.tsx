import { t } from '@/lib/i18n';

/** Seven small bars, oldest day first; the text alternative lists the counts. */
export function WeekRhythm({ counts }: { counts: number[] }) {
  const max = Math.max(1, ...counts);
  const summary = t('popup_weekSummary', counts.join(', '));
  return (
    <section className="rhythm" aria-labelledby="rhythm-title">
      <h2 id="rhythm-title">{t('popup_weekTitle')}</h2>
      <svg role="img" aria-label={summary} viewBox="0 0 140 40" width="140" height="40">
        {counts.map((count, index) => {
          const height = count === 0 ? 2 : 4 + (count / max) * 34;
          return (
            <rect
              key={index}
              x={index * 20 + 2}
              y={40 - height}
              width="16"
              height={height}
              rx="3"
              className={count ? 'bar' : 'bar empty'}
            />
          );
        })}
      </svg>
    </section>
  );
}
