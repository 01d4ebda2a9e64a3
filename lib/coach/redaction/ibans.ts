import { replaceSpans, type Replacement } from '@/lib/coach/redaction/replace-spans';

/**
 * Bank account numbers (IBAN: country, check digits, up to 30 letters and digits, often in
 * groups of four), kept only when the ISO 13616 mod-97 check holds, so product codes that
 * happen to look alike survive.
 */
const IBAN = /(?<![\p{L}\p{Nd}])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![\p{L}\p{Nd}])/gu;

function passesMod97(iban: string): boolean {
  const compact = iban.replace(/ /g, '');
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const value = char >= 'A' ? char.charCodeAt(0) - 55 : char.charCodeAt(0) - 48;
    remainder = (value >= 10 ? remainder * 100 + value : remainder * 10 + value) % 97;
  }
  return remainder === 1;
}

export function redactIbans(text: string): string {
  const spans: Replacement[] = [];
  for (const match of text.matchAll(IBAN)) {
    if (passesMod97(match[0]))
      spans.push({ start: match.index, end: match.index + match[0].length, label: '[account]' });
  }
  return replaceSpans(text, spans);
}
