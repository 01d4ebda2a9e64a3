import type { RuleContext } from '@/lib/engine/rule';
import { sentenceIndexAt } from '@/lib/engine/sentences';
import type { Span } from '@/lib/engine/types';

/**
 * ", not us" names nobody: on its own the card showed the comma and "not us" rather than the words
 * that pass it on. A span that is only that tail starts where its clause does ("That's down to your
 * bank, not us", "caused by Royal Mail, not by us"), so the words shown are the sentence's own.
 */
// Without its comma only the bare "not ours" ("fix it not ours"): "not our fault" opens a clause of its own.
const NOT_US_TAIL = /^(?:,\s*not (?:(?:by|with|from) )?(?:us|ours|me|our|the|support|this)|not (?:(?:by|with|from) )?(?:us|ours|me))\b/i;
const CLAUSE_MARK = /[,;:\u2013\u2014]/;

export function withItsClause<S extends Span>(context: RuleContext, span: S): S {
  if (!NOT_US_TAIL.test(context.lintable.slice(span.start, span.end))) return span;
  const sentence = context.sentences[sentenceIndexAt(context.sentences, span.start)];
  if (!sentence) return span;
  let start = span.start;
  // The tail's own comma is not the clause's start.
  if (context.lintable[start] === ',') start--;
  while (start > sentence.start && !CLAUSE_MARK.test(context.lintable[start - 1]!)) start--;
  while (start < span.start && /\s/.test(context.lintable[start]!)) start++;
  return start < span.start ? { ...span, start } : span;
}

/** Spans that overlap or touch become one: the clause and its tail are one set of words. */
export function mergeTouching<S extends Span>(spans: S[]): S[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: S[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) {
      if (span.end > last.end) merged[merged.length - 1] = { ...last, end: span.end };
    } else merged.push(span);
  }
  return merged;
}
