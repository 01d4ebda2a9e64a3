/**
 * The history a mail client quotes under a reply: an "On <date>, <name> wrote:"
 * header and everything after it. Helpdesks that render mail keep it in the
 * message body; only the words above it are the customer's new message.
 * (lib/engine/segment.ts finds the same headers in drafts; the reader cannot
 * import the engine, so the two patterns are kept alike by hand.)
 */

// "On Tue, 3 Mar 2026, Joy <joy@example.com> wrote:", also split over two lines by mail clients.
const REPLY_HEADER = /^\s*On\s.{3,}(?:wrote|said):\s*$/i;
const REPLY_HEADER_START = /^\s*On\s.{3,}$/i;
const REPLY_HEADER_END = /^.{0,80}(?:wrote|said):\s*$/i;
const FORWARD_HEADER = /^\s*-{2,}\s*(?:Original Message|Forwarded message)\s*-*\s*$/i;
const QUOTE_LINE = /^\s*>/;

/** The text up to the first reply header, or up to a closing block of only ">" lines. */
export function withoutReplyHistory(text: string): string {
  const lines = text.split('\n');
  let cut = lines.length;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const twoLineHeader = REPLY_HEADER_START.test(line) && REPLY_HEADER_END.test(lines[i + 1] ?? '');
    if (REPLY_HEADER.test(line) || FORWARD_HEADER.test(line) || twoLineHeader) {
      cut = i;
      break;
    }
  }
  // A closing block of ">" lines (bottom quoting without a header) is history too.
  while (cut > 0 && (QUOTE_LINE.test(lines[cut - 1]!) || lines[cut - 1]!.trim() === '')) cut--;
  return lines.slice(0, cut).join('\n').trim();
}
