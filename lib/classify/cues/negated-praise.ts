import { defineCue } from '@/lib/classify/cues/cue';

/** "Not happy", "not satisfied at all": a positive word under negation is a complaint, not praise. */
export default defineCue({
  id: 'negated-praise',
  pattern:
    /\b(?<!\bif (?:(?:i'?m|i am|we'?re|we are|you'?re|you are|it'?s|it is) )?)(?:not|never|no longer|hardly|far from|isn'?t|wasn'?t|am not|i'?m not|we'?re not)(?: very| at all| really| exactly| too| so)? (?:happy|pleased|satisfied|impressed|thrilled|ok|okay|good enough|acceptable|fair|helpful|good(?! (?:with|at)\b))\b/gi,
  effects: { gratitude: -3 },
  floors: { frustration: 0.6 },
});
