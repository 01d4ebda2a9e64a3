import { perAnalysis, type RuleContext } from '@/lib/engine/rule';
import { sentenceIndexAt } from '@/lib/engine/sentences';
import { phrasesAtWordStart } from '@/lib/engine/phrases';
import type { Span } from '@/lib/engine/types';
import { anchorWords, matchAnchored } from '@/lib/rules/shared/match-spans';

/**
 * Hiding a "no" behind a rule book. Source: coaching seed 002 ("protecting the organisation
 * and following policies" instead of the customer). "Our refund policy is simple: …" stays
 * silent: describing a policy is not hiding behind it.
 *
 * Two kinds: the phrases below say "policy" or "not allowed" outright and are always a nudge.
 * CITATIONS points at the rule book instead of answering ("per section 4.2 of our terms",
 * "it's in the T&Cs you accepted", "that's the law", "it's standard, every dealer charges
 * one"): the shapes seen in drafts written by people who never saw these rules (issue 15).
 * A citation next to what we will do explains a limit, so it counts only without one.
 */
const HIDING_BEHIND_POLICY = phrasesAtWordStart(
  [
    // "It's council policy", "that's standard airline policy".
    "(?:it's|it is|that's|that is|this is) (?:just |simply )?(?:our |the |a )?(?:(?!against\\b|per\\b|under\\b|in\\b|by\\b|of\\b|to\\b|because\\b|due\\b|as\\b|not\\b)[a-z]{1,20}(?:'s)? ){0,2}?polic(?:y|ies)\\b",
    'company polic(?:y|ies)\\b',
    '(?:against|per|because of|due to|under|according to|as per) (?:our|the|company|store) polic(?:y|ies)\\b',
    // "Per the terms" and "under the rules" are CITATIONS: next to what we will do they explain a limit (issue 15).
    'against (?:the|our) (?:terms of service|terms and conditions|terms|t&cs|rules|regulations)\\b',
    "our polic(?:y|ies) (?:says|say|states|state|doesn't|does not|don't|do not|won't|will not|prevents?|prohibits?|only allows?)\\b",
    "(?:I'm|I am|we're|we are|we aren't|I'm just) not (?:allowed|permitted|authori[sz]ed) to\\b",
    "(?:we|I) (?:aren't|am not) (?:allowed|permitted|authori[sz]ed) to\\b",
    'rules are rules\\b',
    "(?:it's|it is|that's|that is) (?:clearly |all )?(?:stated|written|explained|spelled out) (?:at checkout|on (?:the|our) (?:website|site|product page)|in (?:the|our) (?:\\w+ )?(?:terms|conditions|policy))\\b",
    "(?:that's|that is|it's) not how (?:our|the) (?:\\w+ )?(?:conditions|terms|policy|policies|rules) work\\b",
    "(?:we|I) (?:don't|do not|can't|cannot|never) make (?:any )?exceptions?\\b",
    "(?:that's|it's|those are) (?:just )?(?:the|our) rules\\b",
    '(?:stated|written|set out) in our (?:terms|terms and conditions|policy|t&cs)\\b',
  ],
  'gi',
);

// The rule book, by any of its names.
const BOOK =
  '(?:terms|conditions|t&cs?|tos|eula|agreement|contract|clause|section|exclusion|article|rules|regulations|charter|convention|policy|policies|tariff|small print|fine print|guidelines)';
