import type { ChecklistItem } from '@/lib/engine/types';
import { t } from '@/lib/i18n';

const ICON: Record<ChecklistItem['status'], string> = { done: '✓', missing: '○', 'not-needed': '–' };

/** A few ticks before sending; shown only once the draft looks finished. */
export function PreSendCheck({ items }: { items: ChecklistItem[] }) {
  const relevant = items.filter((item) => item.status !== 'not-needed');
  if (relevant.length === 0) return null;
  return (
    <section className="hd-section" aria-labelledby="hd-check-title">
      <h2 id="hd-check-title">{t('sidebar_preSendCheck')}</h2>
      <ul className="hd-checklist">
        {relevant.map((item) => (
          <li key={item.id} data-check={item.id} data-status={item.status} className={`hd-check-${item.status}`}>
            <span aria-hidden="true">{ICON[item.status]}</span> {t(`check_${item.id.replace(/-/g, '_')}`)}
            <span className="hd-visually-hidden">
              {' '}
              {item.status === 'done' ? t('sidebar_checkDone') : t('sidebar_checkMissing')}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
