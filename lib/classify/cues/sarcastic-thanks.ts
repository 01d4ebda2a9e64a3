import { defineCue } from '@/lib/classify/cues/cue';

const FAILINGS = String.raw`(?:wasting|ruining|losing|delaying|ignoring|nothing|leaving|breaking|damaging|stranding|overcharging|misplacing|hanging up|keeping me|making me (?:wait|repeat|call)|the (?:delay|wait|runaround|silence|hold music))`;

/**
 * Thanks aimed at a failure ("thanks for being so unhelpful", "thanks for wasting my
 * afternoon", "great job losing my bag", "love being kept on hold"): the words look grateful,
 * the customer is annoyed (issue 15). Sincere thanks name a help, not a failing, so
 * "thanks for the quick fix" and "thanks, but this is the third time" are left to other cues.
 */
export default defineCue({
  id: 'sarcastic-thanks',
  pattern: new RegExp(
    [
      String.raw`\b(?:thanks?|thank you|cheers)(?: so much| a lot| again| very much)?(?: @\w+)? for (?:being (?:so |such |completely |totally |utterly )?(?:unhelpful|useless|rude|slow|incompetent|hopeless|pathetic|awful|terrible)|${FAILINGS})`,
      String.raw`\b(?:great|nice|good|excellent|brilliant|fantastic|stellar|amazing|wonderful) (?:job|work|service|going)(?: @\w+)?[,!.]* (?:on )?${FAILINGS}`,
      String.raw`\b(?:love|loving|enjoy|enjoying|really appreciate) (?:being (?:ignored|lied to|passed around|hung up on|kept waiting|kept on hold|put on hold|charged twice|cut off)|waiting (?:on hold|for hours|all day)|sitting on hold)\b`,
    ].join('|'),
    'gi',
  ),
  ceilings: { gratitude: 0.2 },
  floors: { frustration: 0.6 },
});
