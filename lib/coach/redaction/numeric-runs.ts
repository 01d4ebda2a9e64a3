import { digitValue } from '@/lib/coach/redaction/digits';

/**
 * Numbers as people write them: groups of digits (any script) joined by up to three
 * separator characters: spaces of any width, dashes of any kind, dots, slashes,
 * underscores and brackets ("4111  1111–1111/1111", "(030) 1234 567", "１２３-４５６").
 * One pass over the text, each character looked at once or twice: linear by construction.
 */
export interface DigitGroup {
  start: number;
  end: number;
  /** Where this group's digits are in the run's `digits`: [from, to). */
  from: number;
  to: number;
}

export interface NumericRun {
  groups: DigitGroup[];
  /** Every digit's value, all groups in order. */
  digits: number[];
}

/** The group's digits as a number (groups that matter here are short). */
export function groupValue(run: NumericRun, group: DigitGroup): number {
  let value = 0;
  for (let i = group.from; i < group.to; i++) value = value * 10 + run.digits[i]!;
  return value;
}

export const groupLength = (group: DigitGroup) => group.to - group.from;

/** The separators between group `index` and the next, as written (read only when needed). */
export function joinAfter(text: string, run: NumericRun, index: number): string {
  return text.slice(run.groups[index]!.end, run.groups[index + 1]!.start);
}

const MAX_JOIN = 3;

export function isNumberSeparator(code: number): boolean {
  return (
    code === 32 ||
    code === 9 ||
    code === 0xa0 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 45 || // -
    (code >= 0x2010 && code <= 0x2015) || // ‐ ‑ ‒ – — ―
    code === 0x2212 || // −
    code === 0xfe63 ||
    code === 0xff0d || // small and full-width hyphen-minus
    code === 46 ||
    code === 0xff0e || // . ．
    code === 47 ||
    code === 0xff0f || // / ／
    code === 95 ||
    code === 0xff3f || // _ ＿
    code === 40 ||
    code === 41 ||
    code === 0xff08 ||
    code === 0xff09 // ( ) （ ）
  );
}

const LETTER = /^\p{L}$/u;

/** A number glued to a word ("v2", "x86") is part of that word, not a number of its own. */
function isLetterOrDigitBefore(text: string, index: number): boolean {
  if (index <= 0) return false;
  const code = text.charCodeAt(index - 1);
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  const previous = code >= 0xdc00 && code <= 0xdfff && index >= 2 ? text.codePointAt(index - 2)! : code;
  return digitValue(previous) >= 0 || LETTER.test(String.fromCodePoint(previous));
}

/** Calls `visit` with every run in `text`, left to right. */
export function forEachNumericRun(text: string, visit: (run: NumericRun) => void): void {
  let i = 0;
  while (i < text.length) {
    const code = text.codePointAt(i)!;
    if (digitValue(code) < 0 || isLetterOrDigitBefore(text, i)) {
      i += code > 0xffff ? 2 : 1;
      continue;
    }
    const groups: DigitGroup[] = [];
    const digits: number[] = [];
    let at = i;
    for (;;) {
      const group: DigitGroup = { start: at, end: at, from: digits.length, to: digits.length };
      while (at < text.length) {
        const point = text.codePointAt(at)!;
        const value = digitValue(point);
        if (value < 0) break;
        digits.push(value);
        at += point > 0xffff ? 2 : 1;
      }
      group.end = at;
      group.to = digits.length;
      groups.push(group);
      let join = at;
      while (join < text.length && join - at < MAX_JOIN && isNumberSeparator(text.charCodeAt(join))) join++;
      if (join === at || join >= text.length || digitValue(text.codePointAt(join)!) < 0) break;
      at = join;
    }
    visit({ groups, digits });
    i = at;
  }
}
