import { defineRule, report, type Certainty, type RuleContext, type RuleMeta } from '@/lib/engine/rule';
import { phrasesAtWordStart } from '@/lib/engine/phrases';
import { anchorWords, matchAnchored } from '@/lib/rules/shared/match-spans';

/**
 * Phrase lists: talking down. Source: coaching seed 001 (patience says "you're worth it").
 * "As you mentioned" and "Clearly the newest backup is the one that matters" stay silent:
 * only "as I said" repeats at the customer, only "clearly you" judges them.
 */
const REPEATING = phrasesAtWordStart(
  [
    "(?:as|like) I(?:'ve)? (?:already |previously |just )?(?:said|mentioned|explained|stated|wrote|told you|noted|pointed out)\\b",
    'as (?:previously|already|was|I) (?:mentioned|stated|explained|said|noted)\\b',
    'as (?:stated|mentioned|explained|noted) (?:before|earlier|previously|above)\\b',
    'as (?:stated|mentioned|explained|said|noted) in my (?:previous|last|earlier) (?:email|message|reply|response)\\b',
    'as (?:stated|mentioned|explained|noted|outlined|described|clearly stated) (?:in|on) (?:the|our) (?:documentation|docs|faq|website|guide|manual|help cent(?:er|re)|terms|previous (?:email|message|reply)|last (?:email|message|reply))\\b',
  ],
  'gi',
);
const SCOLDING = phrasesAtWordStart(
  [
    'calm down\\b',
    "(?:there's |there is )?no need to (?:be rude|be so rude|shout|yell|get (?:so )?(?:upset|angry|worked up)|raise your voice|be aggressive|use (?:that|such) language|swear)\\b",
    "(?:shouting|yelling|swearing|getting (?:angry|upset|worked up)|being (?:rude|aggressive))(?: in capitals| at (?:me|us))? (?:won't|will not|doesn't|does not) (?:help|get|solve|change|make)\\b",
    '(?:watch|mind) your (?:tone|language)\\b',
  ],
  'gi',
);
const BELITTLING = phrasesAtWordStart(
  [
    'obviously\\b',
    'clearly,? you\\b',
    'as you (?:should|must|ought to) know\\b',
    "I'm sure even you\\b",
    "(?:it's|it is) all (?:explained |written |stated |set out )?(?:in|there)\\b",
    'as (?:our|the) (?:\\w+ )?(?:guide|faq|manual|instructions|terms|documentation|help page) (?:explains?|says?|states?)\\b',
    'any (?:bank|child|kid|one|body)(?: \\w+)? (?:can|could|would) tell you\\b',
    '(?:please understand|you (?:need|have) to understand)\\b',
    '(?:like|as) it says (?:in|on) (?:the|our)\\b',
    'please (?:re-?)?read (?:them|it|this|the \\w+) (?:carefully|again|properly)\\b',
    '(?:re-?)?read (?:the|our|your) (?:\\w+ ){0,2}(?:manual|instructions|faq|terms|information|email|guide|documentation|policy|description) (?:before|first|carefully|again)\\b',
    'please (?:re-?)?read (?:the|our) (?:\\w+ ){0,2}(?:manual|instructions|faq|terms|information|guide|documentation|policy)\\b(?= before| first| carefully| next time)',
  ],
  'gi',
);

// Every phrase above contains one of these words; sentences without them are skipped.
const ANCHORS = anchorWords(
  'said mentioned explained stated wrote told noted pointed outlined described calm need shouting yelling swearing getting being watch mind obviously clearly know even all tell understand read reread re says guide faq manual instructions terms documentation page',
);

const meta: RuleMeta<'repeat' | 'scold' | 'belittle'> = {
  id: 'condescension',
  category: 'condescension',
  description: 'Notices talking down: "as I said", "calm down", "obviously", "clearly you".',
  messages: {
    en: {
      repeat: {
        why: '“As I said” tells the customer they should have listened; it sounds impatient.',
        alternatives: [
          'Give the information again as if for the first time, maybe in a clearer way.',
          'If it was unclear before, own that and explain it differently.',
        ],
      },
      scold: {
        why: 'Telling someone to calm down rarely calms them; it judges how they feel.',
        alternatives: [
          'Name what went wrong for them, then what you are doing about it.',
          'Let your steady tone and a concrete step do the calming.',
        ],
      },
      belittle: {
        why: 'Words like “obviously” suggest the customer missed something easy, and they feel small.',
        alternatives: [
          'State the information plainly, without judging whether it was easy to find.',
          'Point to where it is, and say it is easy to miss if that is true.',
        ],
      },
    },
  },
};

function findings(context: RuleContext, pattern: RegExp, id: 'repeat' | 'scold' | 'belittle', certainty: Certainty) {
  return matchAnchored(context, ANCHORS, pattern).map((span) =>
    report(meta, context, span.start, span.end, id, certainty),
  );
}

export default defineRule({
  meta,
  check: (context) => [
    ...findings(context, REPEATING, 'repeat', 'certain'),
    ...findings(context, SCOLDING, 'scold', 'certain'),
    ...findings(context, BELITTLING, 'belittle', 'likely'),
  ],
});
