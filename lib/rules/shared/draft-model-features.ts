/**
 * Features of one sentence for the learned second opinion (draft-model.ts), shared with its
 * training script so both read a sentence the same way: lower-case words, word pairs, the
 * first and last word, and a mark for all-capital words ("SLA", "KYC", "CoP") that internal
 * shorthand tends to be. Numbers are one token ("#"), so order numbers do not become features.
 * Each feature is a 32-bit hash; no strings are built (this runs on every new sentence).
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const START = 0x5bd1e995;
const END = 0x1b873593;
const CAPS = 0x2f2c6e4d;
const NUMBER = 0x3c6ef372;

/** Mixes two word hashes into a pair hash (order matters: "not our" ≠ "our not"). */
function pairHash(first: number, second: number): number {
  let hash = Math.imul(first ^ 0x9e3779b9, 0x85ebca6b) ^ second;
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) >>> 0;
}

const isLower = (code: number) => code >= 97 && code <= 122;
const isUpper = (code: number) => code >= 65 && code <= 90;
const isDigit = (code: number) => code >= 48 && code <= 57;

/** Calls `emit` with each feature hash of `text` (repeats possible; the caller decides). */
export function sentenceFeatures(text: string, emit: (hash: number) => void): void {
  let previous = START;
  let hash = FNV_OFFSET;
  let length = 0;
  let uppers = 0;
  let lowers = 0;
  let digits = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 32;
    const letter = isLower(code) || isUpper(code);
    if (letter || isDigit(code) || (code === 39 && length > 0)) {
      if (isUpper(code)) uppers++;
      else if (isLower(code)) lowers++;
      else if (isDigit(code)) digits++;
      hash = Math.imul(hash ^ (isUpper(code) ? code + 32 : code), FNV_PRIME);
      length++;
      continue;
    }
    if (length === 0) continue;
    const word = digits > 0 ? NUMBER : hash >>> 0;
    emit(word);
    emit(pairHash(previous, word));
    // "SLA", "KYC", "CoP": two or more capitals and few lower-case letters.
    if (uppers >= 2 && lowers <= 1 && length <= 7) emit(CAPS);
    previous = word;
    hash = FNV_OFFSET;
    length = uppers = lowers = digits = 0;
  }
  if (previous !== START) emit(pairHash(previous, END));
}
