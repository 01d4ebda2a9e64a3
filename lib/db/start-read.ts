/** Closed connections: Dexie's own error, or the browser's when a request meets a closing database. */
const CLOSED = new Set(['DatabaseClosedError', 'InvalidStateError']);

/** True when a read failed only because its database closed under it (possibly wrapped, e.g. in an AbortError). */
export function isClosedError(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 4) return false;
  const name = (error as { name?: unknown }).name;
  if (typeof name === 'string' && CLOSED.has(name)) return true;
  return isClosedError((error as { inner?: unknown }).inner, depth + 1);
}

/**
 * Starts one read of the journal for a page's effect and returns the effect's
 * cleanup. The result reaches `show` only while the effect is current. A page that
 * goes away mid-read (unmounted, unloading, or replaced because another tab wiped
 * or upgraded the journal and Dexie closed this connection) leaves reads that can
 * only fail; those failures are expected and dropped, never left as unhandled
 * rejections. Any other failure goes to `fail`, or stays visible as a rejection.
 */
export function startRead<T>(
  read: () => Promise<T>,
  show: (value: T) => void,
  fail?: (error: unknown) => void,
): () => void {
  let live = true;
  void read().then(
    (value) => {
      if (live) show(value);
    },
    (error: unknown) => {
      if (!live || isClosedError(error)) return;
      if (!fail) throw error;
      fail(error);
    },
  );
  return () => {
    live = false;
  };
}
