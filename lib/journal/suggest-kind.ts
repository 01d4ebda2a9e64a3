import type { WinKind } from '@/lib/journal/win-schema';

/**
 * A kind suggested from the words the agent typed for a new win, shown before it is saved
 * (walk 2026-12-07 #7, item 5: "Calmed an angry customer…" was silently saved as a Compliment and
 * counted as praise). Null when the words say nothing clear: then the agent picks. First match
 * wins, most specific first: "thanked me for staying late" is going above and beyond.
 */
const CUES: readonly [WinKind, RegExp][] = [
  ['above-and-beyond', /\b(above and beyond|extra mile|stayed (late|after)|on my day off|out of hours)\b/i],
  ['learned', /\b(learn(ed|t)|figured out|found out|now i know|til)\b/i],
  ['teamwork', /\b(team(mate)?s?|colleagues?|together|paired|pairing|covered for|handed over|helped me)\b/i],
  [
    'save',
    /\b(calm(ed)?|de-?escalat\w*|saved|rescued|turned (it|things|them) around|won (them|her|him) back|(didn['’]t|did not|won['’]t|will not) cancel|kept (the|their|a) (customer|account|subscription)|(they|customer) stayed|angry|furious|upset)\b/i,
  ],
  [
    'compliment',
    /\b(praised?|complimented?|compliments?|great review|5[- ]stars?|five stars?|said i was|called me|best (agent|support))\b/i,
  ],
  ['thank-you', /\b(thank(s|ed| you)?|grateful|appreciated?)\b/i],
];

export function suggestKind(text: string): WinKind | null {
  return CUES.find(([, cue]) => cue.test(text))?.[0] ?? null;
}
