import { adapterForUrl } from '@/lib/adapters/match-url';
import type { HelpdeskAdapter } from '@/lib/adapters/types';

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
