import { MatchPattern } from 'wxt/utils/match-patterns';
import type { HelpdeskAdapter } from './types';

/** The first adapter whose match patterns include the URL, skipping the ones the agent switched off. */
export function pickAdapter(
  adapters: readonly HelpdeskAdapter[],
  url: string,
  disabledIds: readonly string[] = [],
): HelpdeskAdapter | undefined {
  return adapters.find(
    (adapter) =>
      !disabledIds.includes(adapter.id) && adapter.matches.some((pattern) => new MatchPattern(pattern).includes(url)),
  );
}
