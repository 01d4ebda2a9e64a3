import type { HelpdeskAdapter } from '@/lib/adapters/types';

/**
 * Helpdesks with addresses of their own, which the agent turns on with one grant.
 * A self-hosted-only adapter (Request Tracker) has none: it is reached through a
 * site the agent adds and recognised by its page, so grant lists leave it out.
 */
export function hostedHelpdesks<T extends Pick<HelpdeskAdapter, 'matches'>>(adapters: readonly T[]): T[] {
  return adapters.filter((adapter) => adapter.matches.length > 0);
}
