/**
 * Keeps the classifier fast and quiet on input it cannot judge. Only the LAST
 * MAX_ANALYSED_CHARS UTF-16 units of a message are read: the end of a long message is
 * where customers restate what they need, and it bounds the work per keystroke.
 */
export const MAX_ANALYSED_CHARS = 4000;

export interface PreparedText {
  text: string;
  /** Add to offsets in `text` to get offsets in the original message. */
  offset: number;
}

// Control characters (other than tab/newline/return) and U+FFFD mark binary or mis-decoded text.
const BINARY_CHAR = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffd]/g;
const ANY_LETTER = /\p{L}/gu;
const LATIN_LETTER = /[A-Za-z\u00c0-\u024f]/g;

function countMatches(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/** Returns null when the message should produce no signals at all. */
export function prepareText(message: unknown): PreparedText | null {
  if (typeof message !== 'string' || message.trim() === '') return null;
  let offset = Math.max(0, message.length - MAX_ANALYSED_CHARS);
  // Never start in the middle of a surrogate pair.
  const first = message.charCodeAt(offset);
  if (offset > 0 && first >= 0xdc00 && first <= 0xdfff) offset++;
  const text = message.slice(offset);
  if (countMatches(text, BINARY_CHAR) > text.length * 0.05) return null;
  const letters = countMatches(text, ANY_LETTER);
  // The model and lexicons are English: mostly non-Latin text would only produce noise.
  if (letters === 0 || countMatches(text, LATIN_LETTER) < letters * 0.5) return null;
  return { text, offset };
}
