import { defineCue } from '@/lib/classify/cues/cue';

const COUNT = String.raw`(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|forty-five|fifty|ninety)\+?`;

/**
 * Waiting and being on hold, said with how long ("eight hours waiting for a callback",
 * "on hold for 45 minutes", "how much longer?"): issue 15 found these the commonest
 * complaint the model missed on public messages to companies. The time is required, so
 * "I'm on hold with my bank, can you wait?" and "waiting for your reply" stay calm.
 */
export default defineCue({
  id: 'waiting-on-hold',
  pattern: new RegExp(
    [
      String.raw`\b(?:on hold|in (?:the|a|your) queue|waiting|waited|sat|sitting|hanging on)\b[^.!?\n]{0,25}?\b(?:for |over |nearly |almost |more than |another )?${COUNT} ?(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?)\b`,
      String.raw`\b${COUNT} ?(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?) (?:on hold|in (?:the|a) queue|(?:of )?waiting|and counting|and still (?:no|not|nothing|waiting|haven'?t|hasn'?t|no ?one|nobody|can'?t|broken))\b`,
      String.raw`\b(?:been|kept|left|stuck|put) on hold\b`,
      String.raw`\bhow (?:much|many) (?:longer|more (?:hours|days|weeks))\b`,
    ].join('|'),
    'gi',
  ),
  floors: { frustration: 0.6 },
});
