import { defineCue } from '@/lib/classify/cues/cue';

/** "No rush", "not urgent", "whenever you can", "just wondering": the customer says it can wait (negative effect only). */
export default defineCue({
  id: 'reassurance-no-rush',
  pattern:
    /\b(?:no|not in a|not in any) (?:rush|hurry|pressure)\b(?! (?:delivery|shipping|order|option|service|fee)s?\b)|\b(?<!\b(?:is|was) (?:this|that|it) )not (?:urgent|time[- ]sensitive)\b|\b(?<!\b(?:i'?m|i am|we'?re|we are) (?:clearly |obviously |just |simply )?)not a priority\b|\bwhenever (?:you (?:can|get a chance|have time)|convenient)\b|\btake your time\b|\bno stress\b|\bnothing urgent\b|\bjust (?:wondering|curious|checking|asking)\b/gi,
  effects: { urgency: -6 },
});
