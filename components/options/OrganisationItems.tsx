import type { ReactNode } from 'react';
import { t } from '@/lib/i18n';
import type { OrganisationItem } from '@/lib/policy/merge-settings';
import { OrganisationBadge } from '@/components/shared/OrganisationBadge';

interface Props {
  items: readonly OrganisationItem[];
  /** The item as the agent reads it (a word, a rule, an address). */
  render: (key: string) => ReactNode;
  /** Turns an unlocked suggestion off, or back on. Locked items have no control at all. */
  onDecline: (key: string, declined: boolean) => void;
  /** More about one item (a site's access), after its badge. */
  extra?: (item: OrganisationItem) => ReactNode;
}

/** The organisation's items of one list setting, each marked, each (when unlocked) the agent's to turn off. */
export function OrganisationItems({ items, render, onDecline, extra }: Props) {
  if (items.length === 0) return null;
  return (
    <ul className="hd-org-items">
      {items.map((item) => (
        <li key={item.key} data-org-item={item.key} className={item.declined ? 'hd-org-item--off' : undefined}>
          <span>{render(item.key)}</span> <OrganisationBadge locked={item.locked} />
          {extra?.(item)}
          {!item.locked && (
            <button
              type="button"
              aria-label={t(item.declined ? 'options_orgTurnOnLabel' : 'options_orgTurnOffLabel', item.key)}
              onClick={() => onDecline(item.key, !item.declined)}
            >
              {t(item.declined ? 'options_orgTurnOn' : 'options_orgTurnOff')}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
