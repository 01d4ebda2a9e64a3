import { knownParagraphs, paragraphMemo, paragraphsOf } from '@/lib/engine/paragraphs';
import { whenTextMemosClear } from '@/lib/engine/text-memo';
import type { Span } from '@/lib/engine/types';

/**
 * Finds the parts of a reply that the agent did not write as coaching material:
 * the greeting line, quoted customer text and everything after a sign-off.
 * They are blanked (not removed) so every offset still points into the draft.
 */

export type MaskedKind = 'greeting' | 'quote' | 'quoted-thread' | 'signature';
export interface MaskedRegion extends Span {
  kind: MaskedKind;
}

/** What the masking needs to know of one line, worked out once per distinct paragraph. */
interface LineFacts {
  /** The line without its line break (or "\r\n"). */
  text: string;
  blank: boolean;
  quote: boolean;
  /** A one-line reply or forward header. */
  header: boolean;
  /** The first line of a reply header wrapped onto two lines (the next line must end it). */
  headerStart: boolean;
  signatureDelimiter: boolean;
  /** A sign-off ("Best,", "Thanks, Alex"). */
  closing: boolean;
  /**
   * The length of the greeting the line opens with, -1 for none; read only for the reply's first
   * line (see greetingLength), and kept here so a call whose first line is unchanged does not read it again.
   */
  greeting?: number;
}

interface Line {
  start: number;
  /** End of the line's text, before its line break. */
  end: number;
  facts: LineFacts;
}

// "On Tue, 3 Mar 2026, Joy <joy@example.com> wrote:" (often wrapped onto two lines by mail clients).
const REPLY_HEADER = /^\s*On\s.{3,}(?:wrote|said):\s*$/i;
const REPLY_HEADER_START = /^\s*On\s.{3,}$/i;
const REPLY_HEADER_END = /^.{0,80}(?:wrote|said):\s*$/i;
const FORWARD_HEADER = /^\s*(?:-{2,}\s*(?:Original Message|Forwarded message)\s*-*|From:\s.+)$/i;
// What every header above starts with: most lines fail this one test instead of three.
const MAYBE_HEADER = /^\s*(?:On\s|--|From:)/i;
const QUOTE_LINE = /^\s*>/;
// `\s` is the set trim() removes: testing for anything else allocates no trimmed copy.
const NOT_SPACE = /\S/;
const SIGNATURE_DELIMITER = /^--\s?$/;
// Sign-off words that close a reply; the short lines after them are the name and title.
const CLOSING =
  /^\s*(?:best|best wishes|best regards|kind regards|warm regards|warmest regards|regards|warmly|cheers|thanks|thank you|many thanks|thanks again|sincerely|yours sincerely|yours truly|all the best|take care|talk soon|speak soon|with thanks)\s*[,.!]?(.*)$/i;
