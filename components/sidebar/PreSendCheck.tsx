import type { ChecklistItem } from '@/lib/engine/types';
import { t } from '@/lib/i18n';
import { Sign } from '@/components/sidebar/Sign';

const MAX_QUOTE = 60;

/** A next step passed by a remedy already done says so, rather than claiming a step to come. */
function labelKey(item: ChecklistItem): string {
  const key = `check_${item.id.replace(/-/g, '_')}`;
  return item.doneAlready ? `${key}_done_already` : key;
}

/**
 * The pre-send check, pinned at the foot of the sidebar and always visible (issue 14). A tick
 * quotes the words that earned it, so the agent can see why.
 */
export function PreSendCheck({ items }: { items: readonly ChecklistItem[] }) {
  const relevant = items.filter((item) => item.status !== 'not-needed');
  return (
    <section className="hd-check" aria-labelledby="hd-check-title">
      <h2 id="hd-check-title">{t('sidebar_preSendCheck')}</h2>
      {items.length === 0 ? (
        <p className="hd-muted">{t('sidebar_checkAsYouWrite')}</p>
      ) : relevant.length === 0 ? (
        <p className="hd-muted">{t('sidebar_checkNothingAsked')}</p>
      ) : (
        <ul className="hd-checklist">
          {relevant.map((item) => (
            <li key={item.id} data-check={item.id} data-status={item.status} className={`hd-check-${item.status}`}>
              <Sign kind={item.status} /> {t(labelKey(item))}
              <span className="hd-visually-hidden">
                {' '}
                {item.status === 'done' ? t('sidebar_checkDone') : t('sidebar_checkMissing')}
              </span>
              {item.evidence ? (
                <q className="hd-check-words" title={item.evidence.text}>
                  {item.evidence.text.length > MAX_QUOTE
                    ? `${item.evidence.text.slice(0, MAX_QUOTE)}…`
                    : item.evidence.text}
                </q>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
