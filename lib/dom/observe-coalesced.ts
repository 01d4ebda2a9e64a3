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
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver(() => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      callback();
    }, delayMs);
  });
  observer.observe(target, options);
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      if (timer !== undefined) clearTimeout(timer);
    },
    { once: true },
  );
}
