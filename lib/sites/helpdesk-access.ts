import type { HelpdeskAdapter } from '@/lib/adapters/types';
import type { PermissionsApi } from '@/lib/sites/custom-sites';
import { formatPattern, originOf, originsOverlap, parsePattern } from '@/lib/sites/match-pattern-cover';

/**
 * A built-in helpdesk is on when the browser grants some of its hosts and the
 * agent has not switched it off (the older per-helpdesk switch, still honoured).
 * Nothing is granted at install (issue 18): one click asks for exactly that
 * helpdesk's patterns, and turning it off gives the grant back.
 */

type Helpdesk = Pick<HelpdeskAdapter, 'id' | 'matches'>;

export type HelpdeskState = 'on' | 'off' | 'switched-off';

export interface HelpdeskAccess {
  state: HelpdeskState;
  /** The grants that reach this helpdesk, exactly as the browser lists them. */
  grants: string[];
}

/** Granted origins that reach some page of the helpdesk (its own wildcard, or one company's subdomain). */
export function helpdeskGrants(helpdesk: Pick<Helpdesk, 'matches'>, granted: readonly string[]): string[] {
  const own = helpdesk.matches.map(parsePattern).flatMap((pattern) => (pattern ? [originOf(pattern)] : []));
  return granted.filter((grant) => {
    const parsed = parsePattern(grant);
    return parsed !== null && parsed.host !== '*' && own.some((origin) => originsOverlap(origin, parsed));
  });
}

export function helpdeskAccess(
  helpdesk: Helpdesk,
  granted: readonly string[],
  switchedOff: readonly string[],
): HelpdeskAccess {
  const grants = helpdeskGrants(helpdesk, granted);
  if (grants.length === 0) return { state: 'off', grants };
  return { state: switchedOff.includes(helpdesk.id) ? 'switched-off' : 'on', grants };
}

/** The origins a helpdesk's grant covers, for the prompt: exactly its patterns, no more. */
export function helpdeskRequest(helpdesk: Pick<Helpdesk, 'matches'>): { origins: string[] } {
  return { origins: [...helpdesk.matches] };
}

/**
 * Call first thing in the click handler (the prompt needs the click's gesture).
 * True when the browser granted it; a refusal changes nothing.
 */
export function askForHelpdesk(helpdesk: Pick<Helpdesk, 'matches'>, permissions: PermissionsApi): Promise<boolean> {
  return permissions.request(helpdeskRequest(helpdesk));
}

/** Gives back every grant that reaches the helpdesk; the background's sync then unregisters its detector. */
export async function giveBackHelpdesk(
  helpdesk: Pick<Helpdesk, 'matches'>,
  permissions: Pick<PermissionsApi, 'remove'>,
  granted: readonly string[],
): Promise<boolean> {
  const grants = helpdeskGrants(helpdesk, granted);
  return grants.length === 0 ? true : permissions.remove({ origins: grants });
}

/** `https://*.zendesk.com/agent/*` → `https://*.zendesk.com/*`: what a grant of this helpdesk is listed as. */
export function helpdeskOrigins(helpdesk: Pick<Helpdesk, 'matches'>): string[] {
  const origins = helpdesk.matches
    .map(parsePattern)
    .flatMap((pattern) => (pattern ? [formatPattern(originOf(pattern))] : []));
  return [...new Set(origins)];
}
