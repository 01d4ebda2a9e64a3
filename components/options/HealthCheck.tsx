import { useEffect, useState } from 'react';
import { activeAdapters } from '@/lib/adapters/active-adapters';
import { t } from '@/lib/i18n';
import { sendToBackground } from '@/lib/messaging/client';
import { healthVerdict, type HealthEntry, type HealthVerdict } from '@/lib/sites/health';

const VERDICT_KEYS: Record<HealthVerdict, string> = {
  working: 'sites_verdictWorking',
  'not-a-ticket': 'sites_verdictNotATicket',
  'no-composer': 'sites_verdictNoComposer',
  'no-customer-message': 'sites_verdictNoCustomerMessage',
};

const loadFromBackground = () =>
  sendToBackground<'page→background:health-list', HealthEntry[]>('page→background:health-list', {});

function helpdeskName(entry: HealthEntry): string {
  return entry.adapterId === 'generic'
    ? entry.site
    : (activeAdapters.find((adapter) => adapter.id === entry.adapterId)?.name ?? entry.site);
}

function Check({ label, ok }: { label: string; ok: boolean }) {
  return (
    <li className={ok ? 'hd-check-ok' : 'hd-check-missing'} data-ok={ok}>
      <span aria-hidden="true">{ok ? '✓' : '✗'}</span> {label}
      <span className="hd-visually-hidden">: {ok ? t('sites_found') : t('sites_missing')}</span>
    </li>
  );
}

/** Health of every helpdesk tab, refreshed while the options page is open. */
export function useHealthEntries(load: () => Promise<HealthEntry[]> = loadFromBackground, refreshMs = 2_000) {
  const [entries, setEntries] = useState<HealthEntry[]>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    let live = true;
    const refresh = async () => {
      try {
        const list = await load();
        if (!live) return;
        setEntries([...list].sort((a, b) => b.updatedAt - a.updatedAt));
        setError(undefined);
      } catch (failure) {
        if (live) setError(failure instanceof Error ? failure.message : String(failure));
      }
    };
    void refresh();
    const timer = setInterval(refresh, refreshMs);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [load, refreshMs]);
  return { entries, error };
}

function TabHealth({ entry, showName }: { entry: HealthEntry; showName: boolean }) {
  return (
    <li data-adapter={entry.adapterId} data-verdict={healthVerdict(entry)}>
      {showName ? (
        <>
          <strong>{helpdeskName(entry)}</strong>{' '}
          <span>{entry.support === 'full' ? t('sites_supportFull') : t('sites_supportLimited')}</span>
        </>
      ) : null}
      <ul>
        <Check label={t('sites_checkTicket')} ok={entry.ticketFound} />
        <Check label={t('sites_checkComposer')} ok={entry.composerFound} />
        <Check label={t('sites_checkCustomerMessage')} ok={entry.customerMessageFound} />
      </ul>
      <p>{t(VERDICT_KEYS[healthVerdict(entry)])}</p>
    </li>
  );
}

/**
 * One helpdesk's open tabs, for the Sites panel's per-helpdesk slot. Share one
 * `useHealthEntries()` between all helpdesks rather than one poll each.
 */
export function AdapterHealth({ adapterId, entries }: { adapterId: string; entries: HealthEntry[] | undefined }) {
  const mine = entries?.filter((entry) => entry.adapterId === adapterId && !entry.closed) ?? [];
  if (mine.length === 0) return null;
  return (
    <ul data-testid={`health-${adapterId}`}>
      {mine.map((entry) => (
        <TabHealth key={entry.tabId} entry={entry} showName={false} />
      ))}
    </ul>
  );
}

/** For the options page's Sites panel: one row per open helpdesk tab (custom sites included). */
export function HealthCheck({
  load = loadFromBackground,
  refreshMs = 2_000,
}: {
  load?: () => Promise<HealthEntry[]>;
  refreshMs?: number;
}) {
  const { entries: all, error } = useHealthEntries(load, refreshMs);
  // Closed tabs stay in the map for the sites' "last ticket" lines, not in this list of open tabs.
  const entries = all?.filter((entry) => !entry.closed);
  return (
    <section aria-labelledby="sites-health-title" data-testid="health-check">
      <h2 id="sites-health-title">{t('sites_healthTitle')}</h2>
      <p>{t('sites_healthIntro')}</p>
      {/* The browser's reason is developer English ("Receiving end does not exist"); the agent needs only to know it will retry. */}
      {error ? <p role="alert">{t('sites_healthError')}</p> : null}
      {entries && entries.length === 0 ? <p>{t('sites_healthEmpty')}</p> : null}
      <ul>
        {entries?.map((entry) => (
          <TabHealth key={entry.tabId} entry={entry} showName />
        ))}
      </ul>
    </section>
  );
}
