import { defineRule, report, type RuleMeta } from '@/lib/engine/rule';
import { sentenceIndexAt } from '@/lib/engine/sentences';
import { anchoredShapes, matchAnchoredGroups, withoutOverlaps } from '@/lib/rules/shared/match-spans';
import {
  CLOSING_THE_SUBJECT,
  CARE_LESSONS,
  FOR_FUTURE_REFERENCE,
  HINDSIGHT_AND_HOMEWORK,
  LESSON_FOR_NEXT_TIME,
  POINTED_REMINDERS,
  PRESUMED_KNOWN,
  QUESTIONS_BACK,
  SHOULD_BE_OBVIOUS,
  WHAT_ANYONE_KNOWS,
} from '@/lib/rules/shared/talk-down-shapes';
import {
  COMMON_KNOWLEDGE,
  EASE_AGAINST_TROUBLE,
  OTHERS_MANAGE,
  REPEATED_AT_THEM,
  SHOULD_HAVE_READ,
} from '@/lib/rules/shared/quiet-talk-down';
import { citesRulesAfterTheRule } from '@/lib/rules/shared/rules-source-cited';

/**
 * Talking down in shapes the condescension lists do not hold, from drafts written by people who
 * never saw the rules (issue 15): "you were told" ("as stated on every bill", "which you agreed
 * to", "this was disclosed at point of sale", "you knew that"), "everyone else manages" ("the
 * portal works fine for everyone else", "most people manage to find it"), curt verdicts and
 * brush-offs ("Not complicated.", "Get used to it.", "Let me explain it slowly"), and rhetorical
 * questions ("What's confusing?", "How would we know?"). A pointer next to help ("as stated in
 * your policy, I've refunded the excess") reminds rather than rebukes: shown at high sensitivity only.
 */
const END = '(?=\\s*[.!?]|\\s*$)';
const SHAPES = anchoredShapes([
  // You were told.
  [
    'stated explained shown set outlined detailed noted mentioned advertised indicated disclosed displayed printed written',
    '(?<=^|[,;]\\s)as (?:clearly )?(?:stated|explained|shown|set out|outlined|detailed|noted|mentioned|advertised|indicated|disclosed|displayed|printed|written) (?:on|in|at) (?:every|each|the|our|your|all|its)\\b',
  ],
  [
    'disclosed explained shown stated displayed listed clear mentioned written advertised printed',
    '(?:this|it|that|which) was (?:all |clearly |already |also |fully )?(?:disclosed|explained|shown|stated|displayed|listed|made clear|mentioned|written|advertised|printed) (?:clearly )?(?:at|on|in|when|before|during)\\b',
  ],
  [
    'agreed signed accepted given received',
    'which you (?:agreed to|signed|accepted|were given|received|would have received)\\b',
  ],
  ['knew', 'you knew (?:that|this|it|about (?:it|this|that))\\b'],
  [
    'told informed warned advised',
    'you were (?:told|informed|warned|advised) (?:in writing|at the time|at booking|when you (?:booked|signed|ordered|joined)|about (?:this|that|it)|of (?:this|that)|clearly|several times|twice)\\b',
  ],
  ['aware know sure', "(?:in case|if) you (?:weren't|were not|aren't|are not|didn't|did not) (?:aware|know|sure)\\b"],
  [
    'know knows',
    'as (?:most|all|any|every) (?:[\\w-]+ )?(?:people|drivers|customers|users|adults|parents|travell?ers|guests|owners|motorists|homeowners|person|driver|adult) (?:know|knows|would know|will know)\\b',
  ],
  ['look read check', `if you (?:look|read|check)(?: properly)?${END}`],
  ['suggest reading', "I(?:'d| would) suggest reading\\b"],
  // Reading or checking asked for first ("Read it carefully before contacting us"); waiting
  // ("Wait until Friday before contacting us again") and a search of the doorstep ("check with
  // neighbours before contacting us") are orders or blame, not talking down (8 of 14 false flags);
  // "I should have checked before asking" is the agent's own slip.
  [
    'complaining asking contacting getting emailing calling writing tweeting posting',
    "(?<!\\b(?:I|we)(?:'ve|'d| should have| should've| had| have| will| would)? )\\b(?:read|re-read|reread|check(?! with)|double-check|look|search|review|google|test|restart|reboot)\\w*\\b[^.!?]{0,80}?\\bbefore (?:complaining|asking|contacting us|getting in touch|emailing us|calling us|writing in|writing to us|tweeting|posting)\\b",
  ],
  // Everyone else manages.
  [
    'everyone everybody all other',
    '(?:works|worked|is working) (?:fine|perfectly|ok|okay|normally) for (?:everyone|everybody|all (?:our )?(?:other )?\\w+|other \\w+)(?: else)?\\b',
  ],
  [
    'people customers users drivers guests members players passengers travellers travelers',
    '(?:most|other|all other) (?:people|customers|users|drivers|guests|members|players|passengers|travell?ers) (?:seem to |manage to |can )?(?:manage|seem|find|know|understand|cope|have no (?:trouble|problem|issue))\\b',
  ],
  [
    'else',
    '(?:like|as) (?:everyone|everybody) else\\b|(?:everyone|everybody) else (?:seems|manages|can|has|understands)\\b',
  ],
  ['even', "even (?:people|someone|those|customers) who (?:aren't|are not|isn't|don't|do not|can't|have never)\\b"],
  // Curt verdicts and brush-offs.
  [
    'simple straightforward easy complicated difficult hard science',
    `^(?:(?:very|really|pretty|quite|fairly|super) )?(?:simple|straightforward|easy|not (?:complicated|difficult|hard|rocket science))${END}`,
  ],
  ['rocket', 'not rocket science\\b'],
  // One word before "101" ("Banking 101"), bounded so a long run of hyphenated text is not re-read from every start.
  ['101', '\\b[\\w-]{1,30} 101\\b'],
  ['basic', 'basic (?:[\\w-]+ )?(?:knowledge|stuff|common sense)\\b'],
  [
    'competent sensible reasonable',
    '(?:any|every) (?:half-competent|competent|sensible|reasonable) (?:person|adult|customer)\\b',
  ],
  // The "I'll" is part of the put-down here, not help offered alongside it.
  ['slowly', "(?:(?:I'll|I will|let me) )?(?:explain|go through|say) (?:it|this|that) (?:again )?slowly\\b"],
  ['listen', 'please listen(?: carefully)?\\b(?! (?:out|for|to)\\b)'],
  ['enough', "(?:that|this)(?:'s| is) clear enough (?:this time|now)\\b"],
  ['used', 'get used to it\\b'],
  [
    'relax chill harder deal overthink grow',
    `^(?:relax|chill(?: out)?|look harder|try harder|deal with it|don't overthink (?:it|this)|grow up)${END}`,
  ],
  ['same', '^same (?:as (?:last time|always|before|every)|place as)\\b'],
  ['not', "(?:we're|we are) (?:an?|the) (?:[\\w-]+ ){0,2}[\\w-]+, not (?:an?|the) [\\w-]+\\b"],
  // Rhetorical questions.
  ['confusing unclear hard difficult', "what(?:'s| is) (?:so )?(?:confusing|unclear|hard|difficult)\\b"],
  ['know known', '(?:how|why) (?:would|could|should) (?:we|I) (?:have )?know(?:n)?\\b'],
  ['else', 'how else (?:do|did|would) you (?:think|expect)\\b'],
  [
    'expect expected expecting',
    '(?:what (?:did|do) you expect|what were you expecting|(?:not sure|no idea) what (?:else )?you (?:expected|were expecting))\\b',
  ],
  ['properly', '(?:looked|look|checked|check|read|searched|search|tried|try) (?:it )?properly\\b|like,? properly\\b'],
  ['even', '(?:did|have|do) you even \\w+'],
  // "Did you not read them?", "Haven't you tried restarting it?": the customer's own step, asked
  // back as a reproach (drafts by other hands, issue 15). Asking whether something reached them
  // ("Did you not receive the code?") is a real question.
  [
    "not didn't haven't",
    "^(?:did you not|didn't you|have you not|haven't you) (?!(?:receive|received|get|got|hear|heard|see|seen|mean|want|say|said|ask|asked|know)\\b)\\w+",
  ],
]);

