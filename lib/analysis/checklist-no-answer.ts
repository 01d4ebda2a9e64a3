import type { RuleContext } from '@/lib/engine/rule';
import type { Quote } from '@/lib/engine/types';
import { quoteEnd } from '@/lib/analysis/first-clean-match';
import { typingFrom } from '@/lib/analysis/checklist-typing';
import { ALTERNATIVE_CUE, DURATION_CUE, FOLLOW_UP_CUE, TIME_CUE, WE_ACT_CUE } from '@/lib/rules/shared/cues';
import type { Refusal } from '@/lib/rules/shared/refusals';
import { textMemo } from '@/lib/engine/text-memo';

/**
 * The words that answer a "no", for the tick of "Any 'no' says who can help, or when" (QA qa7: the
 * only tick with no quote): the first helper, offer or time after the "no", in its sentence or the
 * ones after it, run on to the end of their clause ("but our returns team can swap it by Friday").
 * An answer may come first ("I can offer you store credit, but we can't refund a sale item": the
 * walk of 2026-12-07 found that tick bare), so when nothing follows, the words before the "no" in its
 * sentence are read, then the rest of the reply after it (an offer further on answers it too; one in
 * an earlier sentence does not, by the refusal finder's reading).
 * The refusal finder says whether a "no" is answered; this only says where, so it never ticks.
 */
const ANSWER_CUES = [ALTERNATIVE_CUE, FOLLOW_UP_CUE, WE_ACT_CUE, TIME_CUE, DURATION_CUE];
const LOOK_AHEAD = 3;
const CLAUSE_BREAK = /[,;:.!?\n]/;

/** A clause ends at a stop or comma, but not one inside a number ("€18.50", "1,200"). */
function clauseBreakAt(text: string, index: number): boolean {
  const char = text[index]!;
  if (!CLAUSE_BREAK.test(char)) return false;
  return !((char === '.' || char === ',') && /\d/.test(text[index - 1] ?? '') && /\d/.test(text[index + 1] ?? ''));
}

type Cue = { readonly start: number; readonly end: number };

/** The earliest cue in `text`: where it starts and ends. */
function findFirstCue(text: string): Cue | null {
  let first: Cue | null = null;
  for (const cue of ANSWER_CUES) {
    const match = cue.exec(text);
    if (match && (!first || match.index < first.start))
      first = { start: match.index, end: match.index + match[0].length };
  }
  return first;
}

// Every call reads the stretches after the reply's first "no" again, five long patterns each, while
// the agent types elsewhere: each stretch's answer is kept by its text (null: no cue in it).
const cues = textMemo<Cue | null>();

function firstCue(text: string): Cue | null {
  let cue = cues.get(text);
  if (cue === undefined) {
    cue = findFirstCue(text);
    cues.set(text, cue);
  }
  return cue;
}

/**
 * The answer's clause in one stretch of the reply (sentence `index`, from `from` up to `to`, offsets
 * in the sentence), never past its end (so never into the "no" it answers).
 */
function quoteIn(context: RuleContext, index: number, from: number, to: number, cut: number): Quote | undefined {
  const sentence = context.sentences[index]!;
  // A word still being typed is never quoted (checklist-typing.ts).
  const text = context.draft.slice(sentence.start, Math.min(sentence.start + to, sentence.end, cut));
  if (from >= text.length) return undefined;
  const cue = firstCue(text.slice(from));
  if (!cue) return undefined;
  // From the start of the cue's clause: "Our billing team can reverse it", not "team can reverse it".
  let start = from + cue.start;
  while (start > from && !clauseBreakAt(text, start - 1)) start--;
  while (/\s/.test(text[start] ?? '')) start++;
  const end = quoteEnd(text, from + cue.end);
  return { start: sentence.start + start, end: sentence.start + end, text: text.slice(start, end) };
}

/**
 * The stretches to read, in order: after the "no" nearby, before it in its sentence, then the rest of
 * the reply after it. Walked one at a time: the first usually answers, and building the list for
 * every later sentence on every call was most of what this allocated.
 */
function firstAnswer(context: RuleContext, refusal: Refusal, cut: number): Quote | undefined {
  const own = Math.max(refusal.sentenceIndex, 0);
  const sentence = context.sentences[own]!;
  const count = context.sentences.length;
  const near = Math.min(count - 1, own + LOOK_AHEAD);
  const after = quoteIn(context, own, Math.max(refusal.end - sentence.start, 0), Number.POSITIVE_INFINITY, cut);
  if (after) return after;
  for (let index = own + 1; index <= near; index++) {
    const quote = quoteIn(context, index, 0, Number.POSITIVE_INFINITY, cut);
    if (quote) return quote;
  }
  const before = quoteIn(context, own, 0, Math.max(refusal.start - sentence.start, 0), cut);
  if (before) return before;
  for (let index = near + 1; index < count; index++) {
    const quote = quoteIn(context, index, 0, Number.POSITIVE_INFINITY, cut);
    if (quote) return quote;
  }
  return undefined;
}

export function answerOf(context: RuleContext, refusal: Refusal): Quote | undefined {
  if (!context.sentences[Math.max(refusal.sentenceIndex, 0)]) return undefined;
  return firstAnswer(context, refusal, typingFrom(context.draft));
}
