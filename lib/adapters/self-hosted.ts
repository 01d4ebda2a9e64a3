import type { HelpdeskAdapter } from '@/lib/adapters/types';

/**
 * Self-hosted helpdesks live at the customer's own address, so no match pattern
 * can name them (issue 13, must have 2). On a site the agent added, the page
 * itself says which product it is: each adapter with `selfHosted` recognises its
 * product's markers, and only when none does is generic detection used.
 */

/** The first adapter whose product this page is, in registry order; null for an unknown product. */
export function recogniseSelfHosted(doc: Document, adapters: readonly HelpdeskAdapter[]): HelpdeskAdapter | null {
  for (const adapter of adapters) {
    try {
      if (adapter.selfHosted?.recognise(doc)) return adapter;
    } catch {
      // A recogniser that trips over an odd page must not keep the others, or generic detection, from running.
    }
  }
  return null;
}

/** The adapter bound to one customer's server: it matches and keys tickets on that origin only. */
export function onOwnServer(adapter: HelpdeskAdapter, origin: string): HelpdeskAdapter {
  const recognition = adapter.selfHosted;
  if (!recognition) throw new Error(`${adapter.id} has no page recognition`);
  const { protocol, host } = new URL(origin);
  return {
    ...adapter,
    matches: [`${protocol}//${host}/*`],
    ticketKey: (url) => (url.host === host ? recognition.ticketKey(url) : null),
  };
}
