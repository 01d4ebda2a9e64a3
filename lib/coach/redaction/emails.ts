import { replaceSpans, type Replacement } from '@/lib/coach/redaction/replace-spans';

/**
 * Email addresses, international ones included ("dana@müller.de", "jürgen@例え.jp",
 * "ana＠correo.es"): from each "@" outwards over the characters an address may hold,
 * at most 64 to the left and 253 to the right (RFC 5321's limits). Each character is
 * looked at a bounded number of times, so hostile text ("a@a@a@…") stays linear.
 */
const MAX_LOCAL = 64;
const MAX_DOMAIN = 253;
const LOCAL_SYMBOLS = new Set([...".!#$%&'*+/=?^_`{|}~-"]);
const WORD_CHAR = /^[\p{L}\p{M}\p{Nd}]$/u;
const LETTERS = /^[\p{L}\p{M}]{2,}$/u;
const DOTS = new Set(['.', '．', '。']);

function isWordChar(char: string): boolean {
  const code = char.charCodeAt(0);
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  return WORD_CHAR.test(char);
}

/** Code points, so a letter outside the BMP is one step, not two halves. */
function charAt(text: string, index: number): string {
  return String.fromCodePoint(text.codePointAt(index)!);
}

function localStart(text: string, at: number): number {
  let start = at;
  while (start > 0 && at - start < MAX_LOCAL) {
    const code = text.charCodeAt(start - 1);
    const step = code >= 0xdc00 && code <= 0xdfff && start >= 2 ? 2 : 1;
    const char = text.slice(start - step, start);
    if (!isWordChar(char) && !LOCAL_SYMBOLS.has(char)) break;
    start -= step;
  }
  while (start < at && text[start] === '.') start++;
  return start;
}

function domainEnd(text: string, from: number): number {
  let end = from;
  const dots: number[] = [];
  while (end < text.length && end - from < MAX_DOMAIN) {
    const char = charAt(text, end);
    if (DOTS.has(char)) {
      // A dot sits between two labels: "a..b" or a leading dot ends the address.
      if (end === from || dots.at(-1) === end - 1) break;
      dots.push(end);
    } else if (!isWordChar(char) && char !== '-') break;
    end += char.length;
  }
  // The full stop after an address ends the sentence, not the domain.
  if (dots.at(-1) === end - 1) end = dots.pop()!;
  const lastDot = dots.at(-1);
  if (lastDot === undefined) return -1;
  const tld = text.slice(lastDot + 1, end);
  return LETTERS.test(tld) || tld.toLowerCase().startsWith('xn--') ? end : -1;
}

export function redactEmails(text: string): string {
  const spans: Replacement[] = [];
  let searchFrom = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char !== '@' && char !== '＠') continue;
    const start = localStart(text, i);
    if (start === i || start < searchFrom) continue;
    const end = domainEnd(text, i + 1);
    if (end < 0) continue;
    spans.push({ start, end, label: '[email]' });
    searchFrom = end;
    i = end - 1;
  }
  return replaceSpans(text, spans);
}
