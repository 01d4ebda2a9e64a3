import { anchoredShapes } from '@/lib/rules/shared/match-spans';

/**
 * Blame told as hindsight: what the customer would have seen, known or avoided had they acted
 * otherwise ("If you'd sent it earlier, this wouldn't have happened", "Had you chosen a Flex
 * fare…", "which you'd have seen on our site", "If you paid on time this wouldn't happen").
 * Drafts by people who never saw these rules blame this way without "you should have" (issue 15).
 * Only a past deed counts after "if you'd": "if you'd like", "if you'd still prefer" offer a choice.
 */
const DEED =
  '(?:\\w+ly )?(?:[a-z]{2,20}(?:ed|en|wn|ght)|read|sent|paid|made|done|put|set|kept|left|had|told|bought|gone|got|lost|run|spent)';
const NOT_A_DEED =
  '(?!(?:liked|wanted|preferred|needed|wished|hoped|been|received|got|gotten|heard|experienced|encountered|suffered|noticed|happened|hadn|hasn)\\b)';

export const HINDSIGHT_SHAPES = anchoredShapes([
  ['if', `if (?:you|u)(?:'d| had) ${NOT_A_DEED}${DEED}\\b`],
  ['had', `(?<=^|[,;:]\\s)had you ${NOT_A_DEED}${DEED}\\b`],
  // "which you'd have seen", "you would have had a message", "you'd have been notified by email".
  [
    'seen known noticed found had been',
    "you(?:'d| would)(?: already| certainly| definitely)? have (?:seen|known|noticed|found|had (?:an? |the )?(?:message|email|e-mail|text|letter|reminder|notice|notification|warning)|been (?:notified|told|informed|warned|reminded|emailed|advised|made aware))\\b",
  ],
  // What the customer could have done instead: "You could have ticked 'no substitutions'".
  [
    "could could've",
    "you could(?: have|'ve) (?:just |easily |simply |always |also )?(?!(?:been|received|got|had|seen)\\b)[a-z]+(?:ed|en|wn)\\b",
  ],
  // A habit named as the cause of what went wrong: "If you read your meter yourself, the bill would
  // not be estimated". Only a spared harm counts: "If you paid by card, the refund would reach you…" informs.
  [
    "would wouldn't",
    "if (?:you|u) (?:paid|read|checked|followed|entered|submitted|kept|used|looked|registered|topped up|had (?:it|them|this|that) (?:enabled|on|switched on|turned on|set up))\\b[^.!?\\n]{0,60}?\\b(?:this|it|that|the [a-z]+|your [a-z]+) would(?:n't| not) (?:have )?[a-z]+",
  ],
]);
