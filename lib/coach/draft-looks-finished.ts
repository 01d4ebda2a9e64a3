import { LONG_PAUSE_MS, TYPING_PAUSE_MS } from '@/lib/coach/sentence-around';

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

/**
 * A last sentence that hands the conversation back ("Let me know if that works.", "Have a good
 * weekend!", "Hope this helps."): what agents write when they are done, rarely before.
 */
const CLOSING =
  /\b(?:let (?:me|us) know|hope (?:this|that) helps|have a (?:great|good|lovely|nice|wonderful)\b|(?:any|further|other|more) questions|feel free|(?:don['’]t|do not) hesitate|take care|all the best|best wishes|kind regards|(?:thanks|thank you) (?:again|for your (?:patience|understanding))|happy to help)/i;

function closes(text: string): boolean {
  // A sign-off on one of the last two lines: "Best" above the agent's name.
  const lines = text.split('\n').slice(-3);
  if (lines.length > 1 && lines.slice(1).some((line) => SIGN_OFF.test(line.trim()))) return true;
  // The last sentence only: "Let me know" early in a reply is a question on the way.
  const last = lines.at(-1)!;
  const lastStart = Math.max(last.lastIndexOf('. ', last.length - 2), last.lastIndexOf('! '), last.lastIndexOf('? '));
  return CLOSING.test(last.slice(lastStart + 1));
}

/**
 * Whether a judgement of the whole reply (Finding.wholeReply: "nothing here offers a way
 * forward") may be shown. A finished sentence is not a finished reply: at a pause after "We can't
 * expedite it." the time or the offer is often the next sentence, and every sentence-end looks
 * like an ending. So the reply must look finished (draftLooksFinished) and either close (a
 * sign-off or a closing line) after a typing pause, or rest long. While the agent types on it is
 * never judged: they are still writing it.
 */
export function wholeReplyJudged(draft: string, idleMs: number): boolean {
  if (idleMs < TYPING_PAUSE_MS || !draftLooksFinished(draft)) return false;
  return idleMs >= LONG_PAUSE_MS || closes(draft.trim());
}
