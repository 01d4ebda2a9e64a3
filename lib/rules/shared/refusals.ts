import type { RuleContext } from '../../engine/rule';
import type { Span } from '../../engine/types';
import { sentenceIndexAt } from '../../engine/sentences';
import { alternativeNear } from './cues';
import { anchorWords, matchAnchored } from './match-spans';

/**
 * A "no" to the customer: we can't / we don't offer / not possible / not permitted.
 * Shared by the no-alternative rule and the pre-send check ("any no names who or when").
 * Non-refusals are excluded on purpose: "we can't wait", "can't thank you enough",
 * "no problem", "you don't need to", "I can't say" (that is uncertainty, not a no).
 */
const NOT_A_REFUSAL =
  '(?!wait (?:to|for you to|until|till)|promise (?:anything|you anything)|thank|believe|stress|imagine|recommend|say|tell you how|apologi[sz]e|find|see|reproduce|locate)';
const REFUSAL_VERB =
  '(?:offer|do|sell|support|ship|deliver|accept|allow|provide|cancel|refund|issue|exchange|transfer|extend|match|stock|carry|permit|process|give|make exceptions|take|cover|guarantee|back up|store|keep)';
const REFUSAL = new RegExp(
  [
    `\\b(?:I|we)(?:'re| are|'m| am)? (?:can't|cannot|can not|unable to|not able to|won't be able to|will not be able to|aren't able to) ${NOT_A_REFUSAL}\\w+`,
    `\\b(?:I|we) (?:don't|do not|won't|will not|never) ${REFUSAL_VERB}\\b`,
    "\\b(?:can't|cannot|can not) be (?:\\w+ed|done|undone|made|given|sent|kept|brought|\\w+ened)\\b",
    "\\b(?:isn't|is not|aren't|are not|not) (?:possible|permitted|allowed|covered|eligible|refundable|available)\\b",
    "\\b(?:doesn't|does not|won't|will not) (?:allow|let|permit) (?:me|us|you|it|that|this|changes|\\w+ changes)\\b",
    "\\b(?:there's|there is) (?:no way|no option|no possibility|no chance|no manager|no supervisor|no one available|nothing (?:more |else )?(?:I|we) can do)\\b",
    '\\bnothing (?:more |else )?(?:I|we) can do\\b',
    "\\b(?:we're|we are|I'm|I am) not (?:responsible|liable)\\b",
    "\\b(?:it's|that's|this is|it is|that is) not something (?:I|we|support|our team) (?:can|control|controls|handle|handles|do)\\b",
    "\\b(?:I|we) (?:don't|do not) have (?:access|the ability|permission|the authority|the power)\\b",
    '\\bno, (?:we|I) (?:only|just)\\b',
    "\\b(?:isn't|is not|aren't|are not|not) an option\\b",
    '\\b(?:is|are) (?:non-?refundable|non-?transferable|final sale)\\b',
    '\\b(?:I|we) (?:stopped|no longer) (?:offer|sell|support|do|accept|provide|ship|carry|stock)(?:ing)?\\b',
    "\\bthere(?:'s| is| isn't| is not)(?: not)? (?:much|a lot|anything) (?:more |else )?(?:I|we) can do\\b",
  ].join('|'),
  'gi',
);

// Every refusal above contains one of these words; sentences without them are skipped.
const ANCHORS = anchorWords(
  "can't cannot can unable able won't will don't do never not isn't aren't doesn't does no nothing non nonrefundable nontransferable final stopped longer there's there",
);

export interface Refusal extends Span {
  sentenceIndex: number;
  hasAlternative: boolean;
}

const cache = new WeakMap<RuleContext, Refusal[]>();

export function findRefusals(context: RuleContext): Refusal[] {
  const cached = cache.get(context);
  if (cached) return cached;
  const refusals = matchAnchored(context, ANCHORS, REFUSAL).map((span) => {
    const sentenceIndex = sentenceIndexAt(context.sentences, span.start);
    return {
      ...span,
      sentenceIndex,
      hasAlternative: sentenceIndex !== -1 && alternativeNear(context, sentenceIndex, span),
    };
  });
  cache.set(context, refusals);
  return refusals;
}
