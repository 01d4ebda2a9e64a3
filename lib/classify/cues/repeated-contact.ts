import { defineCue } from '@/lib/classify/cues/cue';

/**
 * Customers who have to ask again are the most at risk of churning; these phrasings say
 * so outright ("third time I'm writing", "still waiting", "no one got back to me").
 */
export default defineCue({
  id: 'repeated-contact',
  pattern: new RegExp(
    [
      String.raw`\b(?:second|third|fourth|fifth|2nd|3rd|4th|5th|\d+th|umpteenth) (?:time (?:i'?m |i am |i'?ve |i have )?(?:writing|asking|contacting|emailing|calling|chasing|reaching out|explaining|reporting|requesting|messaging)|email(?! address)|message|ticket|call|request)\b`,
      String.raw`\bstill (?:waiting|haven'?t|hasn'?t|have not|has not|not (?:working|fixed|resolved|received|arrived|sorted|refunded|here|delivered|shipped|answered|back)|no (?:reply|response|answer|refund|update|word)|nothing|broken|missing|here(?<!\b(?:i'?m|i am|we'?re|we are|yes|yep|yeah),? still here)|delivered|shipped|answered|back)\b`,
      String.raw`\bhow many (?:more )?times\b(?! (?:can|could|may|should|will|would|per|a|an|each)\b)`,
      String.raw`\bwaiting\b(?! (?:period|list|room|time)s?\b)[^.!?\n]{0,40}\b(?:for|since) (?:weeks|months|ages|over a (?:week|month)|(?:two|three|four|five|six|several|\d+) (?:days|weeks|months)|last (?:week|month))\b`,
      String.raw`\b(?:emailed|called|written|wrote|asked|contacted|messaged|chased|reported|phoned)(?: you| your team| support| this)? (?:three|four|five|six|several|multiple|many|countless|\d+) times\b`,
      String.raw`\b(?<!\bto )(?:several|multiple|countless|numerous|three|four|five) (?:emails|messages|calls|tickets|requests)\b(?! (?:a|an|per|each|at once)\b)`,
      String.raw`\b(?:no ?one|nobody) (?:has |have |ever )?(?:(?:got|gotten|gets) (?:back|in touch|round)|replied|responded|answered|called|contacted|bothered)\b`,
      String.raw`\b(?:no|zero|without any) (?:response|reply|replies|answer|update)s? (?:from|yet|at all|since|for)\b`,
      String.raw`\b(?:haven'?t|have not|never|still not) (?:heard|received|got|gotten) (?:back|anything|a (?:reply|response|refund|answer))\b`,
      String.raw`\b(?:already|previously) (?:wrote|written|emailed|contacted|called|asked|explained|reported|sent)\b`,
    ].join('|'),
    'gi',
  ),
  floors: { frustration: 0.6 },
});
