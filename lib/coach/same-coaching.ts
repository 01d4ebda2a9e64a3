import type { TicketCoaching } from '@/lib/coach/coaching-state';

/**
 * Whether two coaching states say the same. The coach returns a new object each time; the
 * sidebar stores it only when it differs, so rendering settles after one round.
 */
export function sameCoaching(a: TicketCoaching, b: TicketCoaching): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