// Only capitalised words may follow on the same line ("Thanks, Alex"), so "Thanks for your patience" stays lintable.
const NAME_AFTER_CLOSING = /^(?:\s+\p{Lu}[\p{L}.'-]*){0,3}\s*$/u;
const MAX_SIGNATURE_LINES = 4;
// The same sign-off at the end of the last line, after a finished sentence, with a name or team
// ("… within 5 days. Thanks, Billing Team"): chat replies and one-line emails sign off inline.
const INLINE_SIGN_OFF =
  /[.!?]\s+((?:best|best wishes|best regards|kind regards|warm regards|warmest regards|regards|warmly|cheers|thanks|thank you|many thanks|sincerely|yours sincerely|yours truly|all the best|take care|with thanks)\s*[,.!]?((?:\s+\S+){1,5})\s*)$/i;
// Case matters here: "Thanks for your patience" is a sentence, "Thanks, Billing Team" a sign-off.
const INLINE_NAME = /^(?:\s+(?:\p{Lu}[\p{L}.'-]*|&))+$/u;
// Only the line's end is read: a sign-off is short, and this keeps a long last line linear.
const INLINE_SIGN_OFF_REACH = 80;
const MAX_SIGNATURE_LINE_LENGTH = 60;
// "Hi Sam," / "Dear Mrs. Lopez," / "Hey there!" at the start of the reply; up to four name words.
const GREETING =
  /^[ \t]*(?:hi|hello|hey|hiya|dear|greetings|good (?:morning|afternoon|evening))(?:[ \t]+[\p{L}\p{M}][\p{L}\p{M}.'-]*){0,4}[ \t]*(?:[,!:]|$)/iu;

function factsOfLine(text: string): LineFacts {
  const maybeHeader = MAYBE_HEADER.test(text);
  const closing = CLOSING.exec(text);
  return {
    text,
    blank: !NOT_SPACE.test(text),
    quote: QUOTE_LINE.test(text),
    header: maybeHeader && (REPLY_HEADER.test(text) || FORWARD_HEADER.test(text)),
    headerStart: maybeHeader && REPLY_HEADER_START.test(text) && text.length < 200,
    signatureDelimiter: SIGNATURE_DELIMITER.test(text),
    closing: closing !== null && NAME_AFTER_CLOSING.test(closing[1] ?? ''),
    // Set here, so every line's facts have one shape when greetingLength fills it in.
    greeting: undefined,
  };
}

/** A paragraph's lines, offsets relative to it; one ending in a line break ends with an empty line. */
function linesOfParagraph(paragraph: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= paragraph.length) {
    const newline = paragraph.indexOf('\n', start);
    const stop = newline === -1 ? paragraph.length : newline;
    const end = stop > start && paragraph.charCodeAt(stop - 1) === 13 ? stop - 1 : stop;
    lines.push({ start, end, facts: factsOfLine(paragraph.slice(start, end)) });
    if (newline === -1) break;
    start = newline + 1;
  }
  return lines;
}

// Paragraph by paragraph, remembered: a keystroke changes one paragraph, so only its lines are read again.
const linesOfParagraphs = paragraphMemo(linesOfParagraph);

/** The draft's lines, as splitting the whole draft at every line break would give them. */
function splitLines(draft: string): Line[] {
  const paragraphs = paragraphsOf(draft);
  const perParagraph = linesOfParagraphs(paragraphs);
  const lines: Line[] = [];
  let offset = 0;
  for (let p = 0; p < paragraphs.length; p++) {
    const local = perParagraph[p]!;
    // A paragraph other than the last ends with "\n\n": its final empty line is where the next one starts.
    const count = p < paragraphs.length - 1 ? local.length - 1 : local.length;
    for (let i = 0; i < count; i++) {
      const line = local[i]!;
      lines.push({ start: offset + line.start, end: offset + line.end, facts: line.facts });
    }
    offset += paragraphs[p]!.length;
  }
  return lines;
}

/** Where the quoted thread begins: a reply header, or a final block of only ">" lines. */
function threadStart(lines: Line[]): number {
  let trailingQuote = lines.length;
  for (let i = lines.length - 1; i >= 0; i--) {
    const facts = lines[i]!.facts;
    if (facts.quote) trailingQuote = i;
    else if (!facts.blank) break;
  }
  for (let i = 0; i < trailingQuote; i++) {
    const facts = lines[i]!.facts;
    if (facts.header) return i;
    if (facts.headerStart && REPLY_HEADER_END.test(lines[i + 1]?.facts.text ?? '')) return i;
  }
  return trailingQuote;
}

function signatureStart(lines: Line[], limit: number): number {
  for (let i = 0; i < limit; i++) {
    if (lines[i]!.facts.signatureDelimiter) return i;
  }
  for (let i = 0; i < limit; i++) {
    if (!lines[i]!.facts.closing) continue;
    const after = lines.slice(i + 1, limit).filter((line) => !line.facts.blank);
    const looksLikeName =
      after.length <= MAX_SIGNATURE_LINES && after.every((line) => line.facts.text.length <= MAX_SIGNATURE_LINE_LENGTH);
    // A closing word followed by real paragraphs ("Thanks! Your order ships...") is not a sign-off.
    if (looksLikeName && (i > 0 || after.length > 0)) return i;
  }
  return limit;
}

/** A sign-off at the end of the reply's last line (see INLINE_SIGN_OFF), when no line of its own holds one. */
function inlineSignOff(lines: Line[], limit: number): MaskedRegion | null {
  let last = limit - 1;
  while (last >= 0 && lines[last]!.facts.blank) last--;
  if (last < 0) return null;
  const line = lines[last]!;
  let from = Math.max(0, line.facts.text.length - INLINE_SIGN_OFF_REACH);
  // The leftmost sentence end may open a "closing" that runs on into more sentences ("Cheers, SamWe
  // refunded it. Cheers, Sam", found by tests/engine/segment-lines.test.ts): then try the next end.
  for (;;) {
    const found = INLINE_SIGN_OFF.exec(line.facts.text.slice(from));
    if (!found) return null;
    if (INLINE_NAME.test(found[2]!)) {
      const start = line.start + from + found.index + found[0].length - found[1]!.length;
      return { kind: 'signature', start, end: line.end };
    }
    from += found.index + 1;
  }
}

function greetingLength(facts: LineFacts): number {
  if (facts.greeting === undefined) facts.greeting = GREETING.exec(facts.text)?.[0].length ?? -1;
  return facts.greeting;
}

export function findMaskedRegions(draft: string): MaskedRegion[] {
  const lines = splitLines(draft);
  const regions: MaskedRegion[] = [];
  const thread = threadStart(lines);
  const signature = signatureStart(lines, thread);

  const firstText = lines.findIndex((line) => !line.facts.blank);
  if (firstText !== -1 && firstText < signature) {
    const line = lines[firstText]!;
    const greeting = greetingLength(line.facts);
    if (greeting !== -1) regions.push({ kind: 'greeting', start: line.start, end: line.start + greeting });
  }
  for (let i = 0; i < signature; i++) {
    const line = lines[i]!;
    if (line.facts.quote) regions.push({ kind: 'quote', start: line.start, end: line.end });
  }
  const tail = (index: number) => lines[index]?.start ?? draft.length;
  if (signature < thread) regions.push({ kind: 'signature', start: tail(signature), end: tail(thread) });
  else {
    const inline = inlineSignOff(lines, signature);
    if (inline) regions.push(inline);
  }
  if (thread < lines.length) regions.push({ kind: 'quoted-thread', start: tail(thread), end: draft.length });
  return regions.filter((region) => region.end > region.start);
}

const CURLY_SINGLE = /[\u2018\u2019\u02BC]/g;
const CURLY_DOUBLE = /[\u201C\u201D]/g;

/** Every character but line breaks turned into a space (one per UTF-16 unit, so offsets hold). */
function blanked(text: string): string {
  return text
    .split('\n')
    .map((line) => ' '.repeat(line.length))
    .join('\n');
}

/**
 * The regions that are blanked, in order: sorted by start, and a region that starts inside
 * the one before is skipped whole. Null for spans no masking makes (negative or reversed),
 * which the plain definition below handles.
 */
function blankedSpans(regions: readonly MaskedRegion[]): Span[] | null {
  const spans: Span[] = [];
  let cursor = 0;
  for (const region of [...regions].sort((a, b) => a.start - b.start)) {
    if (region.start < 0 || region.end < region.start) return null;
    if (region.start < cursor) continue;
    spans.push(region);
    cursor = region.end;
  }
  return spans;
}

/**
 * The text rules read: same length as the draft, masked regions turned into spaces
 * (line breaks kept so sentences still end there), curly quotes straightened so
 * "can’t" and "can't" match the same pattern.
 *
 * Built paragraph by paragraph: blanking keeps every line break, so the lintable text has
 * the draft's paragraphs, and an unmasked one is its remembered straightened paragraph, the
 * same string as on the last call. The sentence splitter is handed these paragraphs rather
 * than cutting and comparing the lintable text again.
 */
export function lintableText(draft: string, regions: MaskedRegion[]): string {
  const spans = blankedSpans(regions);
  if (spans === null) return lintableTextAtOnce(draft, regions);
  const paragraphs = paragraphsOf(draft);
  const straight = straightParagraphs(paragraphs);
  const parts: string[] = [];
  let next = 0;
  for (let p = 0, offset = 0; p < paragraphs.length; offset += paragraphs[p]!.length, p++) {
    const end = offset + paragraphs[p]!.length;
    while (next < spans.length && spans[next]!.end <= offset) next++;
    let part = straight[p]!;
    if (next < spans.length && spans[next]!.start < end) {
      const local: number[] = [];
      for (let s = next; s < spans.length && spans[s]!.start < end; s++) {
        local.push(Math.max(spans[s]!.start, offset) - offset, Math.min(spans[s]!.end, end) - offset);
      }
      part = blankedParagraph(part, local);
    }
    parts.push(part);
  }
  blankedBefore = blankedNow;
  blankedNow = new Map();
  const lintable = parts.join('');
  knownParagraphs(lintable, parts);
  return lintable;
}

// The masked paragraphs (greeting, signature, quoted thread) come back on every call with the
// same blanks while the agent types elsewhere: last call's blanked copies, by paragraph, are
// handed out again (the same string, so the memos after this know it by a pointer comparison).
interface BlankedCopy {
  local: readonly number[];
  part: string;
}
let blankedBefore = new Map<string, BlankedCopy>();
let blankedNow = new Map<string, BlankedCopy>();
whenTextMemosClear(() => {
  blankedBefore = new Map();
  blankedNow = new Map();
});

/** `paragraph` with the pairs of `local` offsets (from, to, from, to…, in order) blanked. */
function blankedParagraph(paragraph: string, local: readonly number[]): string {
  const known = blankedBefore.get(paragraph);
  if (known && known.local.length === local.length && known.local.every((at, i) => at === local[i])) {
    blankedNow.set(paragraph, known);
    return known.part;
  }
  let out = '';
  let cursor = 0;
  for (let i = 0; i < local.length; i += 2) {
    out += paragraph.slice(cursor, local[i]) + blanked(paragraph.slice(local[i], local[i + 1]));
    cursor = local[i + 1]!;
  }
  const part = out + paragraph.slice(cursor);
  blankedNow.set(paragraph, { local, part });
  return part;
}

/** lintableText in one pass over the whole draft, for regions no masking makes. */
function lintableTextAtOnce(draft: string, regions: MaskedRegion[]): string {
  // Straightening first is the same: it swaps single characters, and blanking leaves no quotes.
  const straight = straightParagraphs(paragraphsOf(draft)).join('');
  let out = '';
  let cursor = 0;
  for (const region of [...regions].sort((a, b) => a.start - b.start)) {
    if (region.start < cursor) continue;
    out += straight.slice(cursor, region.start);
    out += blanked(straight.slice(region.start, region.end));
    cursor = region.end;
  }
  return out + straight.slice(cursor);
}

// Paragraph by paragraph, remembered: a keystroke changes one, and this pass was most of lintableText.
const straightParagraphs = paragraphMemo((paragraph) =>
  paragraph.replace(CURLY_SINGLE, "'").replace(CURLY_DOUBLE, '"'),
);
