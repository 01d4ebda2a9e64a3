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
      String.raw`\b(?:oh |just |how |really )?(?:great|wonderful|fantastic|brilliant|perfect|lovely|awesome|nice|amazing|super)\s*[,.!…]+\s*(?:just |yet |now |so |and )?(?:(?:another|more)(?! (?:quick |small |short |little )?questions?\b)|again|still|nothing(?! else\b)|no one|nobody)\b`,
      String.raw`\b(?:love|great|awesome|nice|wonderful) (?:how|that) (?:i|we|you|it|this) (?:have to|has to|had to|keep(?! (?:improving|adding|getting better)\b)|still(?= (?:not|no|nothing|cannot|\w+n'?t)\b)|never(?= (?:reply|replies|replied|answer|answers|respond|responds|call|calls|listen|listens|read|reads|fix|fixes|work|works|get back|gets back)\b)|always(?= (?:crash|fail|break|freez|glitch|los)\w*))\b`,
      String.raw`\b(?:thanks?|thank you|helpful|great|appreciated?)\b[^.!?\n]{0,40}(?:\.{2,}|…)\s*not\b(?![ \t]+(?!at all\b|really\b)[a-z])`,
      String.raw`\bthanks? for (?:the|your) (?:(?:zero|no) (?!(?:fees?|interest|cost|charge|fuss|hassle|quibble|questions)\b)|(?:non-?existent|useless) )\w+`,
      String.raw`\b(?:yeah|sure),? right\b(?![- ](?:now|away|after|here|there|then|side|click|before|below|above|next)\b)`,
    ].join('|'),
    'gi',
  ),
  ceilings: { gratitude: 0.2 },
  floors: { frustration: 0.6 },
});
