import { paragraphMemo, paragraphsOf } from '@/lib/engine/paragraphs';

/**
 * Bounds that keep analysis fast on every pause in typing, whatever lands in the composer.
 *
 * 20,000 characters: a long support reply is 1,000–3,000 characters. A cap only bounds the
 * work if the work is linear: every regular expression in shipped code is checked for that
 * on adversarial text (tests/regex/regex-growth.test.ts), and the worst cases, a few
 * milliseconds, are measured by `npm run bench` (tests/bench/adversarial.ts; issue 19). Text
 * beyond the cap is not coached; findings keep offsets into the original draft because only
 * a prefix is cut.
 */
export const MAX_DRAFT_CHARS = 20_000;
/** The mood trend needs a few recent messages, not the whole history. */
export const MAX_CUSTOMER_MESSAGES = 5;
export const MAX_CUSTOMER_MESSAGE_CHARS = 20_000;
/**
 * The mood model reads only the LAST this-many UTF-16 units of a customer message: the
 * end of a long message is where customers restate what they need, and it bounds the
 * classifier's work per message.
 */
export const MAX_SCORED_MESSAGE_CHARS = 4000;
/** A reply never needs dozens of nudges; past this the list is noise, not help. */
export const MAX_FINDINGS = 40;

/** Cuts to `limit` UTF-16 units without splitting a surrogate pair. */
export function capText(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const last = text.charCodeAt(limit - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? limit - 1 : limit);
}

/** Control characters other than tab, line breaks and form feed, and U+FFFD (bytes that were not text). */
function isBinaryChar(code: number): boolean {
  return (code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12) || code === 0xfffd;
}

/** Pasted binary (an image read as text, a mangled attachment) is not a reply: no findings. */
// A native scan finds the usual case (no odd character at all) much faster than a loop.
// eslint-disable-next-line no-control-regex -- control characters are exactly what this looks for
const ANY_BINARY_CHAR = /[\u0000-\u0008\u000B\u000E-\u001F\uFFFD]/;

export function looksBinary(text: string): boolean {
  const sample = text.length > 4_000 ? text.slice(0, 4_000) : text;
  let odd = 0;
  for (const count of oddCharsOfParagraphs(paragraphsOf(sample))) odd += count;
  return odd > 0 && odd / sample.length > 0.02;
}

function oddChars(text: string): number {
  if (!ANY_BINARY_CHAR.test(text)) return 0;
  let odd = 0;
  for (let i = 0; i < text.length; i++) if (isBinaryChar(text.charCodeAt(i))) odd++;
  return odd;
}

// Counted paragraph by paragraph and remembered: a keystroke changes one paragraph, and scanning
// the whole draft on every call was a few per cent of a keystroke's analysis.
const oddCharsOfParagraphs = paragraphMemo(oddChars);
