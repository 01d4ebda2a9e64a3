import type { HelpdeskAdapter } from '@/lib/adapters/types';
import { normalizeOrigin, originPattern, listedSite, type CustomSite } from '@/lib/sites/custom-sites';
import { helpdeskAccess } from '@/lib/sites/helpdesk-access';
import { formatPattern, hostCovers, parsePattern, patternCovers } from '@/lib/sites/match-pattern-cover';

/**
 * What the toolbar popup offers for the page it was opened on (issue 18 item 4).
 * On a built-in helpdesk not yet allowed: that helpdesk on this host only (the
 * company's own subdomain, not every company's). On any other web page: this one
 * site, every port. Nothing on pages Heartdesk already runs on, or cannot run on.
 */
export type SiteOffer =
  | { kind: 'none' }
  | { kind: 'on'; name: string }
  | { kind: 'helpdesk'; helpdeskId: string; name: string; host: string; origins: string[] }
  | { kind: 'site'; origin: string; host: string; needsAccessAgain: boolean };

export interface OfferFacts {
  url: string | undefined;
  helpdesks: ReadonlyArray<Pick<HelpdeskAdapter, 'id' | 'name' | 'matches'>>;
  granted: readonly string[];
  switchedOff: readonly string[];
  sites: readonly CustomSite[];
}

export function siteOffer(facts: OfferFacts): SiteOffer {
  let url: URL;
  try {
    url = new URL(facts.url ?? '');
  } catch {
    return { kind: 'none' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { kind: 'none' };
  const scheme = url.protocol.slice(0, -1) as 'http' | 'https';
  const page = { scheme, host: url.hostname, path: '/*' };

  for (const helpdesk of facts.helpdesks) {
    const own = helpdesk.matches
      .map(parsePattern)
      .filter((pattern) => pattern !== null && (pattern.scheme === scheme || pattern.scheme === '*'))
      .filter((pattern) => hostCovers(pattern!.host, url.hostname));
    if (own.length === 0) continue;
    const narrowed = {
      id: helpdesk.id,
      matches: own.map((pattern) => formatPattern({ ...pattern!, scheme, host: url.hostname })),
    };
    if (helpdeskAccess(narrowed, facts.granted, facts.switchedOff).state === 'on')
      return { kind: 'on', name: helpdesk.name };
    return {
      kind: 'helpdesk',
      helpdeskId: helpdesk.id,
      name: helpdesk.name,
      host: url.hostname,
      origins: narrowed.matches,
    };
  }

  const checked = normalizeOrigin(url.origin);
  if (!checked.ok) return { kind: 'none' };
  const listed = listedSite(checked.origin, facts.sites);
  const grants = facts.granted.map(parsePattern).filter((grant) => grant !== null);
  const granted = grants.some((grant) => patternCovers({ ...grant!, path: '/*' }, page));
  if (listed && granted) return { kind: 'on', name: url.host };
  return { kind: 'site', origin: checked.origin, host: url.host, needsAccessAgain: listed !== undefined };
}

/** The grant a "site" offer asks for, as the options page names it. */
export const offerPattern = (origin: string): string => originPattern(origin);
