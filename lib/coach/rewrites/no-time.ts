import type { RewriteBuilder } from '@/lib/coach/rewrites/builder';
import { find, replace, tidy, withoutEnd } from '@/lib/coach/rewrites/sentence-edits';
import { WHEN } from '@/lib/coach/rewrites/ways-forward';

/**
 * A promise or a status with no time. A promise: the agent's own promise, given a time ("soon" becomes "by [when]",
 * or the sentence says when they will hear back). Coaching: the customer should always know
 * when they will hear from us next.
 */
const VAGUE_TIME =
  /\b(?:as soon as (?:possible|we can|I can|they can)|soon|shortly|asap|in due course|eventually|at some stage|in the near future|before long|in a timely manner|at the earliest opportunity|when (?:possible|we can|I can|they can))\b/i;
const SOMEONE = /^(?:someone|somebody)\b/i;

export const vaguePromise: RewriteBuilder = ({ sentence }) => {
  const vague = find(sentence, VAGUE_TIME);
  const timed = vague ? replace(sentence, vague, `by ${WHEN}`) : tidy(`${withoutEnd(sentence)} by ${WHEN}.`);
  const someone = find(timed, SOMEONE);
  const named = someone ? replace(timed, someone, '[who]') : null;
  const updated = `${withoutEnd(sentence)}, and I'll update you by ${WHEN} either way.`;
  return [timed, named ?? tidy(updated)];
};

/** A status with no time ("Awaiting re-registration."): the agent says when they will next write. */
export const noEta: RewriteBuilder = ({ sentence }) => [
  tidy(`${withoutEnd(sentence)}, and I'll update you by ${WHEN}.`),
];
