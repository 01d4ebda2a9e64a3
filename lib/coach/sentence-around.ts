import type { Span } from '@/lib/engine/types';

/**
 * Where the sentence holding `span` starts and ends in the draft, and whether it is finished
 * (end punctuation or a line break after the span). Cheaper than splitting the whole draft:
 * the coach only asks about the few findings it may show.
 */
const END = /[.!?\n]/;

export interface SentenceBounds extends Span {
  finished: boolean;
}

export function sentenceAround(draft: string, span: Span): SentenceBounds {
  let start = span.start;
  while (start > 0) {
    const before = draft[start - 1]!;
    if (before === '\n' || (/[.!?]/.test(before) && /\s/.test(draft[start] ?? ' '))) break;
    start--;
  }
  while (start < span.start && /\s/.test(draft[start]!)) start++;
  // A flagged "I think so?" ends its own sentence.
  let end = /[.!?]$/.test(draft.slice(span.start, span.end)) ? span.end - 1 : span.end;
  while (end < draft.length && !END.test(draft[end]!)) end++;
  const finished = end < draft.length;
  // Keep the end punctuation (and closing quotes) with the sentence.
  if (finished && draft[end] !== '\n') {
    end++;
    while (end < draft.length && /[.!?"')\]]/.test(draft[end]!)) end++;
  }
  return { start, end, finished };
}

/** How long typing must rest before an unfinished sentence is judged (issue 14: "a typing pause"). */
export const TYPING_PAUSE_MS = 1_500;
/** A longer rest judges even a sentence whose last word may still be growing. */
export const LONG_PAUSE_MS = 4_000;

/**
 * A sentence is judged once it is finished, or once typing paused; never while its last word
 * is still being typed (the draft ends inside the flagged words), unless the pause is long.
 */
export function sentenceJudged(draft: string, span: Span, idleMs: number): boolean {
  if (sentenceAround(draft, span).finished) return true;
  if (idleMs >= LONG_PAUSE_MS) return true;
  const trimmedEnd = draft.trimEnd().length;
  const midWord = span.end >= trimmedEnd && /\w/.test(draft[trimmedEnd - 1] ?? '') && trimmedEnd === draft.length;
  return idleMs >= TYPING_PAUSE_MS && !midWord;
}
