import type { HelpdeskAdapter } from '@/lib/adapters/types';
import { watchLocation } from '@/lib/dom/watch-location';

// Polling only while a ticket view is open and its reply box has not appeared yet.
const COMPOSER_POLL_MS = 50;

/**
 * The part of Heartdesk every helpdesk page pays for: a URL check on navigation
 * and, on ticket views only, a few querySelector calls until the reply box
 * exists. Then it asks for the sidebar once and steps aside. No observers.
 */
export function startDetector(
  adapter: HelpdeskAdapter,
  requestSidebar: () => void,
  signal: AbortSignal,
  win: Window = window,
  /** What the detector found so far, for the health check (called often; the listener deduplicates). */
  onCheck: (found: { ticketFound: boolean; composerFound: boolean }) => void = () => undefined,
): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let requested = false;
  const stopPolling = () => clearTimeout(timer);

  const lookForComposer = () => {
    if (signal.aborted || requested) return;
    const scope = adapter.activeTicketScope(win.document);
    if (scope && adapter.findComposer(scope)) {
      onCheck({ ticketFound: true, composerFound: true });
      requested = true;
      requestSidebar();
      return;
    }
    onCheck({ ticketFound: true, composerFound: false });
    timer = setTimeout(lookForComposer, COMPOSER_POLL_MS);
  };

  const onLocation = () => {
    stopPolling();
    if (requested || signal.aborted) return;
    if (adapter.ticketKey(new URL(win.location.href)) !== null) lookForComposer();
    else onCheck({ ticketFound: false, composerFound: false });
  };

  signal.addEventListener('abort', stopPolling, { once: true });
  watchLocation(onLocation, signal, win);
  onLocation();
}
