import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findMaskedRegions } from '@/lib/engine/segment';
import { clearTextMemos } from '@/lib/engine/text-memo';

/**
 * findMaskedRegions reads each paragraph's lines once and remembers them; it must find what
 * reading the whole draft line by line finds. The reference below is that whole-draft reading
 * (the implementation before lines were remembered), kept as the definition.
 */
const REPLY_HEADER = /^\s*On\s.{3,}(?:wrote|said):\s*$/i;
const REPLY_HEADER_START = /^\s*On\s.{3,}$/i;
const REPLY_HEADER_END = /^.{0,80}(?:wrote|said):\s*$/i;
const FORWARD_HEADER = /^\s*(?:-{2,}\s*(?:Original Message|Forwarded message)\s*-*|From:\s.+)$/i;
const QUOTE_LINE = /^\s*>/;
const SIGNATURE_DELIMITER = /^--\s?$/;
const CLOSING =
  /^\s*(?:best|best wishes|best regards|kind regards|warm regards|warmest regards|regards|warmly|cheers|thanks|thank you|many thanks|thanks again|sincerely|yours sincerely|yours truly|all the best|take care|talk soon|speak soon|with thanks)\s*[,.!]?(.*)$/i;
const NAME_AFTER_CLOSING = /^(?:\s+\p{Lu}[\p{L}.'-]*){0,3}\s*$/u;
const GREETING =
  /^[ \t]*(?:hi|hello|hey|hiya|dear|greetings|good (?:morning|afternoon|evening))(?:[ \t]+[\p{L}\p{M}][\p{L}\p{M}.'-]*){0,4}[ \t]*(?:[,!:]|$)/iu;

const INLINE_CLOSING =
  /^(?:best|best wishes|best regards|kind regards|warm regards|warmest regards|regards|warmly|cheers|thanks|thank you|many thanks|sincerely|yours sincerely|yours truly|all the best|take care|with thanks)\s*[,.!]?((?:\s+\S+){1,5})\s*$/i;
const INLINE_NAME = /^(?:\s+(?:\p{Lu}[\p{L}.'-]*|&))+$/u;

/** The last non-blank line's closing after a sentence end, tried at every such end from the left. */
function inlineSignOff(lines: Array<{ start: number; end: number; text: string }>) {
  const last = lines.filter((line) => line.text.trim() !== '').pop();
  if (!last) return null;
  const from = Math.max(0, last.text.length - 80);
  const tail = last.text.slice(from);
  for (let i = 0; i < tail.length; i++) {
    if (!'.!?'.includes(tail[i]!)) continue;
    let start = i + 1;
    while (start < tail.length && /\s/.test(tail[start]!)) start++;
    if (start === i + 1) continue;
    const closing = INLINE_CLOSING.exec(tail.slice(start));
    if (closing && INLINE_NAME.test(closing[1]!)) return { start: last.start + from + start, end: last.end };
  }
  return null;
}

function reference(draft: string) {
  const lines: Array<{ start: number; end: number; text: string }> = [];
  for (let start = 0; start <= draft.length;) {
    const newline = draft.indexOf('\n', start);
    const stop = newline === -1 ? draft.length : newline;
    const end = stop > start && draft.charCodeAt(stop - 1) === 13 ? stop - 1 : stop;
    lines.push({ start, end, text: draft.slice(start, end) });
    if (newline === -1) break;
    start = newline + 1;
  }
  let thread = lines.length;
  for (let i = lines.length - 1; i >= 0; i--) {
    if (QUOTE_LINE.test(lines[i]!.text)) thread = i;
    else if (lines[i]!.text.trim() !== '') break;
  }
  for (let i = 0; i < thread; i++) {
    const line = lines[i]!.text;
    const next = lines[i + 1]?.text ?? '';
    if (REPLY_HEADER.test(line) || FORWARD_HEADER.test(line)) {
      thread = i;
      break;
    }
    if (REPLY_HEADER_START.test(line) && line.length < 200 && REPLY_HEADER_END.test(next)) {
      thread = i;
      break;
    }
  }
  let signature = lines.slice(0, thread).findIndex((line) => SIGNATURE_DELIMITER.test(line.text));
  if (signature === -1) {
    signature = thread;
    for (let i = 0; i < thread; i++) {
      const closing = CLOSING.exec(lines[i]!.text);
      if (!closing || !NAME_AFTER_CLOSING.test(closing[1] ?? '')) continue;
      const after = lines.slice(i + 1, thread).filter((line) => line.text.trim() !== '');
      if (after.length <= 4 && after.every((line) => line.text.length <= 60) && (i > 0 || after.length > 0)) {
        signature = i;
        break;
      }
    }
  }
  const regions: Array<{ kind: string; start: number; end: number }> = [];
  const firstText = lines.findIndex((line) => line.text.trim() !== '');
  if (firstText !== -1 && firstText < signature) {
    const greeting = GREETING.exec(lines[firstText]!.text);
    const start = lines[firstText]!.start;
    if (greeting) regions.push({ kind: 'greeting', start, end: start + greeting[0].length });
  }
  for (let i = 0; i < signature; i++) {
    if (QUOTE_LINE.test(lines[i]!.text)) regions.push({ kind: 'quote', start: lines[i]!.start, end: lines[i]!.end });
  }
  const tail = (index: number) => lines[index]?.start ?? draft.length;
  if (signature < thread) regions.push({ kind: 'signature', start: tail(signature), end: tail(thread) });
  else {
    const inline = inlineSignOff(lines.slice(0, signature));
    if (inline) regions.push({ kind: 'signature', ...inline });
  }
  if (thread < lines.length) regions.push({ kind: 'quoted-thread', start: tail(thread), end: draft.length });
  return regions.filter((region) => region.end > region.start);
}

const PIECES = [
  'Hi Sam,',
  'Dear Mrs. Lopez',
  'We refunded it.',
  ' ok',
  '\n',
  '\n\n',
  '\r\n',
  '\r\n\r\n',
  '> quoted line',
  '  > indented quote',
  'Best,',
  'Thanks, Alex',
  ' Thanks, Billing Team',
  ' Cheers, Sam',
  ' thanks for waiting',
  'Thanks for waiting, the parcel left today.',
  'Alex Moreno',
  '--',
  '-- ',
  'On Tue, 3 Mar 2026, Dana <dana@example.com> wrote:',
  'On Tue, 3 Mar 2026, Dana',
  '<dana@example.com> wrote:',
  'From: Dana <dana@example.com>',
  '-----Original Message-----',
  'A line long enough to be more than sixty characters when it is written out in full.',
];

describe('masked regions, paragraph by paragraph', () => {
  it('are what reading the whole draft line by line finds, with or without remembered paragraphs', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }), fc.boolean(), (pieces, forget) => {
        const draft = pieces.join('');
        if (forget) clearTextMemos();
        expect(findMaskedRegions(draft)).toEqual(reference(draft));
      }),
      { numRuns: 3000 },
    );
  });
});