// The shapes mined later (issue 15) live in their own file, one group per shape.
const SHAPE_GROUPS = [
  SHAPES,
  CLOSING_THE_SUBJECT,
  PRESUMED_KNOWN,
  LESSON_FOR_NEXT_TIME,
  SHOULD_BE_OBVIOUS,
  QUESTIONS_BACK,
  POINTED_REMINDERS,
  HINDSIGHT_AND_HOMEWORK,
  FOR_FUTURE_REFERENCE,
  WHAT_ANYONE_KNOWS,
  CARE_LESSONS,
  REPEATED_AT_THEM,
  EASE_AGAINST_TROUBLE,
  OTHERS_MANAGE,
  SHOULD_HAVE_READ,
  COMMON_KNOWLEDGE,
];

// "…, but I've refunded it", "here's the link": a pointer next to help.
const HELP_NEARBY =
  /\b(?:here(?:'s| is| are)|I(?:'ve| have) (?:also |already |just |now )?\w+ed|I(?:'ll| will)|I can|we can|attached|below)\b/i;

const meta: RuleMeta<'talk-down'> = {
  id: 'condescension-told-you',
  category: 'condescension',
  description: 'Notices "you were told", "everyone else manages", curt verdicts and rhetorical questions.',
  messages: {
    en: {
      'talk-down': {
        why: 'Pointing out what they should have known, or that others manage, makes the customer feel small.',
        alternatives: [
          'Give the answer plainly, as if for the first time.',
          'If it is easy to miss, say so, and show where it is.',
        ],
      },
    },
  },
};

export default defineRule({
  meta,
  check: (context) =>
    withoutOverlaps(SHAPE_GROUPS.flatMap((shapes) => matchAnchoredGroups(context, shapes))).map((span) => {
      const sentence = context.sentences[sentenceIndexAt(context.sentences, span.start)];
      // The flagged words themselves ("let me explain it slowly") are not the help.
      const around = sentence
        ? `${context.lintable.slice(sentence.start, span.start)} ${context.lintable.slice(span.end, sentence.end)}`
        : '';
      // "As printed on the menu. It's optional, so let me know and I'll take it off": help just after counts.
      const index = sentenceIndexAt(context.sentences, span.start);
      const next = context.sentences[index + 1]?.text ?? '';
      const helping = HELP_NEARBY.test(around) || HELP_NEARBY.test(next);
      const quiet = helping || citesRulesAfterTheRule(context, span);
      return report(meta, context, span.start, span.end, 'talk-down', quiet ? 'possible' : 'likely');
    }),
});
