import type { HelpdeskAdapter } from '@/lib/adapters/types';
import { helpdeskAccess, helpdeskGrants } from '@/lib/sites/helpdesk-access';
import type { FirstRun } from '@/lib/storage/first-run';

/**
 * What to do when the browser says Heartdesk was installed or updated
 * (`runtime.onInstalled`). A new install opens the welcome page once. An update
 * from a version that had every helpdesk host required keeps what works: Chrome
 * and Firefox carry a grant over when it moves from required to optional (tried
 * on this machine with Chromium 156 and Firefox ESR 153), so those helpdesks stay
 * on and are shown as chosen. Whatever the browser did not carry over is listed
 * for the agent to allow again, and the welcome page opens to say so.
 */

/** 0.1.0 asked for all 13 helpdesks at install; 0.2.0 asks for none. */
export const LAST_VERSION_WITH_REQUIRED_HOSTS = '0.1.0';

/** Numeric, dot by dot: `0.1.0` < `0.1.10` < `0.2`. Anything unreadable counts as older. */
export function versionAtMost(version: string, limit: string): boolean {
  const parts = (value: string) => value.split('.').map((part) => Number.parseInt(part, 10) || 0);
  const [a, b] = [parts(version), parts(limit)];
  for (let index = 0; index < Math.max(a.length, b.length); index += 1) {
    const difference = (a[index] ?? 0) - (b[index] ?? 0);
    if (difference !== 0) return difference < 0;
  }
  return true;
}

export interface InstallFacts {
  reason: string;
  previousVersion?: string;
  granted: readonly string[];
  /** The older per-helpdesk switch (preferences.disabledHelpdesks). */
  switchedOff: readonly string[];
  helpdesks: ReadonlyArray<Pick<HelpdeskAdapter, 'id' | 'matches'>>;
  record: FirstRun;
  now: number;
}

export interface InstallPlan {
  record: FirstRun;
  openWelcome: boolean;
  /** Grants to give back: helpdesks the agent had switched off keep no access. */
  giveBack: string[];
}

export function planInstall(facts: InstallFacts): InstallPlan {
  const { record, now } = facts;
  if (facts.reason === 'install') {
    const openWelcome = record.welcomedAt === undefined;
    return { record: openWelcome ? { ...record, welcomedAt: now } : record, openWelcome, giveBack: [] };
  }
  const fromRequiredHosts =
    facts.reason === 'update' &&
    facts.previousVersion !== undefined &&
    versionAtMost(facts.previousVersion, LAST_VERSION_WITH_REQUIRED_HOSTS);
  if (!fromRequiredHosts || record.upgrade) return { record, openWelcome: false, giveBack: [] };

  const kept: string[] = [];
  const needed: string[] = [];
  const givenBack: string[] = [];
  const giveBack: string[] = [];
  for (const helpdesk of facts.helpdesks) {
    // A self-hosted-only product has no address 0.1.0 could have asked for.
    if (helpdesk.matches.length === 0) continue;
    const access = helpdeskAccess(helpdesk, facts.granted, facts.switchedOff);
    if (access.state === 'on') kept.push(helpdesk.id);
    else if (access.state === 'switched-off') {
      givenBack.push(helpdesk.id);
      giveBack.push(...helpdeskGrants(helpdesk, facts.granted));
    } else if (!facts.switchedOff.includes(helpdesk.id)) needed.push(helpdesk.id);
  }
  const openWelcome = needed.length > 0;
  return {
    record: {
      ...record,
      ...(openWelcome ? { welcomedAt: now } : {}),
      upgrade: { from: facts.previousVersion!, at: now, kept, needed, givenBack },
    },
    openWelcome,
    giveBack: [...new Set(giveBack)],
  };
}
