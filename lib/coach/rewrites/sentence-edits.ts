import type { Span } from '@/lib/engine/types';

/**
 * Small edits on one sentence, shared by the rewrite builders: cut a phrase or a clause, and
 * tidy what is left so it still reads as a sentence. Text outside the edit is kept as written,
 * so the agent's facts (names, numbers, products) survive.
 */

/** Where one clause of a sentence starts and ends: commas, semicolons, colons, dashes and joining words bound it. */
const CLAUSE_BREAK = /[,;:\u2014\u2013]|\s-\s|\s(?=(?:and|but|so|because|as|which|since|though|although)\s)/g;

export function clauseAround(sentence: string, span: Span): Span {
  // A span may end on the comma or colon that closes its clause ("It's very simple:").
  const spanEnd = span.start + sentence.slice(span.start, span.end).replace(/(?<![\s,;:])[\s,;:]+$/, '').length;
  let start = 0;
  let end = sentence.length;
  for (const match of sentence.matchAll(CLAUSE_BREAK)) {
    const at = match.index;
    if (at + match[0].length <= span.start) start = at + match[0].length;
    else if (at >= spanEnd) {
      end = at;
      break;
    }
  }
  return { start, end };
}

const JOINING_MARK = /[,;:\u2014\u2013]/;
const JOINING_MARK_OR_HYPHEN = /[,;:\u2014\u2013-]/;
// Anchored at the end; the lookbehind lets only the first space of a run start a match, so
// the search stays linear on long runs (tests/regex/regex-growth.test.ts).
const TRAILING_JOIN_WORD = /(?<!\s)\s*\b(?:and|but|so|because|as|which)$/i;

/**
 * A text without what would leave it dangling at its end: spaces, the joining punctuation
 * (one mark, or a run of them when `many`), and a joining word before it ("…, and").
 * Read from the end rather than by one pattern ending in `$`, whose search is quadratic.
 */
function dropTrailingJoin(text: string, mark: RegExp, many: boolean): string {
  let end = text.trimEnd().length;
  if (end > 0 && mark.test(text[end - 1]!)) {
    end--;
    while (many && end > 0 && mark.test(text[end - 1]!)) end--;
  }
  return text.slice(0, end).trimEnd().replace(TRAILING_JOIN_WORD, '');
}

/** Removes `span` (and the joining word or punctuation before it); the rest is tidied. */
export function cut(sentence: string, span: Span): string {
  const before = dropTrailingJoin(sentence.slice(0, span.start), JOINING_MARK, false);
  const after = sentence.slice(span.end).replace(/^\s*[,;:\u2014\u2013]?\s*/, '');
  if (!before) return tidy(after);
  const glue = /^[.!?]/.test(after) || after === '' ? '' : /^(?:and|but|so|because)\b/i.test(after) ? ' ' : ', ';
  return tidy(`${before}${glue}${after}`);
}

/** Removes the whole clause holding `span`. */
export function cutClause(sentence: string, span: Span): string {
  return cut(sentence, clauseAround(sentence, span));
}

// A greeting or a short "yes" before the words cut keeps its comma (QA qa7: "Hi Lee, as I already
// explained, just click…" became "Hi Lee just click…"); "Refunds, as I said, take…" loses both.
const OPENER = /^\s*(?:hi|hello|hey|dear|thanks|thank you|yes|sure|sorry)\b[^,;:.!?]{0,30}$/i;

/** Where the run of commas and spaces ending `text` starts; a loop, since /[\s,]+$/ rescans each run (quadratic). */
function trailingCommaOrSpaceStart(text: string): number {
  let start = text.length;
  while (start > 0 && /[\s,]/.test(text[start - 1]!)) start--;
  return start;
}

/** Replaces `span` with `text`. */
export function replace(sentence: string, span: Span, text: string): string {
  const before = sentence.slice(0, span.start);
  const opener = before.slice(0, trailingCommaOrSpaceStart(before));
  if (text.trim() === '' && OPENER.test(opener) && /^[^,]*,/.test(sentence.slice(opener.length, span.end)))
    return tidy(`${opener}, ${sentence.slice(span.end).replace(/^[\s,]+/, '')}`);
  return tidy(`${before}${text}${sentence.slice(span.end)}`);
}

/** How many words a text has (blanks count as one word each). */
export function wordCount(text: string): number {
  return (text.match(/\[[^\][]*\]|[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).length;
}

/** A clause that says something on its own: three words or more. */
export const substantial = (text: string) => wordCount(text) >= 3;

/**
 * Spaces and punctuation put right, a capital at the start, end punctuation at the end,
 * and no joining word or comma left dangling at either end.
 */
export function tidy(text: string): string {
  let result = text
    .replace(/\s+/g, ' ')
    .replace(/(?<!\s)\s+([,;:.!?])/g, '$1')
    .replace(/([,;:])(?:\s*[,;:])+/g, '$1')
    .replace(/[,;:]\s*([.!?])/g, '$1')
    .trim()
    .replace(/^(?:[,;:\u2014\u2013-]\s*|(?:and|but|so|because|as|which)\b\s*,?\s*)+/i, '');
  result = dropTrailingJoin(result, JOINING_MARK_OR_HYPHEN, true);
  if (!result) return '';
  if (!/[.!?]["')\]]*$/.test(result)) result += '.';
  return capitalise(result);
}

/** The sentence without its end punctuation, to add a clause after it. */
export function withoutEnd(sentence: string): string {
  return tidy(sentence).replace(/(?<![.!?])[.!?]+["')\]]*$/, '');
}

export function capitalise(text: string): string {
  return text.replace(/^(["'(]*)(\p{Ll})/u, (_, open: string, letter: string) => open + letter.toUpperCase());
}

/** Lower-cases the first letter unless the word looks like a name or an acronym ("Dana", "USB"). */
export function lowerFirst(text: string): string {
  return text.replace(/^(\p{Lu})(\p{Ll})/u, (whole, first: string, second: string) =>
    /^(?:I|I'm|I've|I'll|I'd)\b/.test(text) ? whole : first.toLowerCase() + second,
  );
}

/** The first match of `pattern` in the sentence as a span, or null. */
export function find(sentence: string, pattern: RegExp): (Span & { groups: string[] }) | null {
  // From the start, whatever a global pattern's last search left behind (no copy: every pattern is timed where it is written).
  pattern.lastIndex = 0;
  const match = pattern.exec(sentence);
  pattern.lastIndex = 0;
  return match ? { start: match.index, end: match.index + match[0].length, groups: match.slice(1) } : null;
}
