import type { HelpdeskAdapter } from '@/lib/adapters/types';

/**
 * What the small detector hands to the sidebar bundle it asks the background to
 * inject. Both run in the extension's isolated world of the same frame, so a
 * registry symbol there is shared by them and invisible to page scripts.
 */
export interface Handoff {
  /**
   * The adapter that recognised the page (or the generic one on a site the agent
   * added). Handed over as an object so the sidebar bundle carries no adapters.
   */
  adapter: HelpdeskAdapter;
  /** The page is on a site the agent added (its host may then show in the health check). */
  customSite?: boolean;
  /** Stops the detector and, through it, the sidebar (a second injection replaces both). */
  stopDetector?: () => void;
  /** Stops the sidebar bundle's watcher and removes its host. */
  stopSidebar?: () => void;
}

const KEY = Symbol.for('heartdesk.handoff');

export function readHandoff(scope: object = globalThis): Handoff | undefined {
  return (scope as Record<symbol, Handoff | undefined>)[KEY];
}

export function writeHandoff(handoff: Handoff, scope: object = globalThis): void {
  (scope as Record<symbol, Handoff | undefined>)[KEY] = handoff;
}
