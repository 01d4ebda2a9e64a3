import type { Span } from './types';

export interface Sentence extends Span {
  /** The lintable text of the sentence (equal length to the draft slice). */
  text: string;
}

// Words whose trailing period does not end a sentence ("Dr. Reyes", "e.g. the app").
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'vs', 'etc', 'e.g', 'i.e', 'eg', 'ie', 'approx', 'no', 'nr', 'ref', 'inc', 'ltd', 'jr', 'sr']);
// A hard-wrapped mail line is long and ends mid-sentence; a short line break is a real break.
const WRAP_LENGTH = 60;
const BULLET = /^[ \t]*(?:[-*\u2022]|\d{1,2}[.)])\s/;

function isAbbreviation(text: string, dot: number): boolean {
  let start = dot;
  while (start > 0 && /[\p{L}.]/u.test(text[start - 1]!)) start--;
  const word = text.slice(start, dot);
  if (ABBREVIATIONS.has(word.toLowerCase())) return true;
  // An initial ("J. Smith") is one capital letter on its own, unlike the "t" of "can't.".
  const before = start > 0 ? text[start - 1]! : ' ';
  return /^\p{Lu}$/u.test(word) && /[\s(]/.test(before);
}

function pushTrimmed(sentences: Sentence[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) sentences.push({ start, end, text: text.slice(start, end) });
}

/** Splits lintable text into sentences; blanked regions act as whitespace. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '\n') {
      const line = text.slice(lineStart, i).trimEnd();
      const nextLineEnd = text.indexOf('\n', i + 1);
      const nextLine = text.slice(i + 1, nextLineEnd === -1 ? text.length : nextLineEnd);
      const wrapped = line.length >= WRAP_LENGTH && nextLine.trim() !== '' && !BULLET.test(nextLine);
      if (!wrapped) {
        pushTrimmed(sentences, text, start, i);
        start = i + 1;
      }
      lineStart = i + 1;
      continue;
    }
    if (char !== '.' && char !== '!' && char !== '?') continue;
    let end = i + 1;
    while (end < text.length && /[.!?)"']/.test(text[end]!)) end++;
    const next = text[end];
    if (next !== undefined && !/\s/.test(next)) continue;
    if (char === '.' && end === i + 1 && isAbbreviation(text, i)) continue;
    pushTrimmed(sentences, text, start, end);
    start = end;
    i = end - 1;
  }
  pushTrimmed(sentences, text, start, text.length);
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
