import { settleTimer } from '@/lib/dom/settle-timer';

/**
 * A MutationObserver scoped to one element whose bursts of mutations become one
 * callback after `delayMs` of quiet (editors mutate many nodes per keystroke).
 * Torn down with the signal, so observers never accumulate across tickets.
 */
export function observeCoalesced(
  target: Node,
  options: MutationObserverInit,
  callback: () => void,
  signal: AbortSignal,
  delayMs = 120,
): void {
  if (signal.aborted) return;
  const settled = settleTimer(delayMs, callback);
  const observer = new MutationObserver(settled.poke);
  observer.observe(target, options);
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      settled.cancel();
    },
    { once: true },
  );
}
