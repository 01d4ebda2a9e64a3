import type { Span } from '@/lib/engine/types';

// Found natively from a position (lastIndex), not tested a character at a time: this runs
// for every finding on every keystroke (the bench's "own code while typing").
const NEXT_END = /[.!?\n]/g;
const CLOSING = /[.!?"')\]]/;
const NEWLINE = 10;

const isEndMark = (code: number) => code === 46 || code === 33 || code === 63; // . ! ?

function isSpaceAt(text: string, index: number): boolean {
  if (index >= text.length) return true;
  const code = text.charCodeAt(index);
  return code === 32 || (code >= 9 && code <= 13) || (code > 127 && /\s/.test(text[index]!));
}

export interface SentenceBounds extends Span {
  finished: boolean;
}

/**
 * Where the sentence holding `span` starts and ends in the draft, and whether it is finished
 * (end punctuation or a line break after the span). Cheaper than splitting the whole draft:
 * the coach only asks about the few findings it may show.
 */
export function sentenceAround(draft: string, span: Span): SentenceBounds {
  let start = span.start;
  while (start > 0) {
    const before = draft.charCodeAt(start - 1);
    if (before === NEWLINE || (isEndMark(before) && isSpaceAt(draft, start))) break;
    start--;
  }
  while (start < span.start && isSpaceAt(draft, start)) start++;
  // A flagged "I think so?" ends its own sentence.
  let end = span.end > span.start && isEndMark(draft.charCodeAt(span.end - 1)) ? span.end - 1 : span.end;
  NEXT_END.lastIndex = end;
  end = NEXT_END.exec(draft)?.index ?? draft.length;
  const finished = end < draft.length;
  // Keep the end punctuation (and closing quotes) with the sentence.
  if (finished && draft.charCodeAt(end) !== NEWLINE) {
    end++;
    while (end < draft.length && CLOSING.test(draft[end]!)) end++;
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
export function sentenceJudged(
  draft: string,
  span: Span,
  idleMs: number,
  bounds: SentenceBounds = sentenceAround(draft, span),
): boolean {
  if (bounds.finished) return true;
  if (idleMs >= LONG_PAUSE_MS) return true;
  const trimmedEnd = draft.trimEnd().length;
  const midWord = span.end >= trimmedEnd && /\w/.test(draft[trimmedEnd - 1] ?? '') && trimmedEnd === draft.length;
  return idleMs >= TYPING_PAUSE_MS && !midWord;
}
