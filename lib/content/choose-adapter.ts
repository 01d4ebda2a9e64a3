import { adapterForUrl } from '@/lib/adapters/match-url';
import { genericAdapter } from '@/lib/adapters/generic';
import { onOwnServer, recogniseSelfHosted } from '@/lib/adapters/self-hosted';
import type { HelpdeskAdapter } from '@/lib/adapters/types';

/**
 * Which reader a page gets: a built-in helpdesk by its address; on a site the
 * agent added, the self-hosted product the page itself shows (Request Tracker,
 * Zammad, Chatwoot), else generic detection; elsewhere nothing.
 */
export function chooseAdapter(
  doc: Document,
  adapters: readonly HelpdeskAdapter[],
  isCustomSite: (origin: string) => boolean,
): HelpdeskAdapter | null {
  const { href, origin } = doc.location;
  const builtIn = adapterForUrl(href, adapters);
  if (builtIn) return builtIn;
  if (!isCustomSite(origin)) return null;
  const recognised = recogniseSelfHosted(doc, adapters);
  return recognised ? onOwnServer(recognised, origin) : genericAdapter(origin);
}
