import { defineRule, report, type Certainty, type RuleContext, type RuleMeta } from '@/lib/engine/rule';
import { phrasesAtWordStart } from '@/lib/engine/phrases';
import { excuseCertainty } from '@/lib/rules/shared/excuse-certainty';
import { findToolsDown } from '@/lib/rules/shared/our-side-states';
import { anchorWords, matchAnchored } from '@/lib/rules/shared/match-spans';

/**
 * Phrase list: blaming the software. Source: coaching seed 002 (solutions instead
 * of excuses). "We switched sign-in to a new system" stays silent: no "our/the system"
 * refusing anything.
 */
// "Our system doesn't show the request" reports what it holds, not a refusal (issue 15, good
// replies by other hands go on to act on it: "so I've added it to your return flight").
const SYSTEM_REFUSES =
  /\b(?:our|the) (?:\w+ )?(?:system|software|computer|tool)s? (?:doesn't|does not|won't|will not|can't|cannot|isn't able to|is not able to)(?! (?:show|list|display|record|hold|have (?:a|any) record)\b)(?: let \w+| allow| permit| \w+)?/gi;
const SYSTEM_DECIDES = phrasesAtWordStart(
  [
    '(?:our|the) (?:\\w+ )?system \\w+s (?:\\w+ ){0,3}automatically\\b',
    "(?:applied|set|generated|done|handled|controlled|decided|locked|blocked|assigned|calculated) (?:automatically )?by (?:our|the|their|the \\w+'s) (?:\\w+ )?system\\b",
    '\\w+ed automatically by (?:our|the|their) (?:\\w+ )?system\\b',
    "(?:that's|it's|this is|that is) (?:just |simply )?how (?:our|the) (?:\\w+ )?system (?:works|is set up)\\b",
    '(?:calculated|set|decided|determined|generated|chosen) (?:automatically )?by (?:an?|our|the) (?:\\w+ )?(?:algorithm|computer)\\b',
    'system limitations?\\b',
    'computer says no\\b',
  ],
  'gi',
);

// Every phrase above contains one of these words; sentences without them are skipped.
const ANCHORS = anchorWords(
  'system systems software softwares computer computers tool tools algorithm algorithms limitation limitations',
);

const meta: RuleMeta<'system'> = {
  id: 'excuse-system',
  category: 'excuse',
  description: 'Notices a refusal blamed on the software ("our system doesn\'t allow", "the system won\'t let me").',
  messages: {
    en: {
      system: {
        why: 'Blaming the system sounds as if nobody is in charge of the customer’s problem.',
        alternatives: [
          'Say briefly what the tool does, then what you will do about it yourself.',
          'Offer the manual route, or the person who can override it, if there is one.',
        ],
      },
    },
  },
};

/**
 * "It was rejected because the photo had a shadow, which the system can't accept. You can
 * resubmit online" (issue 15, a good reply by another hand): the system named in a clause that
 * explains a reason, next to a way forward, explains a limit, softened like any excuse-with-help.
 * Said as the answer itself ("Our system won't let me"), it stays certain.
 */
const EXPLAINING_CLAUSE = /\b(?:which|that)\s$/i;

function findings(context: RuleContext, pattern: RegExp, certainty: Certainty) {
  return matchAnchored(context, ANCHORS, pattern).map((span) => {
    const explains = EXPLAINING_CLAUSE.test(context.lintable.slice(Math.max(0, span.start - 7), span.start));
    const shown = explains ? excuseCertainty(context, span, certainty) : certainty;
    return report(meta, context, span.start, span.end, 'system', shown);
  });
}

export default defineRule({
  meta,
  check: (context) => [
    ...findings(context, SYSTEM_REFUSES, 'certain'),
    ...findings(context, SYSTEM_DECIDES, 'likely'),
    // "The portal is down", "that page has been broken for ages", with no step and time after it.
    ...findToolsDown(context).map((span) => report(meta, context, span.start, span.end, 'system', 'likely', 'reply')),
  ],
});