const CITATIONS = phrasesAtWordStart(
  [
    `(?:per|as per|under|according to|in line with|in accordance with|pursuant to|in keeping with) (?:the |our |your |its |their )?(?:[\\w&.-]+ ){0,3}?${BOOK}\\b`,
    `(?:refer to|see|check) (?:the |our |your )?(?:[\\w&.-]+ ){0,2}?(?:terms|t&cs?|tos|eula|clause|section|agreement|contract|small print|fine print)\\b`,
    // "It's all in your agreement" and "it's clearly in…" talk down: condescension's.
    `(?:it's|it is|that's|thats|that is|this is|this was) (?:also )?(?:in|covered (?:in|by)|stated in|set out in|outlined in|written in|explained in|detailed in|listed in|specified in) (?:the |our |your |their )?(?:[\\w&.-]+ ){0,2}?(?:terms|conditions|t&cs?|tos|eula|agreement|contract|rules|policy|small print|fine print)\\b`,
    `(?:breach(?:es|ed)?|violat(?:es|ed|ion of)|contrary to) (?:the |our |your )?(?:[\\w&.-]+ ){0,2}?(?:terms|rules|policy|policies|agreement|contract|guidelines|conditions)\\b`,
    `(?:our|the) (?:[\\w&.-]+ ){0,2}?(?:terms|t&cs?|conditions|agreement|contract|rules) (?:clearly )?(?:state|states|say|says|specify|specifies|make it clear|are clear|is clear)\\b`,
    // The law or a regulator as the whole answer.
    "(?:that's|it's|this is|that is) (?:the )?law\\b",
    '(?:required|obliged|obligated|bound|mandated|compelled) (?:by|under) (?:law|regulation|the regulator|our regulator|legislation|the \\w+ act)\\b',
    'legally (?:required|obliged|obligated|bound)\\b',
    "(?:we are|we're|I am|I'm) (?:not )?(?:obliged|obligated) to\\b",
    "(?:it's|it is|that's|that is) (?:a |an )?(?:security|legal|regulatory|statutory|compliance|underwriting|insurance|industry|company|internal|head office) (?:requirement|limit|rule|obligation|restriction|policy)\\b",
    'restriction set by\\b',
    // "It's standard", "every dealer charges one": everyone does it.
    "(?:is|are|it's|that's|this is) (?:completely |perfectly |quite |pretty |just )?(?:the )?(?:standard practice|standard procedure|industry standard|standard|normal practice|common practice)(?= ?[.!,;]| ?$| across| in the industry| in our industry| in this industry| for all| for everyone| for every)",
    '(?:all|every|most|other) (?:[\\w-]+ ){0,2}?(?:do this|do that|charge (?:one|them|for (?:that|this|it))|charges (?:one|them|for (?:that|this|it))|works? (?:this|the same) way)\\b',
    '(?:the )?same for (?:everyone|everybody|all (?:customers|our customers|guests|members|users|passengers))\\b',
    "(?:affecting|across|throughout) the (?:whole |entire )?industry\\b|(?:we're|we are) not unusual\\b",
    'subject to (?:[\\w-]+ )?(?:availability|approval|status|capacity)\\b',
  ],
  'gi',
);
const CITATION_ANCHORS = anchorWords(
  'terms conditions t cs tos eula agreement contract clause section exclusion article rules regulations charter convention policy policies tariff print guidelines law regulation regulator legislation act legally obliged obligated requirement limit rule obligation restriction standard practice this that one them it way same everyone everybody customers guests members users passengers industry unusual availability approval status capacity',
);

// Every phrase above contains one of these words; sentences without them are skipped.
const ANCHORS = anchorWords(
  'policy policies allowed permitted authorised authorized terms rules requirement rule regulations cs stated written explained spelled conditions exception exceptions',
);

/**
 * "Most victims get a refund under the reimbursement rules": the rule book as a yes is no excuse
 * (issue 15, a good reply by another hand). "Not eligible for compensation under the charter" is
 * still one: a negation shortly before the grant word makes it a no again.
 */
const GRANT_BEFORE =
  /\b(?:refunds?|refunded|covered|entitled|eligible|protected|reimbursed|compensation|compensated|cover|protection) $/i;
const NEGATED_BEFORE = /\b(?:no|not|never|isn't|aren't|wasn't|won't|n't)\b(?: [\w-]{1,30}){0,3} $/i;
// Anywhere in a sentence with no negation at all (issue 15): "You're also due £9.76 a day under
// the automatic compensation rules", "under the rules most unauthorised payments are refunded".
const GRANT_IN_SENTENCE =
  /\byou(?:'re| are|'ll be| will be) (?:also )?(?:due|owed)\b|\b(?:refunds?|refunded|covered|entitled|eligible|reimbursed|compensation|compensated)\b/i;
const NEGATION = /n['\u2019]t\b|\b(?:no|not|never|cannot|nothing|neither|nor|only)\b/i;
function grants(context: RuleContext, span: Span): boolean {
  const before = context.lintable.slice(Math.max(0, span.start - 80), span.start);
  const grant = GRANT_BEFORE.exec(before);
  if (grant !== null && !NEGATED_BEFORE.test(before.slice(0, grant.index + grant[0].length))) return true;
  const sentence = context.sentences[sentenceIndexAt(context.sentences, span.start)];
  return sentence !== undefined && GRANT_IN_SENTENCE.test(sentence.text) && !NEGATION.test(sentence.text);
}

export interface PolicyReasons {
  /** "It's our policy", "I'm not allowed to": the rule book said outright. */
  plain: Span[];
  /** "Per section 4.2", "it's in the T&Cs", "it's standard": the rule book pointed at. */
  citations: Span[];
}

/**
 * The rule book given as a reason, shared by excuse-policy (a reason instead of help) and
 * no-alternative (a reason that is the whole answer).
 */
export const findPolicyReasons = perAnalysis((context): PolicyReasons => {
  const plain = matchAnchored(context, ANCHORS, HIDING_BEHIND_POLICY);
  const citations = matchAnchored(context, CITATION_ANCHORS, CITATIONS).filter(
    (span) => !plain.some((other) => span.start < other.end && other.start < span.end) && !grants(context, span),
  );
  return { plain, citations };
});
