import { MatchPattern } from 'wxt/utils/match-patterns';
import { ADAPTERS } from '@/lib/adapters/index';
import type { HelpdeskAdapter } from '@/lib/adapters/types';

/** Whether the browser would inject the content script for this adapter on `url`. */
export function matchesUrl(adapter: Pick<HelpdeskAdapter, 'matches'>, url: string | URL): boolean {
  return adapter.matches.some((pattern) => new MatchPattern(pattern).includes(url));
}

/** The built-in adapter for a page, or null (then a custom site uses `genericAdapter`). */
export function adapterForUrl(
  url: string | URL,
  adapters: readonly HelpdeskAdapter[] = ADAPTERS,
): HelpdeskAdapter | null {
  return adapters.find((adapter) => matchesUrl(adapter, url)) ?? null;
}
