import { useEffect, useState } from 'react';
import { t } from '@/lib/i18n';
import { grantedOrigins, requestSiteAccess, watchGrants } from '@/lib/sites/site-access-browser';
import { setDeclined } from '@/lib/storage/agent-choices';
import { OrganisationItems } from '@/components/options/OrganisationItems';
import { usePreferences } from '@/components/shared/use-stored-settings';

/**
 * The organisation's helpdesk addresses (issue 20). The background registers each one the
 * browser grants; a policy cannot grant an optional host permission in Chrome, Edge or
 * Firefox (docs/deploying.md), so the agent allows each one once, here, with a click.
 */
export function OrganisationSites() {
  const { effective } = usePreferences();
  const sites = effective?.organisation.sites ?? [];
  const [granted, setGranted] = useState<Record<string, boolean>>({});
  const key = sites.map((site) => site.key).join(' ');

  useEffect(() => {
    let live = true;
    const check = () => {
      void grantedOrigins(key.split(' ').filter(Boolean)).then((next) => live && setGranted(next));
    };
    check();
    const unwatch = watchGrants(check);
    return () => {
      live = false;
      unwatch();
    };
  }, [key]);

  if (sites.length === 0) return null;
  const allow = (origin: string) => void requestSiteAccess(origin).catch(() => undefined);

  return (
    <section aria-labelledby="org-sites-title" data-testid="organisation-sites">
      <h4 id="org-sites-title">{t('options_orgSitesTitle')}</h4>
      <OrganisationItems
        items={sites}
        render={(origin) => origin}
        onDecline={(origin, declined) => void setDeclined('sites', origin, declined)}
        extra={(site) =>
          site.declined || granted[site.key] !== false ? null : (
            <>
              {' '}
              <strong>{t('options_orgSiteAccessNeeded')}</strong>{' '}
              <button type="button" onClick={() => allow(site.key)}>
                {t('options_orgSiteAllow')}
              </button>
            </>
          )
        }
      />
    </section>
  );
}
