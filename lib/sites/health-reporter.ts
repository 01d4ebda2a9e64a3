import type { HelpdeskAdapter } from '@/lib/adapters/types';
import type { HealthReport } from '@/lib/sites/health';
import { MAX_REPORTED_MESSAGES, type MessageSource } from '@/lib/sites/health-limits';

/** What the page can tell: the detector knows the first two, the sidebar's watcher the rest. */
export interface HealthFacts {
  ticketFound: boolean;
  composerFound: boolean;
  customerMessageFound?: boolean;
  customerMessageCount?: number;
  composerKind?: string;
  noteOpen?: boolean;
  messagesFrom?: MessageSource;
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
    a.support === b.support &&
    a.customerMessageCount === b.customerMessageCount &&
    a.composerKind === b.composerKind &&
    a.noteOpen === b.noteOpen &&
    a.messagesFrom === b.messagesFrom
  );
}

/**
 * Content-script side of the health check: turns what the detector or the
 * sidebar found into reports and sends one only when a fact changed, so polling
 * and typing send nothing. `site` is the host of a site the agent added, and
 * empty for built-in helpdesks (their host says nothing the adapter does not).
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
      site: site.toLowerCase(),
      ticketFound: facts.ticketFound,
      composerFound: facts.composerFound,
      customerMessageFound: facts.customerMessageFound ?? false,
      support: adapter.support,
      ...(facts.customerMessageCount === undefined
        ? {}
        : { customerMessageCount: Math.min(facts.customerMessageCount, MAX_REPORTED_MESSAGES) }),
      ...(facts.composerKind === undefined ? {} : { composerKind: facts.composerKind }),
      ...(facts.noteOpen === undefined ? {} : { noteOpen: facts.noteOpen }),
      ...(facts.messagesFrom === undefined ? {} : { messagesFrom: facts.messagesFrom }),
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
  composerKind?: string | null;
  noteOpen?: boolean;
  messagesSource?: 'page' | 'recipe' | 'earlier';
}): HealthFacts => ({
  ticketFound: snapshot.ticketKey !== null,
  composerFound: snapshot.composerFound,
  customerMessageFound: snapshot.customerMessages.length > 0,
  customerMessageCount: snapshot.customerMessages.length,
  composerKind: snapshot.composerKind ?? '',
  noteOpen: snapshot.noteOpen ?? false,
  messagesFrom: snapshot.customerMessages.length === 0 ? 'none' : (snapshot.messagesSource ?? 'page'),
});
