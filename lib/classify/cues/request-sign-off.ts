import { defineCue } from '@/lib/classify/cues/cue';

// Only a closing thanks near the end is looked at: the bounded look-ahead keeps the look-backs
// below to the last 40 characters, so a long message costs one pass (tests/regex).
const NEAR_END = String.raw`(?=[\s\S]{0,40}$)`;
// "pass on our thanks" thanks someone for something done: that is gratitude.
const NOT_PASSED_ON = String.raw`(?<!\b(?:our|my|the|his|her|their)\s)`;
const NO_EARLIER_THANKS = String.raw`(?<!\b(?:thanks|thank you|thx|grateful|appreciated?)\b[\s\S]*)`;
const AFTER_A_REQUEST = String.raw`(?<=(?:\bplease\b|\bpls\b|\b(?:can|could|would) (?:you|someone|somebody|u)\b|\bi(?:'d| would) like\b|\bi (?:want|need)\b|\?)[\s\S]*)`;
const CLOSING_THANKS = String.raw`\b(?:many thanks|thanks|thank you|thx|cheers)\b`;
// Only a name (or two words of one) after the thanks, set off by a comma, a dash or a line break.
const SIGNATURE = String.raw`(?=[!.]*(?:\s*(?:,|-+|\n)\s*[\p{L}'.-]+(?: [\p{L}'.-]+)?)?[!.\s]*$)`;

/**
 * A request signed off with a bare "Thanks" ("Please cancel my subscription before it renews.
 * Thanks, Amira"): the word is grateful, the message is not. The support corpus's train split
 * labels 52 of its 58 requests that close this way calm, and the six grateful ones pass thanks
 * on to someone ("please pass on our thanks"), which this leaves alone. On a real Request Tracker
 * ticket the sidebar said "Grateful" for a cancellation and offered it as a win. So gratitude is
 * capped under the hint, as for "thanks in advance" (polite-request), unless the message thanks
 * for something earlier on. Not quoted: it weighs, but a sign-off is not a feeling to show.
 */
export default defineCue({
  id: 'request-sign-off',
  pattern: new RegExp(
    `${NEAR_END}${NOT_PASSED_ON}${NO_EARLIER_THANKS}${AFTER_A_REQUEST}${CLOSING_THANKS}${SIGNATURE}`,
    'giu',
  ),
  ceilings: { gratitude: 0.3 },
  quoted: false,
});
