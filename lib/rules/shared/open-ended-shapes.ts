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
  // Hope in place of a time: "fingers crossed", "I wouldn't hold your breath", "soonish", "it'll come when it comes".
  [
    'crossed breath soonish arrives arrive comes come happens happen',
    "\\bfingers crossed\\b|\\b(?:wouldn't|would not|don't|do not) hold (?:your|my) breath\\b|\\bsoonish\\b|\\b(?:it|they)(?:'ll| will)? (?:arrives|comes|happens|arrive|come|happen) when (?:it|they) (?:arrives|comes|happens|arrive|come|happen)\\b",
  ],
]);

/**
 * A promise hedged so that nobody is held to a when ("We'll try to get someone out", "in due
 * course", "You will be contacted if successful", "Kindly wait for the reply", "as quickly as we
 * can", "when they get round to it"). "We'll try again at 6 pm" names a time and stays silent.
 */
export const HEDGED_PROMISES = anchoredShapes([
  ['try attempt', "\\b(?:we|I)(?:'ll| will) (?:try|attempt) (?:to|and)\\b"],
  ['due', '\\bin due course\\b'],
  [
    'contacted notified called informed updated',
    "\\byou(?:'ll| will| may| might) be (?:contacted|notified|called|informed|updated)\\b(?! (?:by|on|within|at|before|tomorrow|today)\\b)",
  ],
  ['wait', '\\b(?:please |kindly )wait (?:for|until|till)\\b'],
  ['quickly fast', '\\bas (?:quickly|fast) as (?:possible|we can|they can|I can)\\b'],
  [
    'get gets',
    '\\bwhen (?:they|we|someone|the [\\w-]+) (?:get|gets) (?:to it|round to|around to|a chance|the chance)\\b',
  ],
]);
