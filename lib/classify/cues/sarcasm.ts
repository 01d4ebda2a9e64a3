import { defineCue } from '@/lib/classify/cues/cue';

/**
 * Thanks or praise that is plainly ironic ("thanks for nothing", "great, another week of
 * waiting"): the words look grateful, the customer is annoyed. Only marked sarcasm is
 * caught; the cues need a second, negative element next to the praise.
 */
export default defineCue({
  id: 'sarcasm',
  pattern: new RegExp(
    [
      String.raw`\bthanks?(?: you)?(?: so much| a lot)? for nothing\b`,
      String.raw`\b(?:oh |just |how |really )?(?:great|wonderful|fantastic|brilliant|perfect|lovely|awesome|nice|amazing|super)\s*[,.!…]+\s*(?:just |yet |now |so |and )?(?:another|more|again|still|nothing|no one|nobody)\b`,
      String.raw`\b(?:love|great|awesome|nice|wonderful) (?:how|that) (?:i|we|you|it|this) (?:have to|has to|had to|still|keep|never|always)\b`,
      String.raw`\b(?:thanks?|thank you|helpful|great|appreciated?)\b[^.!?\n]{0,40}(?:\.{2,}|…)\s*not\b`,
      String.raw`\bthanks? for (?:the|your) (?:zero|no|non-?existent|useless) \w+`,
      String.raw`\b(?:yeah|sure),? right\b`,
    ].join('|'),
    'gi',
  ),
  ceilings: { gratitude: 0.2 },
  floors: { frustration: 0.6 },
});
