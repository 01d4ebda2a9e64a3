/**
 * "Ready to send" is said only of a reply that looks complete, so it never interrupts
 * composing: long enough and ending a sentence or with a sign-off. A short reply counts once it
 * holds two sentences ("You're welcome, Mei, glad it works now! Have a great day."): a thank-you
 * answered in one line is a finished reply, while a lone "Thanks, done." may still be a start.
 */
const LONG_ENOUGH = 80;
const SHORTEST_REPLY = 30;
const TWO_SENTENCES = /[.!?]\s+\S/;
// A sign-off on its own last line ("Best", "Thanks, Sam"); not a first line that opens with "Thanks for…".
const SIGN_OFF = /^(?:best|thanks|thank you|cheers|kind regards|regards|warmly)\b.{0,30}$/i;

export function draftLooksFinished(draft: string): boolean {
  const text = draft.trim();
  if (text.length < SHORTEST_REPLY) return false;
  if (text.length < LONG_ENOUGH && !TWO_SENTENCES.test(text)) return false;
  // Read from the end, not split: this runs on every keystroke of a long draft.
  const lastBreak = text.lastIndexOf('\n');
  const lastLine = text.slice(lastBreak + 1).trim();
  const threeLines = lastBreak > 0 && text.lastIndexOf('\n', lastBreak - 1) !== -1;
  return /[.!?)]$/.test(text) || (lastBreak > 0 && SIGN_OFF.test(lastLine)) || threeLines;
}
