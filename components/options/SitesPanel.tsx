import type { ReactNode } from 'react';
import { activeAdapters } from '@/lib/adapters/active-adapters';
import type { HelpdeskAdapter } from '@/lib/adapters/types';
import { t } from '@/lib/i18n';
import { usePreferences } from '@/components/shared/use-stored-settings';

interface Props {
  adapters?: readonly HelpdeskAdapter[];
  /** SLOT (lead wires later): per-helpdesk health check, e.g. "reply box found". */
  renderHealth?: (adapter: HelpdeskAdapter) => ReactNode;
  /** SLOT (lead wires later): custom sites with their optional host permission. */
  customSites?: ReactNode;
}

function limitationsOf(adapter: HelpdeskAdapter): string[] {
  return adapter.limitations ? [adapter.limitations] : [];
}

export function SitesPanel({ adapters = activeAdapters, renderHealth, customSites }: Props) {
  const { preferences, update, saveFailed } = usePreferences();
  if (!preferences) return <p>{t('options_loading')}</p>;
  const disabled = preferences.disabledHelpdesks;

  const setOn = (id: string, on: boolean) =>
    void update(({ disabledHelpdesks }) => ({
      disabledHelpdesks: on
        ? disabledHelpdesks.filter((other) => other !== id)
        : [...new Set([...disabledHelpdesks, id])],
    }));

  return (
    <section aria-labelledby="sites-title">
      <h2 id="sites-title">{t('options_tabSites')}</h2>
      <p className="hd-muted">{t('options_sitesIntro')}</p>
      {saveFailed && (
        <p role="alert" className="hd-error">
          {t('options_saveFailed')}
        </p>
      )}
      {adapters.length === 0 ? (
        <p>{t('options_sitesNone')}</p>
      ) : (
        <ul className="hd-site-list">
          {adapters.map((adapter) => {
            const checkboxId = `site-${adapter.id}`;
            const limitations = limitationsOf(adapter);
            return (
              <li key={adapter.id} className="hd-card">
                <div className="hd-row">
                  <input
                    id={checkboxId}
                    type="checkbox"
                    checked={!disabled.includes(adapter.id)}
                    onChange={(event) => setOn(adapter.id, event.target.checked)}
                  />
                  <label htmlFor={checkboxId} className="hd-pack__name">
                    {adapter.name}
                  </label>
                  <span className="hd-badge">
                    {adapter.support === 'full' ? t('options_supportFull') : t('options_supportLimited')}
                  </span>
                </div>
                {limitations.length > 0 && (
                  <ul className="hd-muted">
                    {limitations.map((limitation) => (
                      <li key={limitation}>{limitation}</li>
                    ))}
                  </ul>
                )}
                {/* SLOT: health check ("reply box found"), wired by the lead. */}
                {renderHealth?.(adapter)}
              </li>
            );
          })}
        </ul>
      )}
      <section className="hd-card" aria-labelledby="custom-sites-title">
        <h3 id="custom-sites-title">{t('options_customSitesTitle')}</h3>
        {/* SLOT: custom sites (optional host permission at that moment), wired by the lead. */}
        {customSites ?? <p className="hd-muted">{t('options_customSitesLater')}</p>}
      </section>
    </section>
  );
}
