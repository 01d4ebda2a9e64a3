import type { Span } from '../../engine/types';

/**
 * Every match of a global pattern in the lintable text. A named group `flag`
 * (pattern compiled with the `d` flag) narrows the reported span to that group,
 * so a pattern can read context ("we can't wait") while flagging only part of it.
 */
export function matchSpans(text: string, pattern: RegExp): Span[] {
  const spans: Span[] = [];
  pattern.lastIndex = 0;
  for (const match of text.matchAll(pattern)) {
    const flagged = match.indices?.groups?.flag;
    if (flagged) spans.push({ start: flagged[0], end: flagged[1] });
    else spans.push({ start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

/** Escapes user-provided words (custom jargon) for a `u` pattern, where a needless escape like `\-` is an error. */
export function escapePattern(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
