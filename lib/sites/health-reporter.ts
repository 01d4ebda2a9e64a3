import type { HelpdeskAdapter } from '../adapters/types';
import type { TicketSnapshot } from '../dom/ticket-watcher';
import { sameReport, type HealthReport } from './health';

/**
 * Content-script side of the health check: turns ticket snapshots into yes/no
 * reports and sends one only when a fact changed, so typing sends nothing.
 */
export function createHealthReporter(
  adapter: Pick<HelpdeskAdapter, 'id' | 'support'>,
  site: string,
  send: (report: HealthReport) => Promise<unknown>,
) {
  let last: HealthReport | undefined;
  return (snapshot: Pick<TicketSnapshot, 'ticketKey' | 'composerFound' | 'customerMessages'>): void => {
    const report: HealthReport = {
      adapterId: adapter.id,
      site: adapter.id === 'generic' ? site : '',
      ticketFound: snapshot.ticketKey !== null,
      composerFound: snapshot.composerFound,
      customerMessageFound: snapshot.customerMessages.length > 0,
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
