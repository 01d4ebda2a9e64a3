import type { HelpdeskAdapter } from '@/lib/adapters/types';
import { SETTLE_MS } from '@/lib/content/settle';
import { watchLocation } from '@/lib/dom/watch-location';

// Quick at first (the reply box is often there at once), then backing off: on a ticket view
// where nothing is found yet, each look may scan the page (generic detection).
const LOOK_DELAYS_MS = [50, 100, 200, 400, 800, 1_600];
const SLOW_LOOK_MS = 3_000;

export interface DetectorOptions {
  /** The agent showed Heartdesk this site once: its ticket pages get the sidebar even when nothing is read. */
  hasRecipe?: boolean;
  /** What the detector found so far, for the health check (called often; the listener deduplicates). */
  onCheck?: (found: { ticketFound: boolean; composerFound: boolean }) => void;
}

/**
 * The part of Heartdesk every helpdesk page pays for: a URL check on navigation
 * and, on ticket views only, a few looks until something can be read — the reply
 * box, the customer's messages or a note box — or, where the address names a
 * ticket, until the page had time to render (the sidebar then says what it could
 * not find). Then it asks for the sidebar once and steps aside. No observers.
 */
export function startDetector(
  adapter: HelpdeskAdapter,
  requestSidebar: () => void,
  signal: AbortSignal,
  win: Window = window,
  { hasRecipe = false, onCheck = () => undefined }: DetectorOptions = {},
): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let requested = false;
  let looks = 0;
  let openedAt = 0;
  let namesTicket = false;
  const stopLooking = () => clearTimeout(timer);

  const somethingToRead = (scope: Element) =>
    adapter.findComposer(scope) !== null ||
    (adapter.findNoteBox?.(scope) ?? null) !== null ||
    adapter.customerMessages(scope).length > 0;

  const look = () => {
    if (signal.aborted || requested) return;
    const scope = adapter.activeTicketScope(win.document);
    const composerFound = scope !== null && adapter.findComposer(scope) !== null;
    onCheck({ ticketFound: true, composerFound });
    const settled = Date.now() - openedAt >= SETTLE_MS;
    if ((scope && (composerFound || somethingToRead(scope))) || (settled && (namesTicket || hasRecipe))) {
      requested = true;
      requestSidebar();
      return;
    }
    timer = setTimeout(look, LOOK_DELAYS_MS[looks++] ?? SLOW_LOOK_MS);
  };

  const onLocation = () => {
    stopLooking();
    if (requested || signal.aborted) return;
    const url = new URL(win.location.href);
    if (adapter.ticketKey(url) === null) {
      onCheck({ ticketFound: false, composerFound: false });
      return;
    }
    looks = 0;
    openedAt = Date.now();
    namesTicket = adapter.urlNamesTicket?.(url) ?? true;
    look();
  };

  signal.addEventListener('abort', stopLooking, { once: true });
  watchLocation(onLocation, signal, win);
  onLocation();
}
