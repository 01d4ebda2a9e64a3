/**
 * Digits of any script: customers type full-width digits (１２３), Arabic-Indic (٤١١١) and
 * others, and a card number is just as personal in any of them (issue 19).
 */
const DECIMAL_DIGIT = /^\p{Nd}$/u;
const FIRST_NON_ASCII_DIGIT = 0x660;
const values = new Map<number, number>();

/**
 * The digit's value 0–9, or -1. Unicode encodes every set of decimal digits as ten
 * consecutive code points from 0 to 9, and adjacent sets follow each other whole
 * (the mathematical digits are five sets in a row), so the value is the distance to the
 * start of the run of digits, modulo ten.
 */
export function digitValue(codePoint: number): number {
  if (codePoint >= 48 && codePoint <= 57) return codePoint - 48;
  if (codePoint < FIRST_NON_ASCII_DIGIT) return -1;
  const known = values.get(codePoint);
  if (known !== undefined) return known;
  let value = -1;
  if (DECIMAL_DIGIT.test(String.fromCodePoint(codePoint))) {
    let zero = codePoint;
    while (codePoint - zero < 100 && DECIMAL_DIGIT.test(String.fromCodePoint(zero - 1))) zero--;
    value = (codePoint - zero) % 10;
  }
  values.set(codePoint, value);
  return value;
}

const DOUBLED = [0, 2, 4, 6, 8, 1, 3, 5, 7, 9];

/**
 * The longest number of `min` to `max` digits starting at `from` that passes the Luhn
 * checksum every payment card carries (a random number passes one time in ten, so most
 * order and phone numbers do not look like cards) and ends where `canEnd` allows; its end
 * index, or -1. The number grows one digit at a time: two running sums (doubling from the
 * first digit or from the second) give each checksum without re-reading the digits.
 */
export function longestLuhn(
  digits: readonly number[],
  from: number,
  min: number,
  max: number,
  canEnd: (to: number) => boolean,
): number {
  let evenFirst = 0;
  let oddFirst = 0;
  let longest = -1;
  for (let k = from; k < digits.length && k - from < max; k++) {
    const digit = digits[k]!;
    if ((k - from) % 2 === 0) {
      evenFirst += digit;
      oddFirst += DOUBLED[digit]!;
    } else {
      evenFirst += DOUBLED[digit]!;
      oddFirst += digit;
    }
    const length = k - from + 1;
    // The last digit is never doubled: with an odd length that is the pattern starting plain.
    if (length >= min && (length % 2 === 1 ? evenFirst : oddFirst) % 10 === 0 && canEnd(k + 1)) longest = k + 1;
  }
  return longest;
}

/** The Luhn checksum of a whole number. */
export const passesLuhn = (digits: readonly number[]) =>
  longestLuhn(digits, 0, digits.length, digits.length, () => true) === digits.length;
