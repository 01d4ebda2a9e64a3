/**
 * Removes personal and payment details from a customer's words before they are
 * kept as a win: the agent keeps the praise, not the customer's data.
 * Order matters: card numbers before phone numbers (both are digit runs).
 */
const REDACTIONS: Array<{ pattern: RegExp; label: string }> = [
  { pattern: /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g, label: '[email]' },
  { pattern: /https?:\/\/\S+/g, label: '[link]' },
  // 13–19 digits with optional spaces or dashes: payment cards.
  { pattern: /\b(?:\d[ -]?){12,18}\d\b/g, label: '[card]' },
  // Order, ticket, invoice or tracking references: a keyword then an alphanumeric id with a digit.
  {
    pattern:
      /\b(order|invoice|ticket|tracking|reference|ref|case|account)(\s*(no\.?|number|#|:))?\s*#?\s*[A-Z0-9-]*\d[A-Z0-9-]*\b/gi,
    label: '$1 [number]',
  },
  { pattern: /#\s?\d{3,}\b/g, label: '[number]' },
  // Phone numbers: optional +country, then 7+ digits with separators.
  { pattern: /(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d{2,4}(?:[\s.-]?\d{2,4}){2,4}\b/g, label: '[phone]' },
];

export function redactQuote(text: string): string {
  let result = text;
  for (const { pattern, label } of REDACTIONS) result = result.replace(pattern, label);
  return result.trim();
}
