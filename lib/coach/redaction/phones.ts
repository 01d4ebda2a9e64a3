import {
  groupLength,
  groupValue,
  joinAfter,
  type DigitGroup,
  type NumericRun,
} from '@/lib/coach/redaction/numeric-runs';
import type { Replacement } from '@/lib/coach/redaction/replace-spans';

/**
 * Phone numbers (7 to 15 digits, E.164's longest, with any separators and an optional
 * "+") and other long numbers (7 digits or more: account, tracking and customer numbers).
 * What must survive are the numbers a thank-you is made of: dates ("15.01.2024",
 * "2024-01-15"), year ranges ("2019–2024"), prices ("€1 299.99", "12 345 USD"), versions
 * ("version 10.0.19045.2965"), times ("10:30", ':' is no separator) and quantities.
 */
const MIN_DIGITS = 7;
const MAX_PHONE_DIGITS = 15;
const PLUS = new Set(['+', '＋']);
const CURRENCY_BEFORE = /\p{Sc}\s?$/u;
const CURRENCY_AFTER = /^\s?(?:\p{Sc}|(?:usd|eur|gbp|chf|dollars?|euros?|pounds?|francs?)\b)/iu;
const VERSION_BEFORE = /\b(?:v|ver|version|build|release|update|firmware|ios|android|windows|macos)\.?\s*$/i;
// Room enough for the words above: a bounded look, never a scan of the text before.
const LOOK = 16;

function isYear(run: NumericRun, group: DigitGroup): boolean {
  const value = groupValue(run, group);
  return groupLength(group) === 4 && value >= 1900 && value <= 2099;
}

function isDayOrMonth(run: NumericRun, group: DigitGroup): boolean {
  const value = groupValue(run, group);
  return groupLength(group) <= 2 && value >= 1 && value <= 31;
}

/** How many groups from `at` form a date (3) or a year range (2); 0 when they do not. */
function dateLength(text: string, run: NumericRun, at: number, to: number): number {
  const { groups } = run;
  const a = groups[at]!;
  const b = at + 1 < to ? groups[at + 1] : undefined;
  const c = at + 2 < to ? groups[at + 2] : undefined;
  if (!b) return 0;
  if (c) {
    const yearFirst = isYear(run, a) && isDayOrMonth(run, b) && isDayOrMonth(run, c);
    const dayFirst = isDayOrMonth(run, a) && isDayOrMonth(run, b) && (isYear(run, c) || groupLength(c) === 2);
    if (yearFirst || dayFirst) {
      const join = joinAfter(text, run, at).trim();
      // "6 12 34" is more likely part of a phone number than a date with a two-digit year.
      const yearOk = yearFirst || join !== '' || isYear(run, c);
      if (yearOk && join === joinAfter(text, run, at + 1).trim()) return 3;
    }
  }
  return isYear(run, a) && isYear(run, b) ? 2 : 0;
}

function isPriceOrVersion(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - LOOK), start);
  return CURRENCY_BEFORE.test(before) || VERSION_BEFORE.test(before) || CURRENCY_AFTER.test(text.slice(end, end + 10));
}

/** The replacement for groups [first, end) of a run, or null when they are no phone or long number. */
function replacementFor(text: string, run: NumericRun, first: number, end: number): Replacement | null {
  if (end <= first) return null;
  const digits = run.groups[end - 1]!.to - run.groups[first]!.from;
  let start = run.groups[first]!.start;
  const stop = run.groups[end - 1]!.end;
  if (digits < MIN_DIGITS || isPriceOrVersion(text, start, stop)) return null;
  if (text[start - 1] === '(' && PLUS.has(text[start - 2] ?? '')) start -= 2;
  else if (PLUS.has(text[start - 1] ?? '')) start--;
  const bare = end - first === 1 && !PLUS.has(text[start] ?? '');
  return { start, end: stop, label: digits <= MAX_PHONE_DIGITS && !bare ? '[phone]' : '[number]' };
}

/** Pushes a replacement for each phone or long number in groups [from, to) of a run. */
export function phonesIn(text: string, run: NumericRun, from: number, to: number, spans: Replacement[]): void {
  if (to <= from || run.groups[to - 1]!.to - run.groups[from]!.from < MIN_DIGITS) return;
  const international = PLUS.has(text[run.groups[0]!.start - 1] ?? '');
  let first = from;
  for (let at = from; at < to;) {
    // Dates end where the range ends: a date across a card's edge is no date.
    const date = international || at + 1 >= to ? 0 : dateLength(text, run, at, to);
    if (date === 0) {
      at++;
      continue;
    }
    const before = replacementFor(text, run, first, at);
    if (before) spans.push(before);
    at += date;
    first = at;
  }
  const rest = replacementFor(text, run, first, to);
  if (rest) spans.push(rest);
}
