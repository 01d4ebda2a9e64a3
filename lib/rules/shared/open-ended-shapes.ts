import { anchoredShapes } from '@/lib/rules/shared/match-spans';

/**
 * Not knowing when, said outright, in shapes mined from drafts written by people who never saw
 * the rules (issue 15): "No ETA.", "until further notice", "I can't promise when", "maybe this
 * week, maybe next", "It's in the morning sometime, I think." uncertainty.ts lets them pass when a
 * promise to find out or a time follows, as it does for "I don't know".
 */
export const WHEN_LEFT_OPEN = anchoredShapes([
  [
    'eta timescale timeframe frame timeline estimate',
    '\\bno (?:firm |exact |real )?(?:eta|timescale|timeframe|time frame|timeline|estimate)\\b',
  ],
  ['further', '\\buntil further notice\\b'],
  [
    'promise guarantee say tell',
    "\\b(?:can't|cannot|can not|couldn't|could not) (?:promise|guarantee|say|tell you) (?:when|how long|exactly when)\\b",
  ],
  ['maybe', '\\bmaybe [^,.!?]{1,25}, maybe\\b'],
  // A time or an answer hedged at its end: "Should be there any moment now, I think."
  ['think reckon', '(?<=^|[\\w,] )I (?:think|reckon)(?=\\s*[.!?]|\\s*$)'],
  [
    'anywhere',
    '\\banywhere (?:from|between) (?:a |one |two |\\d+ )?(?:few |couple of )?(?:minutes?|hours?|days?|weeks?)\\b',
  ],
]);
