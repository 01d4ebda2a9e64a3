import { defineRule, report, type RuleMeta } from '@/lib/engine/rule';
import { phrasesAtWordStart } from '@/lib/engine/phrases';
import { anchorWords, matchAnchored } from '@/lib/rules/shared/match-spans';

/**
 * Phrase list: passing the problem to someone else ("not my department",
 * "between you and the courier"). Source: coaching seed 003 (care for the customer,
 * not for how things look behind the scenes).
 */
const DEFLECTION = phrasesAtWordStart(
  [
    'not my (?:department|job|area|responsibility|call|decision)\\b',
    'not (?:something|a thing) (?:support|I|we|our team) (?:control|controls|handle|handles|deal with|deals with|can change|can fix|can override|can help with)\\b',
    "(?:is|are|it's|that's) (?:(?:the|your|their) )?\\w+'s (?:responsibility|problem)\\b",
    '(?:is|are) (?:your|their) (?:own )?(?:responsibility|problem)\\b',
    "(?:we're|we are|I'm|I am) not (?:responsible|liable|accountable) for\\b",
    'between you and (?:the|your) (?:courier|bank|seller|airline|hotel|carrier|insurer|landlord|manufacturer|provider|merchant|organi[sz]er|card issuer|store|shop|post office|delivery company)\\b',
    '(?:handled|dealt with|decided|managed|set|controlled) by (?:the )?\\w+(?: team)?, not (?:support|us|me|our team)\\b',
    "(?:we've|we have|I've|I have) done (?:our|my) part\\b",
    '(?:makes?|made) (?:the|that|those|all the) (?:decisions?|call)\\b',
    'decides? (?:those|these|that|such) things\\b',
    "(?:we're|we are) (?:just|only) (?:the|a) (?:marketplace|platform|middleman|booking site|booking platform|reseller|agent|intermediary)\\b",
    '(?:the|your) (?:seller|bank|courier|airline|hotel|manufacturer|organi[sz]er|carrier|provider|insurer|landlord|partner|merchant|vendor) is (?:the one )?responsible\\b',
    '(?:handled|managed|controlled|decided|determined) by (?:our|the|your) (?:\\w+ )?(?:partner|provider|supplier|vendor|bank|processor|third party)\\b',
    '(?:a|an) (?:\\w+[- ])?(?:side|end) (?:issue|problem)\\b',
    "(?:we|I) (?:can't|cannot|can not) (?:guarantee|control|be held responsible|be responsible)\\b",
    "(?:you'll|you will|you'd|you would) (?:have|need) to take (?:it|that|this) up with\\b",
  ],
  'gi',
);

// Every phrase above contains one of these words; sentences without them are skipped.
const ANCHORS = anchorWords(
  'department job area responsibility call decision something thing responsible liable accountable between handled dealt decided managed set controlled determined part guarantee control up marketplace platform middleman booking reseller agent intermediary side end problem decisions decides decide makes made',
);

const meta: RuleMeta<'deflection'> = {
  id: 'excuse-deflection',
  category: 'excuse',
  description: 'Notices the problem being passed elsewhere ("not my department", "not something support controls").',
  messages: {
    en: {
      deflection: {
        why: 'Pointing to another team or company reads as “not my problem”, even when it is true.',
        alternatives: [
          'Own the hand-off: say who will handle it and that you have passed it on.',
          'Say what you will do on your side while the other party acts.',
        ],
      },
    },
  },
};

export default defineRule({
  meta,
  check: (context) =>
    matchAnchored(context, ANCHORS, DEFLECTION).map((span) =>
      report(meta, context, span.start, span.end, 'deflection', 'certain'),
    ),
});
