import { ADAPTERS } from '@/lib/adapters/index';
import { demoAdapter } from '@/lib/adapters/demo';
import type { HelpdeskAdapter } from '@/lib/adapters/types';

/** The registry plus, in the demo build only (HEARTDESK_DEMO=1), the local demo helpdesk. */
export const activeAdapters: readonly HelpdeskAdapter[] =
  import.meta.env.HEARTDESK_DEMO === true ? [...ADAPTERS, demoAdapter] : ADAPTERS;
