import { browser } from 'wxt/browser';
import { t } from '@/lib/i18n';
import { AdapterHealth, HealthCheck, useHealthEntries } from '@/components/options/HealthCheck';
import { CustomSites } from '@/components/shared/CustomSites';
import { OrganisationSites } from '@/components/options/OrganisationSites';
import { LastTicketHealth } from '@/components/options/LastTicketHealth';
import { SitesPanel } from '@/components/options/SitesPanel';

/** The Sites tab: built-in helpdesks with their access and live health, the agent's own sites, and every open helpdesk tab. */
export function SitesTab() {
  const { entries } = useHealthEntries();
  return (
    <>
      <p className="hd-welcome-again">
        <a href={browser.runtime.getURL('/welcome.html')} target="_blank" rel="noreferrer">
          {t('options_openWelcome')}
        </a>
      </p>
      <SitesPanel
        renderHealth={(adapter) => <AdapterHealth adapterId={adapter.id} entries={entries} />}
        customSites={
          <>
            <OrganisationSites />
            <CustomSites showTitle={false} />
          </>
        }
      />
      <LastTicketHealth entries={entries} />
      <HealthCheck />
    </>
  );
}
