import { defineCue } from '@/lib/classify/cues/cue';

// Who the feeling is about: the writer, or the people they are writing for.
const WHO = String.raw`(?:i'?m|i am|i was|i'?ve been|we'?re|we are|we were|she'?s|he'?s|she was|he was|they'?re|i feel|i felt|we feel|feeling|left me|leaves me)`;
const DEGREE = String.raw`(?:so |really |very |just |quite |a bit |a little |getting |absolutely |genuinely |honestly |now |completely |utterly |feeling )*`;
// Low, not angry: how a let-down or a frightened person says how they are. Not "scared", "it's a
// shame" or "used to love": on Reddit (GoEmotions train) those are fear, annoyance and fond
// memories far more often than sadness.
const LOW = String.raw`(?:let down|deflated|gutted|crushed|heartsick|frightened|distressed|exhausted|lonely|in tears|crying|close to tears|sad|hopeless|helpless)`;

/**
 * Sadness said quietly: the writer (or their child, their mum) is let down, frightened,
 * exhausted or in tears, or was looking forward to what went wrong ("I was so looking forward
 * to this trip", "she was so excited", "it was supposed to be a special night"). Customers who write this way are rarely loud, so the model's complaint
 * words miss them; support train and the retired blind sets label 33 of 34 such messages sad.
 * A floor at the hint, like grief: the words are the feeling.
 */
export default defineCue({
  id: 'low-spirits',
  pattern: new RegExp(
    [
      String.raw`\b${WHO} ${DEGREE}${LOW}\b`,
      String.raw`\b(?:we were|i was|(?:he|she|they) (?:was|were)) (?:so |really )*(?:excited|looking forward)\b`,
      String.raw`\bwas (?:really |so )?looking forward to\b`,
      String.raw`\b(?:it was|was) (?:supposed|meant) to be (?:a |our |my )?(?:special|perfect|lovely)\b`,
      String.raw`\b(?:broke|breaks) my heart\b`,
    ].join('|'),
    'gi',
  ),
  floors: { sadness: 0.6 },
});
