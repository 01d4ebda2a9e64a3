import { z } from 'zod';
import { MAX_REPORTED_MESSAGES, MESSAGE_SOURCES } from '@/lib/sites/health-limits';

/**
 * The health check (issue 4 item 8, issue 13 must have 5): what the content
 * script could find in each helpdesk tab, so the agent sees why the sidebar
 * stays away (wrong page, reply box not found, customer message not found) and
 * what the last ticket of each site yielded, without opening DevTools. No ticket
 * text, URL or key ever goes here: only yes/no facts, a count and an editor name.
 */

export { MAX_REPORTED_MESSAGES, MESSAGE_SOURCES, type MessageSource } from '@/lib/sites/health-limits';

export const healthReportSchema = z.strictObject({
  adapterId: z
    .string()
    .min(1)
    .max(40)
    .regex(/^[a-z0-9-]+$/),
  /** The host (and port) of a site the agent added; empty for built-in helpdesks. */
  site: z
    .string()
    .max(260)
    .regex(/^[a-z0-9.:-]*$/),
  ticketFound: z.boolean(),
  composerFound: z.boolean(),
  customerMessageFound: z.boolean(),
  support: z.enum(['full', 'limited']),
  customerMessageCount: z.number().int().min(0).max(MAX_REPORTED_MESSAGES).optional(),
  /** The reply box's editor (lib/dom/editor-kind.ts), empty without one. */
  composerKind: z
    .string()
    .max(20)
    .regex(/^[a-z0-9]*$/)
    .optional(),
  /** No reply box, an internal-note box open. */
  noteOpen: z.boolean().optional(),
  messagesFrom: z.enum(MESSAGE_SOURCES).optional(),
});
export type HealthReport = z.infer<typeof healthReportSchema>;

export interface HealthEntry extends HealthReport {
  tabId: number;
  updatedAt: number;
  /** The tab was closed: kept for the site's "last ticket" line, left out of the open tabs. */
  closed?: boolean;
}

export type HealthState = Record<string, HealthEntry>;

export type HealthAction =
  { type: 'report'; tabId: number; report: HealthReport; now: number } | { type: 'tab-closed'; tabId: number };

// A runaway page cannot grow the map: only this many tabs are kept, newest first.
export const MAX_HEALTH_TABS = 100;

export function reduceHealth(state: HealthState, action: HealthAction): HealthState {
  const key = String(action.tabId);
  if (action.type !== 'report') {
    const entry = state[key];
    if (!entry || entry.closed) return state;
    return { ...state, [key]: { ...entry, closed: true } };
  }
  const next: HealthState = { ...state, [key]: { ...action.report, tabId: action.tabId, updatedAt: action.now } };
  const entries = Object.values(next);
  if (entries.length <= MAX_HEALTH_TABS) return next;
  entries.sort((a, b) => b.updatedAt - a.updatedAt);
  return Object.fromEntries(entries.slice(0, MAX_HEALTH_TABS).map((entry) => [String(entry.tabId), entry]));
}

export type HealthVerdict = 'working' | 'not-a-ticket' | 'no-composer' | 'no-customer-message';

/** The first thing in the way, in the order the agent can fix it. */
export function healthVerdict(report: HealthReport): HealthVerdict {
  if (!report.ticketFound) return 'not-a-ticket';
  if (!report.composerFound) return 'no-composer';
  if (!report.customerMessageFound) return 'no-customer-message';
  return 'working';
}

/**
 * Per site (a built-in helpdesk, or the host of a site the agent added), the
 * newest report from a ticket view: what the last ticket yielded.
 */
export function lastTicketBySite(entries: readonly HealthEntry[]): HealthEntry[] {
  const latest = new Map<string, HealthEntry>();
  for (const entry of entries) {
    if (!entry.ticketFound) continue;
    const key = `${entry.adapterId}|${entry.site}`;
    const known = latest.get(key);
    if (!known || entry.updatedAt > known.updatedAt) latest.set(key, entry);
  }
  return [...latest.values()].sort((a, b) => b.updatedAt - a.updatedAt);
}
