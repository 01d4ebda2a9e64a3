import type { RuleContext } from '@/lib/engine/rule';
import { buildContext } from '@/lib/analysis/context';
import { whenTextMemosClear } from '@/lib/engine/text-memo';
import { findRefusals, type Refusal } from '@/lib/rules/shared/refusals';

/**
 * The pre-send check never reads a word still being typed (walk 2026-12-07 #3, item 3: "We can'"
 * ticked "can do" as "We can", and answered the "no" before it, until the "t" arrived). A draft
 * that ends inside a word (no space or mark after it yet) is judged as if that word were not
 * there: what it will become is not known, and a tick must not flip back a key later.
 */
const IN_A_WORD = /[\p{L}\p{N}'\u2019-]/u;

/** Where the word still being typed starts: the draft's length when its last word is finished. */
export function typingFrom(draft: string): number {
  let at = draft.length;
  // A loop, not /[…]+$/: that pattern retries from every letter of a long run (quadratic).
  while (at > 0 && IN_A_WORD.test(draft[at - 1]!)) at--;
  return at;
}

/**
 * The draft's refusals, as the draft reads without the word being typed: one inside that word is
 * not a "no" yet, and an answer that needs it ("We can't refund that. We can'" read as "we can")
 * is not an answer yet. Only the part from the first answered refusal on is read again, and only
 * while a word is being typed after one.
 */
export function settledRefusals(context: RuleContext): Refusal[] {
  const cut = typingFrom(context.draft);
  const refusals = findRefusals(context);
  if (cut === context.draft.length) return refusals;
  const kept = refusals.filter((refusal) => refusal.end <= cut);
  const answered = kept.filter((refusal) => refusal.hasAlternative && refusal.sentenceIndex >= 0);
  if (answered.length === 0) return kept;
  const from = Math.min(...answered.map((refusal) => context.sentences[refusal.sentenceIndex]!.start));
  const stillAnswered = answeredIn(context, context.draft.slice(from, cut));
  return kept.map((refusal) =>
    refusal.start >= from ? { ...refusal, hasAlternative: stillAnswered.has(refusal.start - from) } : refusal,
  );
}

/**
 * Where the answered refusals of `tail` start (offsets in `tail`). Its own analysis is a function
 * of its text: findRefusals reads the sentences alone (not the mood, settings or locale). While a
 * word is typed at the end of the reply, the tail (up to that word) is the same text keystroke
 * after keystroke, so the last one's answer is kept: analysing the tail again on each key cost as
 * much as the reply itself, and left the paragraph and sentence memos holding the tail, so the next
 * call found the reply's paragraphs by hashing them instead of in place (typing at the end of a
 * reply, mid-word: about 1.6-2 times the time of the same drafts closed with a full stop).
 */
function answeredIn(context: RuleContext, tail: string): ReadonlySet<number> {
  if (tail !== lastTail) {
    const { customerMessages, mood, settings, locale } = context;
    const tailContext = buildContext({ draft: tail, customerMessages, mood, settings, locale });
    lastAnswered = new Set(
      findRefusals(tailContext).flatMap((refusal) => (refusal.hasAlternative ? [refusal.start] : [])),
    );
    lastTail = tail;
  }
  return lastAnswered;
}
let lastTail: string | null = null;
let lastAnswered: ReadonlySet<number> = new Set();
whenTextMemosClear(() => {
  lastTail = null;
});
