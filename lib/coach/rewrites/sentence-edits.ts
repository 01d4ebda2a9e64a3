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
  const spanEnd = span.start + sentence.slice(span.start, span.end).replace(/[\s,;:]+$/, '').length;
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

/** Removes `span` (and the joining word or punctuation before it); the rest is tidied. */
export function cut(sentence: string, span: Span): string {
  const before = sentence
    .slice(0, span.start)
    .replace(/\s*(?:\b(?:and|but|so|because|as|which)\s*)?[,;:\u2014\u2013]?\s*$/i, '');
  const after = sentence.slice(span.end).replace(/^\s*[,;:\u2014\u2013]?\s*/, '');
  if (!before) return tidy(after);
  const glue = /^[.!?]/.test(after) || after === '' ? '' : /^(?:and|but|so|because)\b/i.test(after) ? ' ' : ', ';
  return tidy(`${before}${glue}${after}`);
}

/** Removes the whole clause holding `span`. */
export function cutClause(sentence: string, span: Span): string {
  return cut(sentence, clauseAround(sentence, span));
}

/** Replaces `span` with `text`. */
export function replace(sentence: string, span: Span, text: string): string {
  return tidy(`${sentence.slice(0, span.start)}${text}${sentence.slice(span.end)}`);
}

/** How many words a text has (blanks count as one word each). */
export function wordCount(text: string): number {
  return (text.match(/\[[^\]]*\]|[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).length;
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
    .replace(/\s+([,;:.!?])/g, '$1')
    .replace(/([,;:])(?:\s*[,;:])+/g, '$1')
    .replace(/[,;:]\s*([.!?])/g, '$1')
    .trim()
    .replace(/^(?:[,;:\u2014\u2013-]\s*|(?:and|but|so|because|as|which)\b\s*,?\s*)+/i, '')
    .replace(/\s*(?:\b(?:and|but|so|because|as|which)\s*)?[,;:\u2014\u2013-]*\s*$/i, '');
  if (!result) return '';
  if (!/[.!?]["')\]]*$/.test(result)) result += '.';
  return capitalise(result);
}

/** The sentence without its end punctuation, to add a clause after it. */
export function withoutEnd(sentence: string): string {
  return tidy(sentence).replace(/[.!?]+["')\]]*$/, '');
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
  const match = new RegExp(pattern.source, pattern.flags.replace('g', '')).exec(sentence);
  return match ? { start: match.index, end: match.index + match[0].length, groups: match.slice(1) } : null;
}
