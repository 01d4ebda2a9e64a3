import { AdapterHealth, HealthCheck, useHealthEntries } from './HealthCheck';
import { CustomSites } from './CustomSites';
import { SitesPanel } from './SitesPanel';

/** The Sites tab: built-in helpdesks with their live health, the agent's own sites, and every open helpdesk tab. */
export function SitesTab() {
  const { entries } = useHealthEntries();
  return (
    <>
      <SitesPanel
        renderHealth={(adapter) => <AdapterHealth adapterId={adapter.id} entries={entries} />}
        customSites={<CustomSites showTitle={false} />}
      />
      <HealthCheck />
    </>
  );
}
