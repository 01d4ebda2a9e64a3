import { perAnalysis, type RuleContext } from '@/lib/engine/rule';
import { phrasesAtWordStart } from '@/lib/engine/phrases';
import { sentenceMemo } from '@/lib/engine/sentence-facts';
import { TIME_CUE } from '@/lib/rules/shared/cues';

/**
 * Times that are not times, and times that are, for the uncertainty-* rules (issue 15: "next
 * step needs an action or a concrete time; 'soon', 'ASAP' and 'shortly' don't count").
 */
export const VAGUE_TIME =
  "(?:soon(?! as\\b)|shortly|asap|in due course|as soon as (?:possible|we can|I can|they can)|eventually|at some stage|in the near future|before long|in a timely manner|at the earliest opportunity|when (?:possible|we can|I can|they can)|when (?:they|we|I|someone) (?:have|has|get|gets) (?:a moment|time|a chance)|when (?:it's|it is|they're|they are) ready|as soon as (?:they|we|he|she)(?:'re| are| is) able|when time (?:permits|allows)|whenever that (?:is|will be|may be))";

// A vague time hides inside TIME_CUE's "as soon as we…": taken out before looking for a real one.
const VAGUE_TIME_WORDS = phrasesAtWordStart([VAGUE_TIME], 'gi');
/** Times TIME_CUE leaves out: "by 5 pm", "every Friday", "3-5 working days", and the blank a suggested rewrite leaves. */
const MORE_TIMES = phrasesAtWordStart(
  [
    "by \\d{1,2}(?:[:.]\\d{2})? ?(?:am|pm|o'clock)?\\b",
    'no later than\\b',
    'by \\[when\\]',
    'every (?:day|morning|evening|week|\\w+day)\\b',
    '\\d+ ?(?:-|to) ?\\d+ (?:working |business |calendar )?(?:minutes|hours|days|weeks|bd)\\b',
  ],
  'i',
);
/** An event the agent waits for before acting: "I'll email you once the parcel arrives", "after the visit". */
const EVENT =
  /\b(?:after|once|when) (?:the|your|it|they|he|she) (?:\w+ )?(?:visit|call|arrives?|lands?|is|are|comes?|reply|replies|scans?|gets?|goes)\b/i;

/** A clock or calendar time in `text`, or the blank a suggested rewrite leaves for one. */
export function clockTime(text: string): boolean {
  const plain = text.replace(VAGUE_TIME_WORDS, ' ');
  return TIME_CUE.test(plain) || MORE_TIMES.test(plain);
}
const clockIn = sentenceMemo<boolean>();
const whenIn = sentenceMemo<boolean>();

const clockOrEvent = (text: string) => clockTime(text) || EVENT.test(text);

/** A clock or calendar time anywhere in the reply ("usually 3-5 working days", "by Friday"). */
export const draftNamesClockTime = (context: RuleContext) =>
  context.sentences.some((_, index) => clockIn(context, index, clockTime));

/** A time or an awaited event anywhere in the reply: "I've booked the engineer for Tuesday. I'll keep you updated" names when. */
export const draftNamesTime = perAnalysis((context) => {
  for (let index = 0; index < context.sentences.length; index++) if (whenIn(context, index, clockOrEvent)) return true;
  return false;
});
