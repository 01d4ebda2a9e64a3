import { defineCue } from '@/lib/classify/cues/cue';

/**
 * Plainly worded support complaints rarely sound angry on Reddit's terms ("my order is
 * late", "I was charged twice"), yet they are exactly the frustrated customers an agent
 * must notice. Each cue names a failed promise: late, missing, broken, lost or billed wrong.
 */
export default defineCue({
  id: 'support-complaint',
  pattern: new RegExp(
    [
      String.raw`\b(?:charged|billed) (?:me )?(?:twice|two times|double|again|three times)\b`,
      String.raw`\b(?:double|over)[- ]?(?:charged|billed|charge)\b`,
      String.raw`\b(?:order|package|parcel|delivery|shipment|item|refund|replacement)s? (?:is |was |has been |have been |are |were )?(?:still )?(?:late|delayed|missing|lost|overdue|damaged|broken|wrong)\b`,
      String.raw`\b(?:arrived|came|was delivered|showed up) (?:damaged|broken|late|wrong|open|empty|incomplete|cracked|smashed|used)\b`,
      String.raw`\b(?:never|hasn'?t|has not|didn'?t|did not|still hasn'?t) (?:arrived|came|come|shown up|showed up|been delivered|been refunded)\b(?! across\b)`,
      String.raw`\b(?:lost|deleted|wiped|erased|gone)\b[^.!?\n]{0,12}\b(?:all )?(?:my|our) (?:data|files|work|photos|account|history|progress|emails)\b`,
      String.raw`\b(?:it|this|that|app|site|website|card|code|login|link|button|payment|product|account|feature|device|service|password|coupon|discount|update|order|download|charger|phone|checkout)\s+(?:still |just |simply )?(?:doesn'?t|does not|didn'?t|did not|won'?t|will not|isn'?t|is not|stopped|never|has stopped) work(?:ing|s|ed)?\b`,
      String.raw`\b(?:it|this|that)(?:'s|’s| is)(?: still)? not working\b|\bnothing works\b|\b(?<!\b(?:i|we|he|she|husband|wife|partner) (?:have |has |had |just )?)stopped working\b|\bnot working (?:at all|again|anymore)\b`,
      String.raw`\b(?:keeps?|kept) crashing\b|\bcrash(?:es|ed) (?:every|all the|each)\b`,
      String.raw`\b(?:unacceptable|ridiculous|outrageous|disgraceful|appalling|incompetent)\b`,
      String.raw`\b(?:terrible|horrible|awful|worst|poor|lousy) (?:service|support|experience|company|customer service)\b`,
      String.raw`\b(?:fed up|sick of|tired of|(?<!\b(?:have|has) (?:i|we|you|they|it|my \w+|our \w+) )had enough|losing (?:my )?patience|at my wits'? end)\b`,
      String.raw`\bwaste (?:of (?:my )?|my )(?:time|money)\b`,
      String.raw`\b(?:speak|talk) (?:to|with) (?:a |your )?(?:manager|supervisor)\b`,
      String.raw`\b(?:file|filing|make|making) a (?:formal )?complaint\b|\bchargeback\b`,
      String.raw`\b(?:(?<!\b(?:i|we) )never|won'?t) (?:buy|order|use|shop)(?:ing)? (?:from |with )?(?:you|this|here)\b`,
      String.raw`\b(?:no|zero|without) (?:help|support|explanation|refund)\b(?! (?:is |was )?(?:needed|necessary|required)\b)`,
      String.raw`\bwhere(?: the hell)? is my (?:order|refund|package|parcel|money|delivery)\b(?! (?:number|no|history|confirmation|id|reference|page|tab|summary|details|address|settings)\b)`,
    ].join('|'),
    'gi',
  ),
  floors: { frustration: 0.6 },
});
