import { redactEmails } from '@/lib/coach/redaction/emails';
import { redactIbans } from '@/lib/coach/redaction/ibans';
import { redactNumbers } from '@/lib/coach/redaction/numbers';
import { redactReferences } from '@/lib/coach/redaction/references';
import { capText, MAX_CUSTOMER_MESSAGE_CHARS } from '@/lib/engine/limits';

/**
 * Removes personal and payment details from a customer's words before they are kept as a
 * win: the agent keeps the praise, not the customer's data. Every pass is linear in the
 * text (lib/coach/redaction/, checked by tests/regex/regex-growth.test.ts), and the text is
 * capped like any customer message, so a hostile message cannot stall the tab (issue 19).
 * Order matters: links hold addresses and digits; bank account numbers are digit runs that
 * cards and phones would claim in part; references ("INV_2024_0042") before the digit runs
 * inside them are read as phone numbers.
 */
const LINK = /\b(?:https?:\/\/|www\.)\S+/gi;
const redactLinks = (text: string) => text.replace(LINK, '[link]');
const PASSES = [redactLinks, redactEmails, redactIbans, redactReferences, redactNumbers];

// What a number cut at the cap leaves behind: digits, separators, a "+".
const CUT_NUMBER = /[\s\p{Nd}\p{Pd}+()./_]/u;

/** Within the cap, and never ending inside a cut-off word or number. */
function bounded(text: string): string {
  if (text.length <= MAX_CUSTOMER_MESSAGE_CHARS) return text;
  let end = capText(text, MAX_CUSTOMER_MESSAGE_CHARS).length;
  while (end > 0 && !/\s/.test(text[end - 1]!)) end--;
  while (end > 0 && CUT_NUMBER.test(text[end - 1]!)) end--;
  return text.slice(0, end);
}

// The sidebar asks again on every render with the same message: the last answer is kept.
let last: { text: string; redacted: string } | undefined;

export function redactQuote(text: string): string {
  if (last?.text === text) return last.redacted;
  const redacted = PASSES.reduce((current, pass) => pass(current), bounded(text)).trim();
  last = { text, redacted };
  return redacted;
}
