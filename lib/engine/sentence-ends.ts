/**
 * Where a sentence may end: a run of end punctuation (plus closing quotes and brackets)
 * followed by whitespace or the end of the text, or a line break. This is what the
 * pattern `[.!?]+[)"'\]]*(?=\s|$)|\n` found, written as one pass: the pattern retried
 * every position inside a run that failed (`x.....x`), which took seconds on a pasted
 * 20,000-character run (issue 19). Every position of a run fails the same way as its
 * first, so the scan skips the whole run.
 */
export interface CandidateEnd {
  at: number;
  end: number;
}

const isEndMark = (code: number) => code === 46 || code === 33 || code === 63; // . ! ?
const isCloser = (code: number) => code === 41 || code === 34 || code === 39 || code === 93; // ) " ' ]

/** Exactly JavaScript's `\s`, which the lookahead used. */
export function isRegexSpace(code: number): boolean {
  return (
    (code >= 9 && code <= 13) ||
    code === 32 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * Finds the first candidate end at or after `from` and writes it into `found` (one object
 * reused for the whole scan: this runs on every pause in typing). False when there is none.
 */
export function nextCandidateEnd(text: string, from: number, found: CandidateEnd): boolean {
  const length = text.length;
  let i = from;
  while (i < length) {
    const code = text.charCodeAt(i);
    if (code === 10) {
      found.at = i;
      found.end = i + 1;
      return true;
    }
    if (!isEndMark(code)) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < length && isEndMark(text.charCodeAt(end))) end++;
    while (end < length && isCloser(text.charCodeAt(end))) end++;
    if (end === length || isRegexSpace(text.charCodeAt(end))) {
      found.at = i;
      found.end = end;
      return true;
    }
    i = end;
  }
  return false;
}
