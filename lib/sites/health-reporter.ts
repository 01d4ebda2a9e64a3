import type { HelpdeskAdapter } from '@/lib/adapters/types';
import type { HealthReport } from '@/lib/sites/health';

/** What the page can tell: the detector knows the first two, the sidebar's watcher all three. */
export interface HealthFacts {
  ticketFound: boolean;
  composerFound: boolean;
  customerMessageFound?: boolean;
}

// Kept here rather than in health.ts: the detector bundles this file and must not pull in zod.
export function sameReport(a: HealthReport | undefined, b: HealthReport): boolean {
  return (
    a !== undefined &&
    a.adapterId === b.adapterId &&
    a.site === b.site &&
    a.ticketFound === b.ticketFound &&
    a.composerFound === b.composerFound &&
    a.customerMessageFound === b.customerMessageFound &&
    a.support === b.support
  );
}

/**
 * Content-script side of the health check: turns what the detector or the
 * sidebar found into yes/no reports and sends one only when a fact changed,
 * so polling and typing send nothing.
 */
export function createHealthReporter(
  adapter: Pick<HelpdeskAdapter, 'id' | 'support'>,
  site: string,
  send: (report: HealthReport) => Promise<unknown>,
) {
  let last: HealthReport | undefined;
  return (facts: HealthFacts): void => {
    const report: HealthReport = {
      adapterId: adapter.id,
      site: adapter.id === 'generic' ? site : '',
      ticketFound: facts.ticketFound,
      composerFound: facts.composerFound,
      customerMessageFound: facts.customerMessageFound ?? false,
      support: adapter.support,
    };
    if (sameReport(last, report)) return;
    last = report;
    // Health is best effort: a sleeping or reloaded background must not disturb the page.
    send(report).catch(() => {
      last = undefined;
    });
  };
}

/** The sidebar watcher's snapshot as health facts. */
export const factsFromSnapshot = (snapshot: {
  ticketKey: string | null;
  composerFound: boolean;
  customerMessages: readonly string[];
}): HealthFacts => ({
  ticketFound: snapshot.ticketKey !== null,
  composerFound: snapshot.composerFound,
  customerMessageFound: snapshot.customerMessages.length > 0,
});
