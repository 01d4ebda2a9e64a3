import type { RuleContext } from '@/lib/engine/rule';
import type { Quote } from '@/lib/engine/types';
import { quoteEnd } from '@/lib/analysis/first-clean-match';
import { typingFrom } from '@/lib/analysis/checklist-typing';
import { ALTERNATIVE_CUE, DURATION_CUE, FOLLOW_UP_CUE, TIME_CUE, WE_ACT_CUE } from '@/lib/rules/shared/cues';
import type { Refusal } from '@/lib/rules/shared/refusals';

/**
 * The words that answer a "no", for the tick of "Any 'no' says who can help, or when" (QA qa7: the
 * only tick with no quote): the first helper, offer or time after the "no", in its sentence or the
 * ones after it, run on to the end of their clause ("but our returns team can swap it by Friday").
 * The refusal finder says whether a "no" is answered; this only says where, so it never ticks.
 */
const ANSWER_CUES = [ALTERNATIVE_CUE, FOLLOW_UP_CUE, WE_ACT_CUE, TIME_CUE, DURATION_CUE];
const LOOK_AHEAD = 3;
const CLAUSE_BREAK = /[,;:.!?\n]/;

/** The earliest cue in `text`: where it starts and ends. */
function firstCue(text: string): { start: number; end: number } | undefined {
  let first: { start: number; end: number } | undefined;
  for (const cue of ANSWER_CUES) {
    const match = cue.exec(text);
    if (match && (!first || match.index < first.start))
      first = { start: match.index, end: match.index + match[0].length };
  }
  return first;
}

export function answerOf(context: RuleContext, refusal: Refusal): Quote | undefined {
  const last = Math.min(context.sentences.length - 1, refusal.sentenceIndex + LOOK_AHEAD);
  const cut = typingFrom(context.draft);
  for (let index = Math.max(refusal.sentenceIndex, 0); index <= last; index++) {
    const sentence = context.sentences[index]!;
    const from = Math.max(refusal.end, sentence.start) - sentence.start;
    // A word still being typed is never quoted (checklist-typing.ts).
    const text = context.draft.slice(sentence.start, Math.min(sentence.end, cut));
    const cue = firstCue(text.slice(from));
    if (!cue) continue;
    // From the start of the cue's clause: "Our billing team can reverse it", not "team can reverse it".
    let start = from + cue.start;
    while (start > from && !CLAUSE_BREAK.test(text[start - 1]!)) start--;
    while (/\s/.test(text[start] ?? '')) start++;
    const end = quoteEnd(text, from + cue.end);
    return { start: sentence.start + start, end: sentence.start + end, text: text.slice(start, end) };
  }
  return undefined;
}
