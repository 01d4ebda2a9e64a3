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

/**
 * Whether a sentence ends at `index`: a line break, or end punctuation (with any closing
 * quotes or brackets) before a space or the end of the draft. "2.5", "example.com" and a
 * pasted `window.x` are not ends.
 */
function sentenceEndsAt(draft: string, index: number): boolean {
  if (draft.charCodeAt(index) === NEWLINE) return true;
  let after = index + 1;
  while (after < draft.length && CLOSING.test(draft[after]!)) after++;
  return isSpaceAt(draft, after);
}

/** Where the next sentence ends at or after `from`, if one does. */
function nextSentenceEnd(draft: string, from: number): number | undefined {
  NEXT_END.lastIndex = from;
  for (let mark = NEXT_END.exec(draft); mark; mark = NEXT_END.exec(draft)) {
    if (sentenceEndsAt(draft, mark.index)) return mark.index;
  }
  return undefined;
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
  end = nextSentenceEnd(draft, end) ?? draft.length;
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

const WORD = /\w/;

/**
 * Whether the agent has written on past this sentence: some later sentence, with words in it,
 * is finished too. Until then the agent is still in the flow of the point they are making.
 */
export function laterSentenceFinished(draft: string, sentenceEnd: number): boolean {
  let from = sentenceEnd;
  while (from < draft.length) {
    const mark = nextSentenceEnd(draft, from);
    if (mark === undefined) return false;
    for (let index = from; index < mark; index++) if (WORD.test(draft[index]!)) return true;
    from = mark + 1;
  }
  return false;
}

/**
 * A sentence is judged once the agent has finished it and moved on (a later sentence is
 * finished too), or once typing paused. The pause matters even for a finished sentence: the
 * next sentence often answers it ("We can't refund this." then "What I can do is…"), and a
 * card that pops up mid-flow only to vanish a sentence later is the nagging issue 14 forbids.
 * An unfinished sentence is never judged while its last word is still being typed (the draft
 * ends inside the flagged words), unless the pause is long.
 */
export function sentenceJudged(
  draft: string,
  span: Span,
  idleMs: number,
  bounds: SentenceBounds = sentenceAround(draft, span),
): boolean {
  if (idleMs >= LONG_PAUSE_MS) return true;
  if (bounds.finished) return idleMs >= TYPING_PAUSE_MS || laterSentenceFinished(draft, bounds.end);
  const trimmedEnd = draft.trimEnd().length;
  const midWord = span.end >= trimmedEnd && /\w/.test(draft[trimmedEnd - 1] ?? '') && trimmedEnd === draft.length;
  return idleMs >= TYPING_PAUSE_MS && !midWord;
}
