import { defineRule, report, type RuleMeta } from '@/lib/engine/rule';
import { phrasesAtWordStart } from '@/lib/engine/phrases';
import { anchorWords, matchAnchored } from '@/lib/rules/shared/match-spans';

/**
 * Phrase list: hiding a "no" behind a rule book. Source: coaching seed 002
 * ("protecting the organisation and following policies" instead of the customer).
 * "Our refund policy is simple: …" stays silent: describing a policy is not hiding behind it.
 */
const HIDING_BEHIND_POLICY = phrasesAtWordStart(
  [
    "(?:it's|it is|that's|that is|this is) (?:our |company |the company's |a company |the |store |hotel |standard |airline |bank |(?:the |our )?\\w+'s )?polic(?:y|ies)\\b",
    'company polic(?:y|ies)\\b',
    '(?:against|per|because of|due to|under|according to|as per) (?:our|the|company|store) polic(?:y|ies)\\b',
    '(?:per|as per|under|according to|against) (?:the|our) (?:terms of service|terms and conditions|terms|t&cs|rules|regulations)\\b',
    "(?:it's|it is|that's|that is) (?:a|an) (?:security|legal|regulatory|compliance|company|internal) (?:requirement|rule)\\b",
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

// Every phrase above contains one of these words; sentences without them are skipped.
const ANCHORS = anchorWords(
  'policy policies allowed permitted authorised authorized terms rules requirement rule regulations cs stated written explained spelled conditions exception exceptions',
);

const meta: RuleMeta<'policy'> = {
  id: 'excuse-policy',
  category: 'excuse',
  description: 'Notices a refusal explained by policy or permission ("it\'s our policy", "I\'m not allowed to").',
  messages: {
    en: {
      policy: {
        why: 'Quoting policy puts a rule between you and the customer and tells them only what you won’t do.',
        alternatives: [
          'Lead with what you can do for them inside the rule.',
          'If the rule protects the customer, say how, in plain words.',
        ],
      },
    },
  },
};

export default defineRule({
  meta,
  check: (context) =>
    matchAnchored(context, ANCHORS, HIDING_BEHIND_POLICY).map((span) =>
      report(meta, context, span.start, span.end, 'policy', 'certain'),
    ),
});
