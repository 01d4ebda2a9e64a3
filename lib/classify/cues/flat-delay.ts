import { defineCue } from '@/lib/classify/cues/cue';

const COUNT = String.raw`(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several)\+?`;
// Doing without something a company provides: "11 days without internet", not "10 hours without charging".
const SERVICE = String.raw`(?:internet|broadband|wi-?fi|power|electricity|heating|heat|hot water|water|gas|phone|service|signal|tv|car|bags?|luggage|reply|response|answer|update|news|refund|pay|payment|money|food|medication|contact)`;
const SPAN = String.raw`(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?)`;

/**
 * A delay stated flatly with how long ("flight delayed 3 hours", "11 days without
 * internet", "day 9 without broadband"): no emotion word, yet the customer is clearly
 * put out (issue 15). The length must be stated; "the parcel may be delayed" stays calm.
 */
export default defineCue({
  id: 'flat-delay',
  pattern: new RegExp(
    [
      String.raw`\b(?:delayed|late|overdue|stuck|held up)\b(?: (?:again|by|for|over|almost|nearly|more than))* ${COUNT} ?${SPAN}\b`,
      String.raw`\b${COUNT} ?${SPAN}(?: ago)? (?:late|overdue|delayed|behind|and counting|of delays?|and still (?:no|not|nothing|waiting|haven'?t|hasn'?t|no ?one|nobody|can'?t|broken))\b|\b${COUNT} ?${SPAN} (?:without|with no) (?:any |a |my |our |the )?${SERVICE}\b`,
      String.raw`\bday (?:\d+|two|three|four|five|six|seven|eight|nine|ten) (?:of (?:no|waiting|being)|without|with no|and still (?:no|not|nothing|waiting|haven'?t|hasn'?t|no ?one|nobody|can'?t|broken))\b`,
    ].join('|'),
    'gi',
  ),
  floors: { frustration: 0.6 },
});
