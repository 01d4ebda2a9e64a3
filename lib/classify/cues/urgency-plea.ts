import { defineCue } from '@/lib/classify/cues/cue';

/**
 * Urgency: an explicit plea for speed ("asap", "urgent", "right away"). One is confident.
 * A word in quotes is mentioned, not pleaded ("my 'urgent' ticket"); "I immediately bought" tells what was done.
 * Urgency has no GoEmotions label: all urgency rules add to URGENCY_PRIOR in score-message.ts,
 * whose points make one deadline, stoppage, stranded, harm or minutes-ago cue a hint, and two cues confident.
 */
export default defineCue({
  id: 'urgency-plea',
  pattern:
    /\b(?:asap|(?<!["“'‘])urgent(?:ly)?(?!["”'’])|emergency(?! (?:contact|exit)s?\b(?! (?:number|line)\b))|(?<!\b(?:effective|i|we|they|she|he) )immediately|right away|(?<!(?:^|[.!?\n])\s*)right now|as soon as possible|time[- ]sensitive|running out of time|critical(?! (?:incidents?|issues?|updates?|patches?|bugs?)\b)|top priority)\b/gi,
  effects: { urgency: 4.2 },
});
