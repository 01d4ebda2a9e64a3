import type { MoodRule } from './types';

/**
 * Customers who have to ask again are the most at risk of churning; these phrasings say
 * so outright ("third time I'm writing", "still waiting", "no one got back to me").
 */
export const repeatedContact: MoodRule = {
  id: 'repeated-contact',
  pattern: new RegExp(
    [
      String.raw`\b(?:second|third|fourth|fifth|2nd|3rd|4th|5th|\d+th|umpteenth|n-?th) (?:time|email|message|ticket|call|request)\b`,
      String.raw`\bstill (?:waiting|haven'?t|hasn'?t|have not|has not|not|no|nothing|don'?t|doesn'?t|can'?t|cannot|isn'?t|unable|broken|missing|charged|the same)\b`,
      String.raw`\bhow many (?:more )?times\b`,
      String.raw`\b(?:several|multiple|many|countless|numerous|three|four|five) (?:times|emails|messages|calls|tickets|requests)\b`,
      String.raw`\b(?:no ?one|nobody|no body) (?:has |have |ever )?(?:got|gotten|get|replied|responded|answered|helped|called|contacted)\b`,
      String.raw`\b(?:no|zero|without any) (?:response|reply|answer|update|word)s?\b`,
      String.raw`\b(?:haven'?t|have not|never) (?:heard|received|got|gotten) (?:back|anything|a (?:reply|response|refund|answer))\b`,
      String.raw`\b(?:keeps?|kept) (?:asking|telling|getting|happening|crashing|failing|breaking|charging|sending)\b`,
      String.raw`\b(?:yet )?again\b`,
      String.raw`\bfor (?:weeks|days|months|ages)\b`,
    ].join('|'),
    'gi',
  ),
  effects: { frustration: 2.2 },
};
