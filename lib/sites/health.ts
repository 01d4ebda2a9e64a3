import { z } from 'zod';

/**
 * The health check (issue 4 item 8): what the content script could find in
 * each helpdesk tab, so the agent sees why the sidebar stays away (wrong page,
 * reply box not found, customer message not found) without opening DevTools.
 * No ticket text, URL or key ever goes here: only yes/no facts.
 */

export const healthReportSchema = z.strictObject({
  adapterId: z
    .string()
    .min(1)
    .max(40)
    .regex(/^[a-z0-9-]+$/),
  /** The host of a custom site (generic adapter); empty for built-in helpdesks. */
  site: z
    .string()
    .max(253)
    .regex(/^[a-z0-9.-]*$/),
  ticketFound: z.boolean(),
  composerFound: z.boolean(),
  customerMessageFound: z.boolean(),
  support: z.enum(['full', 'limited']),
});
export type HealthReport = z.infer<typeof healthReportSchema>;

export interface HealthEntry extends HealthReport {
  tabId: number;
  updatedAt: number;
}

export type HealthState = Record<string, HealthEntry>;

export type HealthAction =
  { type: 'report'; tabId: number; report: HealthReport; now: number } | { type: 'tab-closed'; tabId: number };

// A runaway page cannot grow the map: only this many tabs are kept, newest first.
export const MAX_HEALTH_TABS = 100;

export function reduceHealth(state: HealthState, action: HealthAction): HealthState {
  const key = String(action.tabId);
  if (action.type !== 'report') {
    if (!(key in state)) return state;
    const { [key]: _gone, ...rest } = state;
    return rest;
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
