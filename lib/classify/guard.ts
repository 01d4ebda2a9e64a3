import { MAX_SCORED_MESSAGE_CHARS } from '@/lib/engine/limits';

/** Keeps the classifier fast and quiet on input it cannot judge (see MAX_SCORED_MESSAGE_CHARS). */

export interface PreparedText {
  text: string;
  /** Add to offsets in `text` to get offsets in the original message. */
  offset: number;
}

// Share of control characters / U+FFFD above which text is treated as binary or mis-decoded.
const MAX_BINARY_SHARE = 0.05;
// The model and lexicons are English: below this share of Latin letters they would only add noise.
const MIN_LATIN_SHARE = 0.5;
const LETTER = /^\p{L}$/u;

function isControl(code: number): boolean {
  return (code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 0xfffd;
}

/** Returns null when the message should produce no signals at all. */
export function prepareText(message: unknown): PreparedText | null {
  if (typeof message !== 'string') return null;
  let offset = Math.max(0, message.length - MAX_SCORED_MESSAGE_CHARS);
  // Never start in the middle of a surrogate pair.
  const first = message.charCodeAt(offset);
  if (offset > 0 && first >= 0xdc00 && first <= 0xdfff) offset++;
  const text = message.slice(offset);
  let binary = 0;
  let latin = 0;
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code <= 0x24f)) {
      latin++;
      letters++;
    } else if (code < 128 || (code >= 0xd800 && code <= 0xdfff)) {
      if (isControl(code)) binary++;
    } else if (isControl(code)) {
      binary++;
    } else if (LETTER.test(text[i]!)) {
      letters++;
    }
  }
  if (letters === 0 || binary > text.length * MAX_BINARY_SHARE || latin < letters * MIN_LATIN_SHARE) return null;
  return { text, offset };
}
