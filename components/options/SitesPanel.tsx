import { useState, type ReactNode } from 'react';
import { activeAdapters, hostedAdapters } from '@/lib/adapters/active-adapters';
import type { HelpdeskAdapter } from '@/lib/adapters/types';
import { t } from '@/lib/i18n';
import type { HostPermissions } from '@/lib/sites/permissions-api';
import { HelpdeskAccessLine } from '@/components/shared/HelpdeskAccessLine';
import { browserPermissions } from '@/components/shared/use-granted-origins';
import { useHelpdeskSwitch } from '@/components/shared/use-helpdesk-switch';
import { HelpdeskNote } from '@/components/options/HelpdeskNote';

interface Props {
  adapters?: readonly HelpdeskAdapter[];
  /** Products that run only at the customer's own address: no switch, but their notes still matter. */
  selfHostedOnly?: readonly HelpdeskAdapter[];
  permissions?: HostPermissions;
  /** Per-helpdesk health check, e.g. "reply box found". */
  renderHealth?: (adapter: HelpdeskAdapter) => ReactNode;
  /** The agent's own sites, each with its optional host permission. */
  customSites?: ReactNode;
}

/**
 * Built-in helpdesks, each on only when the agent allowed it (issue 18): the switch
 * asks the browser for that helpdesk alone, and off gives the access back. A site
 * nobody built in goes under "Other sites" (self-hosted helpdesks are recognised there).
 */
export function SitesPanel({
  adapters = hostedAdapters,
  selfHostedOnly = activeAdapters.filter((adapter) => adapter.matches.length === 0 && adapter.noteKey),
  permissions: given,
  renderHealth,
  customSites,
}: Props) {
  const [permissions] = useState(() => given ?? browserPermissions());
  const helpdesks = useHelpdeskSwitch(permissions);
  if (!helpdesks.ready) return <p>{t('options_loading')}</p>;

  return (
    <section aria-labelledby="sites-title">
      <h2 id="sites-title">{t('options_tabSites')}</h2>
      <p className="hd-muted">{t('options_sitesIntro')}</p>
      {adapters.length === 0 ? (
        <p>{t('options_sitesNone')}</p>
      ) : (
        <ul className="hd-site-list">
          {adapters.map((adapter) => {
            const checkboxId = `site-${adapter.id}`;
            const access = helpdesks.access(adapter);
            return (
              <li key={adapter.id} className="hd-card" data-helpdesk={adapter.id} data-access={access.state}>
                <div className="hd-row">
                  <input
                    id={checkboxId}
                    type="checkbox"
                    checked={access.state === 'on'}
                    onChange={(event) =>
                      event.target.checked ? helpdesks.turnOn(adapter) : helpdesks.turnOff(adapter)
                    }
                  />
                  <label htmlFor={checkboxId} className="hd-pack__name">
                    {adapter.name}
                  </label>
                  <span className="hd-badge">
                    {adapter.support === 'full' ? t('options_supportFull') : t('options_supportLimited')}
                  </span>
                </div>
                <HelpdeskAccessLine
                  name={adapter.name}
                  access={access}
                  status={helpdesks.status(adapter)}
                  onGiveBack={() => helpdesks.turnOff(adapter)}
                />
                <HelpdeskNote adapter={adapter} />
                {renderHealth?.(adapter)}
              </li>
            );
          })}
        </ul>
      )}
      <section className="hd-card" aria-labelledby="custom-sites-title">
        <h3 id="custom-sites-title">{t('options_customSitesTitle')}</h3>
        {customSites ?? <p className="hd-muted">{t('options_customSitesLater')}</p>}
        {selfHostedOnly.length > 0 && (
          <>
            <h4>{t('options_selfHostedNotesTitle')}</h4>
            <ul className="hd-site-list">
              {selfHostedOnly.map((adapter) => (
                <li key={adapter.id} data-self-hosted={adapter.id}>
                  <strong>{adapter.name}</strong>
                  <HelpdeskNote adapter={adapter} />
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </section>
  );
}
