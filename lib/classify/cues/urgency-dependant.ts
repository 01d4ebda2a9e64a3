import { defineCue } from '@/lib/classify/cues/cue';
import { NOT_PAST, NOT_REPORTED } from '@/lib/classify/near-time';

// Someone who cannot wait out a fault the way an adult can: a baby, toddlers, small children.
const DEPENDANT = String.raw`(?:small |young |little |sick )?(?:\d+[- ]?(?:yr|year|month|week)s?[- ]?olds?|bab(?:y|ies)|newborn|toddlers?|(?:small|young|little) (?:kids|children|ones))`;

/**
 * Urgency: the writer names a small child who is with them now, as the reason it cannot wait:
 * "No gas for three days with two toddlers in the house", "Our pram didn't come off the plane.
 * We have a 7-month-old.", "it's 1am and we have 2 small kids with us". Blind writers state the
 * hurry this way, calmly, with no clock (tests/fixtures/retired-blind). Told as past ("slept on
 * the floor with a toddler") or as said before ("when I said we have a newborn") it is a story,
 * not a need now (near-time.ts). One is a hint.
 */
export default defineCue({
  id: 'urgency-dependant',
  pattern: new RegExp(
    String.raw`\b(?=we|with)${NOT_REPORTED}${NOT_PAST}(?:we(?:'ve)? (?:have|got)|with) (?:a |an |two |2 |three |3 |my |our )?${DEPENDANT}\b(?!'s? (?:birthday|party|first|clothes|toys?|room|photos?))`,
    'gi',
  ),
  effects: { urgency: 2.2 },
});
