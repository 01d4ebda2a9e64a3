import { adapterForUrl } from './match-url';
import type { HelpdeskAdapter } from './types';

/** The URL itself when it is a ticket view of a known helpdesk, else undefined. */
export function ticketLinkFor(adapters: readonly HelpdeskAdapter[], url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const adapter = adapterForUrl(url, adapters);
    return adapter?.ticketKey(new URL(url)) ? url : undefined;
  } catch {
    return undefined;
  }
}
