import { AdapterHealth, HealthCheck, useHealthEntries } from '@/components/options/HealthCheck';
import { CustomSites } from '@/components/options/CustomSites';
import { LastTicketHealth } from '@/components/options/LastTicketHealth';
import { SitesPanel } from '@/components/options/SitesPanel';

/** The Sites tab: built-in helpdesks with their live health, the agent's own sites, and every open helpdesk tab. */
export function SitesTab() {
  const { entries } = useHealthEntries();
  return (
    <>
      <SitesPanel
        renderHealth={(adapter) => <AdapterHealth adapterId={adapter.id} entries={entries} />}
        customSites={<CustomSites showTitle={false} />}
      />
      <LastTicketHealth entries={entries} />
      <HealthCheck />
    </>
  );
}
