import type { RuleContext } from '@/lib/engine/rule';
import { sentenceIndexAt } from '@/lib/engine/sentences';
import type { Span } from '@/lib/engine/types';
import { anchoredShapes, matchAnchoredGroups } from '@/lib/rules/shared/match-spans';
import { findPolicyReasons } from '@/lib/rules/shared/policy-reasons';

/**
 * The small print pointed at as the answer: "as stated in the terms you agreed to", "as per our
 * returns policy", "It's explained in the welcome pack", "Roaming charges are clearly listed in
 * the tariff guide". Drafts by other hands (issue 15) labelled such replies blame: the customer
 * hears that they should have read it. Read only in a reply that offers nothing (blame-implied.ts):
 * "It's listed in the contract, but I understand it wasn't made clear" owns the gap. "As shown in
 * your confirmation email" and "as described" point at the answer, not at the customer, and never
 * match; nor does "as per your request".
 */
// Every phrase below holds one of these words ("set" for "set out").
const CITED_WORDS =
  'stated explained set listed outlined detailed mentioned specified printed written noted advertised';
const CITED = `(?:${CITED_WORDS.split(' ').join('|').replace('set', 'set out')})`;
const ADVERBS = '(?:(?:clearly|already|also|all|explicitly|plainly) )*';

const DOCUMENTS_CITED = anchoredShapes([
  [
    CITED_WORDS,
    `\\bas ${ADVERBS}(?:was |is |has been |have )?${ADVERBS}${CITED} ${ADVERBS}(?:in|on|at|when|during|under|before)\\b`,
  ],
  [
    'per',
    '\\bas per (?!(?:your|our) (?:request|conversation|call|chat|instructions|discussion|phone call)\\b)(?:the|our|your|my|trust|company|scheme|regulation|[a-z]+ (?:policy|rules|terms))\\b',
  ],
  [
    CITED_WORDS,
    `\\b(?:(?:it|this|that|they|these|which)'(?:s|re)|is|are|was|were) ${ADVERBS}${CITED} ${ADVERBS}(?:in|on|at) (?:the|our|your|every|each|page|all)\\b`,
  ],
]);

/**
 * The rule book pointed at in the terms excuse-policy reads ("as per the terms of service") and
 * the reminders the condescension rules read ("as stated on every bill", "it's all explained in
 * your contract") already have a card and a rewrite of their own: one card for one sentence.
 */
const TALKED_DOWN = /\b(?:clearly|all|every|website)\b/i;
export function findDocumentsCited(context: RuleContext): Span[] {
  const { plain, citations } = findPolicyReasons(context);
  const policy = [...plain, ...citations];
  return matchAnchoredGroups(context, DOCUMENTS_CITED).filter((span) => {
    if (policy.some((other) => span.start < other.end && other.start < span.end)) return false;
    const sentence = context.sentences[sentenceIndexAt(context.sentences, span.start)];
    return sentence !== undefined && !TALKED_DOWN.test(sentence.text);
  });
}
