import { nextCandidateEnd, type CandidateEnd } from '@/lib/engine/sentence-ends';
import type { Span } from '@/lib/engine/types';
import { paragraphMemo, paragraphsOf } from '@/lib/engine/paragraphs';

export interface Sentence extends Span {
  /** The lintable text of the sentence (equal length to the draft slice). */
  text: string;
}

// Words whose trailing period does not end a sentence ("Dr. Reyes", "e.g. the app").
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'vs',
  'etc',
  'e.g',
  'i.e',
  'eg',
  'ie',
  'approx',
  'no',
  'nr',
  'ref',
  'inc',
  'ltd',
  'jr',
  'sr',
]);
// A hard-wrapped mail line is long and ends mid-sentence; a short line break is a real break.
const WRAP_LENGTH = 60;
const NEWLINE = 10;
const PERIOD = 46;
const BULLET = /^[ \t]*(?:[-*\u2022]|\d{1,2}[.)])\s/;

function isSpace(code: number): boolean {
  return (
    code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x2028 || code === 0x2029 || code === 0x3000
  );
}

function isLetterOrDot(code: number): boolean {
  return code === 46 || (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code >= 0xc0;
}

// Most words before a period are longer than any abbreviation (or an initial): no need to look them up.
const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((word) => word.length));
const ONE_CAPITAL = /^\p{Lu}$/u;
const OPENING = /[\s(]/;

function isAbbreviation(text: string, dot: number): boolean {
  let start = dot;
  while (start > 0 && dot - start < 12 && isLetterOrDot(text.charCodeAt(start - 1))) start--;
  if (dot - start > LONGEST_ABBREVIATION) return false;
  const word = text.slice(start, dot);
  if (ABBREVIATIONS.has(word.toLowerCase())) return true;
  // An initial ("J. Smith") is one capital letter on its own, unlike the "t" of "can't.".
  const before = start > 0 ? text[start - 1]! : ' ';
  // One code point is at most two UTF-16 units: longer words skip the Unicode test.
  return word.length <= 2 && ONE_CAPITAL.test(word) && OPENING.test(before);
}

function pushTrimmed(sentences: Sentence[], text: string, start: number, end: number): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) sentences.push({ start, end, text: text.slice(start, end) });
}

function trimmedLength(text: string, start: number, end: number): number {
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return end - start;
}

/** Is the line after the break at `at` more of the same paragraph (not blank, not a bullet)? */
function continuesOnNextLine(text: string, at: number): boolean {
  const nextEnd = text.indexOf('\n', at + 1);
  const nextLine = text.slice(at + 1, nextEnd === -1 ? text.length : nextEnd);
  return nextLine.trim() !== '' && !BULLET.test(nextLine);
}

/** splitSentences for one paragraph (or any text), from scratch and remembering nothing. */
export function splitText(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  let lineStart = 0;
  const found: CandidateEnd = { at: 0, end: 0 };
  for (let from = 0; nextCandidateEnd(text, from, found); from = found.end) {
    const { at, end } = found;
    if (end === at + 1 && text.charCodeAt(at) === NEWLINE) {
      const wrapped = trimmedLength(text, lineStart, at) >= WRAP_LENGTH && continuesOnNextLine(text, at);
      if (!wrapped) {
        pushTrimmed(sentences, text, start, at);
        start = at + 1;
      }
      lineStart = at + 1;
      continue;
    }
    if (end === at + 1 && text.charCodeAt(at) === PERIOD && isAbbreviation(text, at)) continue;
    pushTrimmed(sentences, text, start, end);
    start = end;
  }
  pushTrimmed(sentences, text, start, text.length);
  return sentences;
}

// Each paragraph's sentences, with offsets relative to the paragraph.
const sentencesOfParagraphs = paragraphMemo(splitText);

/**
 * Splits lintable text into sentences; blanked regions act as whitespace.
 *
 * A blank line ("\n\n") always ends a sentence and leaves the splitter as it was at the start
 * of the text, and nothing before it looks past it: so the text is split paragraph by
 * paragraph, each remembered by its text. While the agent types, one paragraph changes and
 * the others come back from the memo.
 */
export function splitSentences(text: string): Sentence[] {
  const paragraphs = paragraphsOf(text);
  const split = sentencesOfParagraphs(paragraphs);
  const sentences: Sentence[] = [];
  let from = 0;
  paragraphs.forEach((paragraph, index) => {
    for (const sentence of split[index]!) {
      sentences.push({ start: from + sentence.start, end: from + sentence.end, text: sentence.text });
    }
    from += paragraph.length;
  });
  return sentences;
}

/** Index of the sentence containing `offset`, or -1 (binary search; sentences are sorted). */
export function sentenceIndexAt(sentences: Sentence[], offset: number): number {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const sentence = sentences[mid]!;
    if (offset < sentence.start) high = mid - 1;
    else if (offset >= sentence.end) low = mid + 1;
    else return mid;
  }
  return -1;
}
