import { defineCue } from '@/lib/classify/cues/cue';

/** Weaker repeat cues ("again", "for weeks", "keeps crashing"): they only nudge the logit. */
export default defineCue({
  id: 'repeated-trouble',
  pattern:
    /\b(?<!\b(?:thanks?|thank you|hi|hello|hey) )(?:yet )?again\b|\bfor (?:weeks|days|months|ages)\b|\b(?:keeps?|kept) (?:asking|telling|getting(?! better)|happening|crashing|failing|breaking|charging|logging me out)\b|\b(?:many|several|multiple) times\b/gi,
  effects: { frustration: 0.8 },
});
