import { phrasesAtWordStart } from '@/lib/engine/phrases';
import type { Span } from '@/lib/engine/types';
import { matchSpans } from '@/lib/rules/shared/match-spans';

/**
 * A time the agent hedges is not one the customer can plan with (issue 15, must-have 4):
 * "I'll email you, hopefully by Friday", "it should arrive maybe tomorrow", "by Monday,
 * probably". Only a hedge right next to the time counts: "Hopefully this helps. I'll call you
 * at 3 pm" still names a time.
 */
const HEDGE = phrasesAtWordStart(
  [
    '(?:hopefully|maybe|perhaps|possibly|probably|ideally|with (?:any|some) luck|fingers crossed|if all goes well)\\b',
    "(?:I|we) (?:think|hope|guess|reckon|believe)(?: it'll be| it will be)?(?= )",
  ],
  'gi',
);
// Up to two marks or spaces between the hedge and the time: "hopefully by", "Friday, hopefully".
const MAX_GAP = 2;

/** The spans among `times` that a hedge word touches. */
export function hedgedTimes(text: string, times: readonly Span[]): Span[] {
  const hedges = matchSpans(text, HEDGE);
  if (hedges.length === 0) return [];
  return times.filter((time) =>
    hedges.some(
      (hedge) =>
        (hedge.end <= time.start && time.start - hedge.end <= MAX_GAP) ||
        (time.end <= hedge.start && hedge.start - time.end <= MAX_GAP),
    ),
  );
}

/** Does the text hold a time (a global pattern's match) that no hedge touches? */
export function namesUnhedgedTime(text: string, globalTimePattern: RegExp): boolean {
  const times = matchSpans(text, globalTimePattern);
  return times.length > 0 && times.length > hedgedTimes(text, times).length;
}
