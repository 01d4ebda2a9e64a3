import type { RewriteBuilder } from '@/lib/coach/rewrites/builder';
import { WHEN } from '@/lib/coach/rewrites/ways-forward';

/**
 * Our workload as the reason: an apology for the wait and when they will hear back take its
 * place. The rule's advice: apologise for the wait in one line, then say when.
 */
export const busy: RewriteBuilder = () => [`Sorry for the wait; you'll have an answer from me by ${WHEN}.`];
