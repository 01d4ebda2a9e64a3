import type { RuleContext } from '@/lib/engine/rule';
import { buildContext } from '@/lib/analysis/context';
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
  const { customerMessages, mood, settings, locale } = context;
  const tail = buildContext({ draft: context.draft.slice(from, cut), customerMessages, mood, settings, locale });
  const stillAnswered = new Set(
    findRefusals(tail).flatMap((refusal) => (refusal.hasAlternative ? [refusal.start + from] : [])),
  );
  return kept.map((refusal) =>
    refusal.start >= from ? { ...refusal, hasAlternative: stillAnswered.has(refusal.start) } : refusal,
  );
}
