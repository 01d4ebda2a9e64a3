import { MatchPattern } from 'wxt/utils/match-patterns';
import type { HelpdeskAdapter } from './types';

/** Whether the browser would inject the content script for this adapter on `url`. */
export function matchesUrl(adapter: Pick<HelpdeskAdapter, 'matches'>, url: string | URL): boolean {
  return adapter.matches.some((pattern) => new MatchPattern(pattern).includes(url));
}
