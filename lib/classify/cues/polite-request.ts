import { defineCue } from '@/lib/classify/cues/cue';

// Thanks for something already done ("thank you so much for the refund"): with it, the message is grateful after all.
const DONE_THANKS = String.raw`\b(?:thanks|thank you|thx|many thanks)\b(?!(?: you)?(?: so much| very much)? in advance\b)`;
const REQUEST = [
  String.raw`thanks?(?: you)?(?: so much| very much)? in advance\b`,
  String.raw`tia\b`,
  String.raw`(?:would|'d|will)(?: (?:really|greatly|much|very much|so|definitely|certainly|be))* (?:appreciate|appreciated|grateful|thankful)\b`,
  String.raw`appreciated? (?:it |that |this )?if\b`,
  String.raw`(?:grateful|thankful) if\b`,
].join('|');

/**
 * Thanks for help not yet given: "thanks in advance", "I'd appreciate it if you could…",
 * "any help would be appreciated", "I'd be grateful if…". The words are grateful, the message
 * is a request: the support corpus labels them calm, not grateful (5 of 5 "thanks in advance"
 * in its train split), and the draft rules do not count them as thanks either. So gratitude is
 * capped under the hint, unless the message also thanks for something done. The request is
 * looked for first, so the look back over the message runs only where one starts.
 */
export default defineCue({
  id: 'polite-request',
  pattern: new RegExp(
    String.raw`\b(?=${REQUEST})(?<!${DONE_THANKS}[\s\S]*)(?:${REQUEST})(?![\s\S]*${DONE_THANKS})`,
    'gi',
  ),
  ceilings: { gratitude: 0.3 },
});
