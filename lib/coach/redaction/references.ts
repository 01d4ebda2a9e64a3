import { digitValue } from '@/lib/coach/redaction/digits';
import { replaceSpans, type Replacement } from '@/lib/coach/redaction/replace-spans';

/**
 * Order, invoice, ticket and similar references, in the ways people write them: "my order
 * is 48213", "Orders 48214 and 48215", "order no. A-99812", "ticket #1234", "№ 48213",
 * "#48213", "INV_2024_0042". Only the reference goes ("my order is [number]"), so the quote
 * still reads. Without a marker ("#", "no.", "number", ":") a reference needs three digits,
 * so "order 3 of 5" and "my order is 2 days late" stay as written.
 */
// `\b` (ASCII words), not a Unicode lookbehind: V8 then skips ahead to a possible first
// letter instead of testing the lookbehind at every position of the text.
const KEYWORD =
  /\b(?:orders?|invoices?|tickets?|tracking|references?|ref|cases?|accounts?|bookings?|reservations?|confirmations?|transactions?|shipments?|parcels?|packages?|receipts?|claims?|rmas?|po|customer|members?(?:hip)?|contracts?|subscriptions?|bestellung(?:en)?|bestellnummer|rechnung(?:en)?|rechnungsnummer|kundennummer|commandes?|factures?|pedidos?|facturas?|ordine|fattura)\b/gi;
const MARKER_WORD = /(?:no\.?|nr\.?|n°|numbers?|num\.?|nummer|id)(?![\p{L}\p{Nd}])/iuy;
const LINKING_WORD = /(?:is|was|are|were|des|de|del)(?![\p{L}\p{Nd}])/iuy;
const LIST_WORD = /(?:and|or|und|oder|et|ou|y|o|e)(?![\p{L}\p{Nd}])/iuy;
const TOKEN = /[\p{L}\p{Nd}][\p{L}\p{Nd}_\-/.]*/uy;
const MARKS = new Set(['#', '№', ':', '＃']);
const LIST_MARKS = new Set([',', '&', '/', '+', ';']);
/** A standalone "#48213" or "№ 48213" (and "No. 48213"): a marker, then the number. */
const STANDALONE = /[#＃№]|\bn[or]\.(?=\s?\p{Nd})/giu;
/** An id with a letter prefix: "INV_2024_0042", "AB-2024-0042", "RMA-88123". */
// The lookbehind comes after the first capital, so most positions fail on `\p{Lu}` first.
const PREFIXED = /\p{Lu}(?<![\p{L}\p{Nd}_]\p{Lu})\p{Lu}{1,5}[-_./#]?\p{Nd}[\p{L}\p{Nd}_\-/.]*/gu;
const KNOWN_PREFIXES = new Set(
  'INV ORD ORDER PO RMA TKT TCK TIX TICKET REF CASE SO BK RES TRK ACC ACCT CUS CUST SR INC REQ CS CN TX TRX QT BL AWB'.split(
    ' ',
  ),
);
const MAX_CONNECTORS = 3;

function skipSpaces(text: string, at: number): number {
  let i = at;
  while (i < text.length && i - at < 3 && (text[i] === ' ' || text[i] === '\u00a0' || text[i] === '\t')) i++;
  return i;
}

function stickyAt(pattern: RegExp, text: string, at: number): number {
  pattern.lastIndex = at;
  return pattern.test(text) ? pattern.lastIndex : -1;
}

function digitCount(token: string): number {
  let count = 0;
  for (const char of token) if (digitValue(char.codePointAt(0)!) >= 0) count++;
  return count;
}

const startsWithDigit = (text: string, at: number) => at < text.length && digitValue(text.codePointAt(at)!) >= 0;

/** A keyword is only worth reading after when a digit follows soon ("order" alone is common). */
function digitSoon(text: string, from: number): boolean {
  for (let i = from; i < text.length && i - from < 40; i++) if (startsWithDigit(text, i)) return true;
  return false;
}
const isYear = (token: string) => /^(?:19|20)\d\d$/.test(token);

/** The id token at `at` (trailing dots and dashes left out), or null. */
function tokenAt(text: string, at: number): { end: number; token: string } | null {
  const end = stickyAt(TOKEN, text, at);
  if (end < 0) return null;
  let trimmed = end;
  while (trimmed > at && '._-/'.includes(text[trimmed - 1]!)) trimmed--;
  return { end: trimmed, token: text.slice(at, trimmed) };
}

/** Reads "[connectors] id [and id]…" after a keyword; returns where reading stopped. */
function readReferences(text: string, from: number, spans: Replacement[]): number {
  let at = from;
  let marked = false;
  for (let connectors = 0; connectors < MAX_CONNECTORS; connectors++) {
    const next = skipSpaces(text, at);
    if (MARKS.has(text[next]!)) {
      marked = true;
      at = next + 1;
      continue;
    }
    const word = stickyAt(MARKER_WORD, text, next);
    const linking = word < 0 ? stickyAt(LINKING_WORD, text, next) : -1;
    if (word < 0 && linking < 0) break;
    marked ||= word >= 0;
    at = word >= 0 ? word : linking;
  }
  for (;;) {
    let start = skipSpaces(text, at);
    if (MARKS.has(text[start]!)) start = skipSpaces(text, start + 1);
    const found = tokenAt(text, start);
    if (!found) return at;
    const digits = digitCount(found.token);
    if (digits === 0 || (!marked && (digits < 3 || isYear(found.token)))) return at;
    spans.push({ start, end: found.end, label: '[number]' });
    at = found.end;
    const join = skipSpaces(text, at);
    const afterWord = stickyAt(LIST_WORD, text, join);
    if (LIST_MARKS.has(text[join]!)) at = join + 1;
    else if (afterWord >= 0) at = afterWord;
    else return at;
  }
}

function prefixedIsReference(token: string): boolean {
  const prefix = /^\p{Lu}+/u.exec(token)![0];
  if (KNOWN_PREFIXES.has(prefix)) return digitCount(token) >= 3;
  const groups = token.slice(prefix.length).split(/[-_./]/);
  return (
    groups.some((group) => /^\p{Nd}{5,}$/u.test(group)) ||
    groups.filter((group) => /^\p{Nd}+$/u.test(group)).length >= 2
  );
}

export function redactReferences(text: string): string {
  const spans: Replacement[] = [];
  KEYWORD.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = KEYWORD.exec(text)) !== null) {
    if (!digitSoon(text, KEYWORD.lastIndex)) continue;
    KEYWORD.lastIndex = Math.max(KEYWORD.lastIndex, readReferences(text, match.index + match[0].length, spans));
  }
  const keyed = replaceSpans(text, spans);
  const more: Replacement[] = [];
  STANDALONE.lastIndex = 0;
  while (STANDALONE.exec(keyed) !== null) {
    const start = skipSpaces(keyed, STANDALONE.lastIndex);
    const found = startsWithDigit(keyed, start) ? tokenAt(keyed, start) : null;
    if (found && digitCount(found.token) >= 3) {
      more.push({ start, end: found.end, label: '[number]' });
      STANDALONE.lastIndex = found.end;
    }
  }
  const marked = replaceSpans(keyed, more);
  return marked.replace(PREFIXED, (token) => (prefixedIsReference(token) ? '[number]' : token));
}
