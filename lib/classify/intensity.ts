import { stackedMarkSpans } from '@/lib/classify/stacked-marks';
import type { Span } from '@/lib/engine/types';

/**
 * Shouting (several ALL-CAPS words) and stacked punctuation ("!!!", "???", "?!") make an
 * existing feeling louder; on their own they are also how people write "THANK YOU!!!".
 * So they only amplify a signal that other cues already lean towards (see score-message.ts).
 */
export interface IntensityCues {
  shouting: Span[];
  exclaiming: Span[];
  questioning: Span[];
}

// Two letters or more: "IS" and "MY" in "WHERE IS MY ORDER" count, the pronoun "I" does not.
const SHOUTED_WORD = /\b[A-Z][A-Z']{1,}\b/g;
const QUESTION_RUN = /\?{2,}/g;
// Acronyms customers use in calm messages are not shouting; "NAME" is GoEmotions' mask for people.
const ACRONYMS = new Set(
  'OK ID US UK EU TV PC IT HR AM PM ASAP FAQ PDF USD EUR GBP URL API SMS CEO USA VAT ETA UPS DHL FYI PIN SSO CSV APP IOS LOL OMG NAME'.split(
    ' ',
  ),
);

const spansOf = (text: string, pattern: RegExp) =>
  [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));

export function findIntensity(text: string): IntensityCues {
  const shouted = spansOf(text, SHOUTED_WORD).filter((s) => !ACRONYMS.has(text.slice(s.start, s.end)));
  return {
    shouting: shouted.length >= 2 ? shouted : [],
    exclaiming: stackedMarkSpans(text),
    questioning: spansOf(text, QUESTION_RUN),
  };
}
