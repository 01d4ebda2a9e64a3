import { anchoredShapes } from '@/lib/rules/shared/match-spans';

/**
 * The answer given as a hedge: a time or an outcome with "maybe", "hopefully", "I think" or
 * "no promises" on it. Drafts by other hands (issue 15) label these uncertainty far more often
 * than any fixed "I don't know": "should arrive maybe this week", "Hopefully before Monday",
 * "Sometime next week I believe", "It should be fine in theory, but don't quote me". A time is
 * named, so the "no time" rules let them pass; the hedge is what leaves the customer guessing.
 * uncertainty.ts keeps them unless a promise to find out by a time follows.
 */

// A time the customer could plan around, once it is said without a hedge.
const TIME =
  '(?:today|tomorrow|tonight|this (?:week|month|weekend|morning|afternoon|evening)|next (?:week|month|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:on |by |before |after )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:the )?end of (?:the |this |next )?(?:day|week|month)|the (?:week|day) after|in a (?:few|couple of) (?:days|weeks)|(?:within |in )?the next (?:few |couple of )?(?:days?|weeks?|months?)|later (?:today|tonight|this week|in the week)|(?:in )?a (?:day|week|month) or (?:so|two))';
// Not an offer: "perhaps we could book you in on Tuesday" suggests a time, it does not hedge one.
const HEDGE_BEFORE =
  '(?:maybe|hopefully|possibly|perhaps|probably|sometime)(?! (?:you|we|I) (?:could|can|would|might)\\b)';
const HEDGE_AFTER =
  "(?:maybe|hopefully|possibly|perhaps|probably|I think|I believe|I imagine|I(?:'d| would) (?:think|imagine|guess|say)|I reckon|I guess|fingers crossed|with (?:any )?luck|touch wood)";

export const HEDGED_TIMES = anchoredShapes([
  // "Hopefully before Monday", "should arrive maybe this week", "sometime next week".
  ['maybe hopefully possibly perhaps probably sometime', `\\b${HEDGE_BEFORE}\\b(?: [\\w',-]+){0,5}? ${TIME}\\b`],
  // "Should be with you in a week or so, hopefully", "this week maybe", "next week, I believe": the
  // hedge closes the clause ("tomorrow, I think you'll love it" is no hedge).
  [
    'maybe hopefully possibly perhaps probably think believe imagine guess say reckon crossed luck wood',
    `\\b${TIME}(?: or (?:so|two|next|after))?,? (?:or so,? )?${HEDGE_AFTER}(?=\\s*(?:[.!?,;:)]|$))`,
  ],
]);

/**
 * An answer hedged so nobody is held to it: "I'd imagine so", "in theory", "don't quote me on
 * that", "no promises", "anyone's guess", "timescales are up in the air", "I wouldn't count on
 * it", "it's a bit of a waiting game". What the customer asked stays open. ("There's a good chance
 * it'll be cancelled" is left out: good replies by other hands weigh an appeal's odds that way.)
 */
export const HEDGED_ANSWERS = anchoredShapes([
  ['imagine assume guess suppose reckon', "\\bI(?:'d| would)? (?:imagine|assume|guess|suppose|reckon) so\\b"],
  ['theory', '\\bin theory\\b'],
  ['quote', "\\b(?:don't|do not) quote me\\b"],
  ['promises', '\\bno promises\\b'],
  ['guess', "\\banyone(?:'s|s) guess\\b"],
  ['air', '\\bup in the air\\b'],
  ['pin', "\\b(?:can't|cannot|couldn't|could not) (?:really )?pin (?:it|anything|that|this|a date|a time) down\\b"],
  ['count hopes', "\\b(?:wouldn't|would not|don't|do not|I'd not|I would not) (?:count on|get your hopes up)\\b"],
  ['waiting game', '\\b(?:a bit of )?a waiting game\\b'],
  ['hopeful', "\\bI(?:'m| am) (?:quite |fairly )?hopeful\\b"],
  ['gut', '\\bmy gut (?:feeling|says|tells)\\b'],
  ['wood', '\\btouch wood\\b'],
  // The usual time, taken back in the same breath: "usually 15 working days, but can take longer",
  // "normally within the month, though it does vary".
  [
    'usually normally generally typically',
    '\\b(?:usually|normally|generally|typically),? [^.!?\\n]{0,80}\\b(?:but|though|although)\\b[^.!?\\n]{0,20}?\\b(?:vary|varies|differs?|longer)\\b',
  ],
  [
    'longer',
    '\\b(?:can|may|might|could|will) (?:sometimes |often )?(?:take|be) (?:a (?:bit|little|lot) )?longer\\b(?! than)|\\bsometimes longer\\b',
  ],
]);

/**
 * When it will happen, refused or not given: "We are unable to give a specific date", "we can't
 * give individual timescales", "We aren't able to provide an SLA", "Can't predict those",
 * "No TAT on that", "No ETR yet". Said to the customer who asked when.
 */
export const NO_TIME_GIVEN = anchoredShapes([
  [
    'give provide offer confirm predict share commit',
    "\\b(?:can't|cannot|can not|couldn't|could not|unable to|not able to|not in a position to) (?:give|provide|offer|confirm|predict|share|commit to) (?:you )?(?:with )?(?:a |an |any )?(?:specific |exact |firm |precise |definite |individual |set |accurate |reliable )?(?:dates?|timescales?|time ?frames?|timings?|timelines?|eta|etr|sla|tat|estimates?|turnaround times?|deadlines?|completion dates?)\\b",
  ],
  [
    'predict',
    "\\b(?:can't|cannot|can not|no way to|impossible to|hard to|difficult to) predict\\b(?! (?:everything|anything)\\b)",
  ],
  [
    'tat etr sla date timing timings eta',
    '\\bno (?:tat|etr|sla|fix date|timings?|eta)(?: yet| on (?:that|this|it)| for (?:that|this|it))\\b',
  ],
]);
