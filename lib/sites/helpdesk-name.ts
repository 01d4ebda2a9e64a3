import { activeAdapters } from '@/lib/adapters/active-adapters';
import { adapterForUrl } from '@/lib/adapters/match-url';

/**
 * Where a saved ticket link lives, as the agent calls it: the helpdesk's name for a
 * supported one ("Zendesk"), else the host of a custom or unknown site. Undefined
 * for a link that is not a web address.
 */
export function helpdeskName(ticketUrl: string): string | undefined {
  try {
    const url = new URL(ticketUrl);
    return adapterForUrl(url, activeAdapters)?.name ?? url.hostname;
  } catch {
    return undefined;
  }
}
