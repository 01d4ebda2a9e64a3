import { defineRule, report, type RuleMeta } from '@/lib/engine/rule';
import { phrasesAtWordStart } from '@/lib/engine/phrases';
import { sentenceIndexAt } from '@/lib/engine/sentences';
import { alternativeNear } from '@/lib/rules/shared/cues';
import { anchorWords, matchAnchored } from '@/lib/rules/shared/match-spans';

/**
 * Phrase list: a regretful opener followed by "we can't". Source: coaching seed 002
 * ("people want to know what you can do instead of what you can't"). Only flagged
 * when the regret word leads straight into a refusal: "Unfortunately the courier
 * lost it, so I've sent a new one" stays silent.
 */
const REGRET_THEN_REFUSAL = phrasesAtWordStart(
  [
    "(?:unfortunately|sadly|regrettably|I'm afraid|I am afraid|I regret to (?:say|inform you))(?: that)?,? (?:we|I)(?:'re| are|'m| am)? (?:can't|cannot|can not|are unable to|am unable to|unable to|not able to|won't be able to|will not be able to|aren't able to|don't|do not|won't|will not)\\b",
    "(?:unfortunately|sadly|I'm afraid),? (?:this|that|it)(?:'s| is) not (?:possible|something we)\\b",
    "(?:unfortunately|sadly|I'm afraid),? there(?:'s| is| are) (?:nothing|no)\\b",
    // Formal letters put the refusal in a passive after the regret: "We regret to inform you
    // that your request cannot be processed." ("We regret any inconvenience" refuses nothing.)
    "(?:we|I) (?:must |have to )?regret (?:to (?:inform|advise|tell|notify) you|that)\\b[^.!?\\n]{0,80}?\\b(?:cannot|can't|can not|could not|couldn't|unable|not (?:been |be )?(?:approved|accepted|successful|possible|granted|eligible|able|processed|honou?red|upheld)|declined|rejected|refused|denied|unsuccessful)\\b",
    // The regret can trail the refusal: "That's not possible, I'm afraid."
    "(?:(?:isn't|is not|not) possible|(?:can't|cannot) (?:do|help with|change|offer) (?:that|this|it))\\b,? (?:I'm afraid|unfortunately|sadly)\\b",
  ],
  'gi',
);

// Every phrase above contains one of these words; sentences without them are skipped.
const ANCHORS = anchorWords('unfortunately sadly regrettably afraid regret');

const meta: RuleMeta<'regret'> = {
  id: 'excuse-unfortunately',
  category: 'excuse',
  description: 'Notices "unfortunately we can\'t" and similar regretful refusals.',
  messages: {
    en: {
      regret: {
        why: '“Unfortunately we can’t” opens with the closed door, and the customer often stops reading there.',
        alternatives: [
          'Open with what you can do, then mention the limit briefly if it still matters.',
          'Name the next step or the person who can help, with a time.',
        ],
      },
    },
  },
};

export default defineRule({
  meta,
  check: (context) =>
    matchAnchored(context, ANCHORS, REGRET_THEN_REFUSAL).map((span) => {
      const sentence = sentenceIndexAt(context.sentences, span.start);
      // Followed by a real alternative it is a softer habit: good replies written by people who
      // never saw the rules open this way (issue 15), so it shows at high sensitivity only.
      const softened = sentence !== -1 && alternativeNear(context, sentence, undefined, { timeCounts: false });
      return report(meta, context, span.start, span.end, 'regret', softened ? 'possible' : 'certain');
    }),
});
