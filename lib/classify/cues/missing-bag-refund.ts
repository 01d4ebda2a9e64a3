import { defineCue } from '@/lib/classify/cues/cue';

const BAG = String.raw`(?:bags?|luggage|suitcases?|baggage|checked bags?)`;

/**
 * Lost luggage and refunds that never came ("lost my bag", "bag never arrived", "still no
 * refund", "refund was denied"): issue 15 saw these go unnoticed. A refund that is asked
 * for or confirmed ("can I get a refund?", "refund received, thanks") is not a complaint.
 */
export default defineCue({
  id: 'missing-bag-refund',
  pattern: new RegExp(
    [
      String.raw`\b(?:lost|losing|missing|misplaced|mishandled|delayed|damaged|broke|smashed) (?:my |our |the |all )?(?:\w+ )?${BAG}\b`,
      String.raw`\b${BAG} (?:(?:is|are|was|were|has been|have been) )?(?:still )?(?:lost|missing|never (?:arrived|came|made it|showed up)|didn'?t (?:arrive|make it|come|turn up)|hasn'?t (?:arrived|turned up|come)|not (?:arrived|here|found)|left behind|went missing)\b`,
      String.raw`\bwhere (?:is|are|the hell is) (?:my|our) (?:${BAG}|refund|money)\b`,
      String.raw`\b(?:no|still no|still waiting (?:on|for)(?: my| a| the| our)?|never (?:got|received)(?: my| a| the| our)?|(?:haven'?t|have not|didn'?t|did not) (?:got|received|seen|had)(?: my| a| the| our| any)?) refunds?\b`,
      String.raw`\brefunds? (?:(?:has|have|is|was) )?(?:still )?(?:not|never|hasn'?t|didn'?t|isn'?t) (?:been )?(?:arrived|come|came|processed|received|appeared|showed up|shown up|through|paid|issued)\b`,
      String.raw`\brefunds? (?:(?:was|has been|got) )?(?:denied|refused|rejected|declined)\b`,
    ].join('|'),
    'gi',
  ),
  floors: { frustration: 0.6 },
});
