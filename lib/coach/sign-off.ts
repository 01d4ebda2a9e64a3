import { redactQuote } from '@/lib/coach/redact';

/**
 * A thank-you keeps the customer's words, not their signature (walk 2026-12-07 #7, item 6:
 * "…I really appreciate your help! Priya"), both on the sidebar's thank-you card and in the saved
 * win: it lives here, below lib/background, so the card and the journal share one trim. Only a name of one to three capitalised words after
 * the last finished sentence goes, with a closing such as "Thanks," or "Best," before it; a
 * capitalised last word that reads as part of the message ("Amazing") stays.
 */
const CLOSINGS = [
  'many thanks',
  'thanks again',
  'thank you',
  'thanks',
  'cheers',
  'best wishes',
  'best',
  'kind regards',
  'warm regards',
  'regards',
  'sincerely',
  'all the best',
  'love',
];
// Either case for the closing's first letter; a name's words must each start with a capital.
const CLOSING = String.raw`(?:${CLOSINGS.map((word) => `[${word[0]!.toUpperCase()}${word[0]}]${word.slice(1)}`).join('|')})[,!.]?\s+`;
const NAME_WORD = String.raw`\p{Lu}[\p{L}'’-]*`;
const SIGN_OFF = new RegExp(
  String.raw`([.!?…][)"”’]?)\s+(?:${CLOSING})?[-–—~]?\s*(${NAME_WORD}(?:\s+${NAME_WORD}\.?){0,2})\s*$`,
  'u',
);
// Capitalised words that end a message as words, not as a name.
const NOT_NAMES = new Set([
  'thanks',
  'thank',
  'you',
  'i',
  'cheers',
  'amazing',
  'wow',
  'great',
  'awesome',
  'perfect',
  'brilliant',
  'again',
  'everyone',
  'team',
  'legend',
]);

export function withoutSignOff(quote: string): string {
  const match = SIGN_OFF.exec(quote);
  if (!match) return quote;
  const name = match[2] ?? '';
  if (name.split(/\s+/).some((word) => NOT_NAMES.has(word.toLowerCase()))) return quote;
  return quote.slice(0, match.index) + (match[1] ?? '');
}

/** A customer's thank-you as the sidebar shows it and the journal keeps it: no personal data, no signature. */
export function thankYouQuote(text: string): string {
  return withoutSignOff(redactQuote(text));
}
