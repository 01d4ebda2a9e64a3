import { ADAPTERS } from '@/lib/adapters/index';
import { demoAdapter } from '@/lib/adapters/demo';
import type { HelpdeskAdapter } from '@/lib/adapters/types';

/** The registry plus, in the demo build only (HEARTDESK_DEMO=1), the local demo helpdesk. */
export const activeAdapters: readonly HelpdeskAdapter[] =
  import.meta.env.HEARTDESK_DEMO === true ? [...ADAPTERS, demoAdapter] : ADAPTERS;

/**
 * The helpdesks with an address of their own to allow. Self-hosted-only products (Request
 * Tracker) have none: they are recognised by their pages on a site the agent adds.
 */
export const hostedAdapters: readonly HelpdeskAdapter[] = activeAdapters.filter(
  (adapter) => adapter.matches.length > 0,
);
