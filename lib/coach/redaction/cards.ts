import { longestLuhn } from '@/lib/coach/redaction/digits';
import type { NumericRun } from '@/lib/coach/redaction/numeric-runs';

/**
 * Payment card numbers: 13 to 19 digits in whole groups, with any separators and any digit
 * script, that pass the Luhn check (so order numbers and phone numbers mostly do not look
 * like cards). A phone's marks (a leading "+", brackets) rule a run out.
 */
const MIN_DIGITS = 13;
const MAX_DIGITS = 19;

const BRACKET = /[()（）]/;

function looksLikePhone(text: string, run: NumericRun): boolean {
  const before = text[run.groups[0]!.start - 1];
  const groups = run.groups;
  return (
    before === '+' ||
    before === '＋' ||
    before === '(' ||
    BRACKET.test(text.slice(groups[0]!.end, groups.at(-1)!.start))
  );
}

/** The card numbers in a run, as ranges of its groups [first, last], left to right. */
export function cardsIn(text: string, run: NumericRun): Array<{ first: number; last: number }> {
  const cards: Array<{ first: number; last: number }> = [];
  const { groups, digits } = run;
  if (digits.length < MIN_DIGITS || looksLikePhone(text, run)) return cards;
  // A card number is made of whole groups: which group (if any) ends at each digit.
  const groupEndingAt = new Int32Array(digits.length + 1).fill(-1);
  for (let index = 0; index < groups.length; index++) groupEndingAt[groups[index]!.to] = index;
  const endsGroup = (to: number) => groupEndingAt[to]! >= 0;
  let first = 0;
  while (first < groups.length) {
    const to = longestLuhn(digits, groups[first]!.from, MIN_DIGITS, MAX_DIGITS, endsGroup);
    if (to < 0) {
      first++;
      continue;
    }
    const last = groupEndingAt[to]!;
    cards.push({ first, last });
    first = last + 1;
  }
  return cards;
}
