import { defineCue } from '@/lib/classify/cues/cue';

/** Family, friends and pets: "died", "lost" or "isn't working" said of them is a life event (see grief), not a fault. */
const PEOPLE = String.raw`(?:husband|wife|partner|mother|mum|mom|father|dad|son|daughter|child|baby|brother|sister|friend|grandmother|grandfather|grandma|grandad|gran|nan|dog|cat|pet)`;

/**
 * The customer reports a fault in neutral words: something broke, froze, went missing,
 * arrived wrong, locked them out or failed to work. On a helpdesk that is a complaint even
 * without a single emotional word, so it lifts frustration to a hint.
 */
export default defineCue({
  id: 'problem-report',
  pattern: new RegExp(
    [
      String.raw`\b(?:arrived|came|got here|turned up|was delivered|were delivered) (?:completely |totally |all |badly |already )?(?:wrong|broken|damaged|missing|soaked|ruined|faulty|defective|torn|scratched|cracked|dented|stained|spoiled|expired|cold)\b`,
      String.raw`\b(?:is|was|are|were) (?:completely|totally|all|badly|still|already) (?:wrong|broken|damaged|missing|soaked|ruined|faulty|defective)\b|\b(?:is|was|are|were) (?:broken|damaged|soaked|ruined|faulty|defective|torn|cracked)\b`,
      String.raw`\b(?<!\b(?:${PEOPLE}|he|she|i|we) (?:has |have |had |just |sadly )?)(?:broke|stopped working|died) (?:after|within|the first|on the first|on day|in)\b`,
      String.raw`\b(?:deleted|wiped|erased|lost|removed) (?:all (?:of )?)?(?:my|our) (?!(?:${PEOPLE}|job|home|house)\b)(?:saved |whole |entire )?\w+`,
      String.raw`\b(?:freezes|(?<!\b(?:i|we|i'?ve|we'?ve|i have|we have) (?:just )?)(?:froze|frozen(?! (?:food|foods|desserts?|goods|items?|meals?|products?|section|aisle|range|veg|vegetables|fruit|fish|meat|pizzas?)\b))|crashes|crashed|hangs|overheats|won'?t (?:turn on|start|load|open|charge|connect)\b(?! (?:until|till|before)\b))\b`,
      String.raw`\b(?<!\b(?:i|we|is|after|before|when|without|by) )(?:locked|blocked|kicked|logged|logs|logging) (?:me )?out\b|\baccount (?:was |is |got |has been )?(?:locked|blocked|suspended|hacked)\b|\baccount (?:was|is|got|has been) closed\b`,
      String.raw`\b(?<!\b(?:${PEOPLE}|he|she) )(?:doesn'?t|does not|didn'?t|did not|won'?t|isn'?t|is not|wasn'?t) (?:even )?work(?:ing)?\b`,
      String.raw`\b(?:shows?|showed|says|said|marked) (?:as |an? )?(?:failed|declined|error|delivered but)\b|\b(?<!\b(?:customi[sz]e|edit|change|design|translate) )(?:an?|the) error (?:message|page|code)\b`,
      String.raw`\b(?:is|are|was|were|went|still) missing\b`,
      String.raw`\b(?:cannot|can'?t|unable to) (?:access|open|use|get into|log ?in|sign ?in|download|pay)\b`,
      String.raw`\bsomeone else'?s\b|\bnever (?:signed up|ordered|agreed)\b(?! (?:online|before)\b)`,
    ].join('|'),
    'gi',
  ),
  floors: { frustration: 0.6 },
});
