import { defineCue } from '@/lib/classify/cues/cue';

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
      String.raw`\b(?:broke|stopped working|died) (?:after|within|the first|on the first|on day|in)\b`,
      String.raw`\b(?:deleted|wiped|erased|lost|removed) (?:all (?:of )?)?(?:my|our) (?:saved |whole |entire )?\w+`,
      String.raw`\b(?:freezes|froze|frozen|crashes|crashed|hangs|overheats|won'?t (?:turn on|start|load|open|charge|connect))\b`,
      String.raw`\b(?:locked|blocked|kicked|logged|logs|logging) (?:me )?out\b|\baccount (?:was |is |got |has been )?(?:locked|blocked|suspended|hacked|closed)\b`,
      String.raw`\b(?:doesn'?t|does not|didn'?t|did not|won'?t|isn'?t|is not|wasn'?t) (?:even )?work(?:ing)?\b`,
      String.raw`\b(?:shows?|showed|says|said|marked) (?:as |an? )?(?:failed|declined|error|delivered but)\b|\b(?:an?|the) error (?:message|page|code)\b`,
      String.raw`\b(?:is|are|was|were|went|still) missing\b`,
      String.raw`\b(?:cannot|can'?t|unable to) (?:access|open|use|get into|log ?in|sign ?in|download|pay)\b`,
      String.raw`\bsomeone else'?s\b|\bnever (?:signed up|ordered|agreed)\b`,
    ].join('|'),
    'gi',
  ),
  floors: { frustration: 0.6 },
});
