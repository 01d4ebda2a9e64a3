import type { RuleContext, RuleFinding } from '@/lib/engine/rule';
import { sentenceMemo } from '@/lib/engine/sentence-facts';
import type { Quote, Span } from '@/lib/engine/types';
import { matchSpans } from '@/lib/rules/shared/match-spans';
import { typingFrom } from '@/lib/analysis/checklist-typing';

/**
 * The pre-send ticks look for words that earn them ("I'll refund", "by Friday"). Words inside
 * a flagged problem never earn a tick: "there's nothing I can do" holds "I can do", and "the
 * system won't let me" holds "let me" (issue 14: an excuse-only draft was ticked "You say
 * what you can do").
 */
const TICKS_NEVER_EARNED_BY = new Set([
  'excuse',
  'no-alternative',
  'blame',
  'commanding',
  'condescension',
  'uncertainty',
]);

/** Spans where a pattern matches inside one sentence's text (offsets relative to the sentence). */
export type SentenceScan = (text: string) => Span[];

export function scanAll(patterns: readonly RegExp[]): SentenceScan {
  const globals = patterns.map(
    (pattern) => new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`),
  );
  return (text) => {
    const spans: Span[] = [];
    // exec on the private global patterns: matchAll would clone each RegExp on every call.
    for (const pattern of globals) matchSpans(text, pattern, 0, spans);
    return spans.sort((a, b) => a.start - b.start);
  };
}

// "I can [what you can do]": a blank left from a suggested rewrite promises nothing yet.
// The quote runs on to the end of the clause, so it reads as what was said ("I can book Saturday for you").
// The marks , ; : . ! ? and a line break, by char code: a regex test per character, on a
// one-character string made for it, was most of this file's time on every call.
const endsAClause = (code: number) =>
  code === 44 || code === 59 || code === 58 || code === 46 || code === 33 || code === 63 || code === 10;
const MAX_QUOTE_CHARS = 60;

const WORD_CHAR = /[\p{L}\p{N}'’]/u;

// What /\d/ reads (ASCII digits); NaN, past either end of the text, is none.
const isDigit = (code: number) => code >= 48 && code <= 57;

/** "£7.99", "10:20" and "1,850" run on: a mark between digits ends no clause ("I've refunded the £7" misquoted). */
function endsClause(text: string, at: number): boolean {
  return endsAClause(text.charCodeAt(at)) && !(isDigit(text.charCodeAt(at - 1)) && isDigit(text.charCodeAt(at + 1)));
}

export function quoteEnd(text: string, end: number): number {
  let at = end;
  while (at < text.length && at - end < MAX_QUOTE_CHARS && !endsClause(text, at)) at++;
  // Cut at the length limit, the quote ends on the last whole word ("so we can check the", not "…the charg").
  if (at < text.length && at > end && WORD_CHAR.test(text[at]!) && WORD_CHAR.test(text[at - 1]!)) {
    const space = text.lastIndexOf(' ', at);
    if (space > end) at = space;
  }
  return text.slice(end, at).trim() === '' ? end : end + text.slice(end, at).trimEnd().length;
}

const NO_BLANKS: readonly Span[] = [];

/**
 * The "[…]" blanks of a sentence, found in one pass: a position is inside one when the last
 * "[" before it is not closed before it. Checking that by slicing the text before each match
 * made a long sentence of repeated matches quadratic (70 ms on 20,000 characters of "we can").
 */
function blankRanges(text: string): readonly Span[] {
  // Most sentences hold no "[": one native search instead of a walk over every character, per call and finder.
  if (text.indexOf('[') === -1) return NO_BLANKS;
  const ranges: Span[] = [];
  let open = -1;
  for (let at = 0; at < text.length; at++) {
    if (text[at] === '[' && open < 0) open = at;
    else if (text[at] === ']' && open >= 0) {
      ranges.push({ start: open, end: at });
      open = -1;
    }
  }
  if (open >= 0) ranges.push({ start: open, end: Number.POSITIVE_INFINITY });
  return ranges;
}

// Sticky, so it reads from the match's end without copying the rest of the sentence.
const BLANK_AFTER = /\s{0,20}\[/y;

function beforeABlank(text: string, end: number): boolean {
  BLANK_AFTER.lastIndex = end;
  return BLANK_AFTER.test(text);
}

function overlapsProblem(span: Span, problems: readonly Span[]): boolean {
  return problems.some((problem) => span.start < problem.end && problem.start < span.end);
}

/** Builds a finder that remembers each sentence's matches (typing only changes a sentence or two). */
export function firstCleanMatch(
  scan: SentenceScan,
): (context: RuleContext, raw: readonly RuleFinding[]) => Quote | null {
  const memo = sentenceMemo<Span[]>();
  return (context, raw) => {
    const problems = raw.filter((finding) => TICKS_NEVER_EARNED_BY.has(finding.category));
    // A word still being typed earns no tick ("We can'" is not "we can"): checklist-typing.ts.
    const typing = typingFrom(context.draft);
    for (let index = 0; index < context.sentences.length; index++) {
      const sentence = context.sentences[index]!;
      const matches = memo(context, index, scan);
      if (matches.length === 0) continue;
      const blanks = blankRanges(sentence.text);
      let blank = 0;
      for (const local of matches) {
        // Matches come in order, so the blanks are walked once.
        while (blank < blanks.length && blanks[blank]!.end < local.start) blank++;
        const inside = blank < blanks.length && blanks[blank]!.start < local.start;
        if (inside || beforeABlank(sentence.text, local.end)) continue;
        const span = { start: sentence.start + local.start, end: sentence.start + local.end };
        if (span.end > typing || overlapsProblem(span, problems)) continue;
        const end = sentence.start + quoteEnd(sentence.text, local.end);
        return { start: span.start, end, text: context.draft.slice(span.start, end) };
      }
    }
    return null;
  };
}

/**
 * Tiers of evidence, strongest first: the first tier with a clean match anywhere in the draft
 * earns the tick, so a later real action beats an earlier framing ("Here is what I have done
 * today: I refunded…" quotes the refund).
 */
export function firstCleanMatchOf(
  tiers: readonly SentenceScan[],
): (context: RuleContext, raw: readonly RuleFinding[]) => Quote | null {
  const finders = tiers.map(firstCleanMatch);
  return (context, raw) => {
    for (const find of finders) {
      const found = find(context, raw);
      if (found) return found;
    }
    return null;
  };
}
