import { defineRule, report, type RuleMeta } from '@/lib/engine/rule';
import { anchorWords, matchAnchored } from '@/lib/rules/shared/match-spans';

/**
 * Calling a step easy. "It's very simple" judges the customer whatever their mood;
 * "simply click …" only stings a customer who is stuck, so it counts as `likely` when the
 * customer is confused (confident) or upset, and `possible` (high sensitivity only) otherwise.
 * Source: coaching seed 001 (patience with people "who aren't like us"). "It's easy to miss",
 * "that's easy to arrange" and "it's easy for a wrong date to slip past" are kind, not a
 * judgement: left alone (seen in good replies written for issue 15 and other-hand-24).
 */
const CALLED_EASY =
  /\b(?:it's|it is|this is|that's|that is) (?:(?:really|very|quite|pretty|super|extremely|that|so|all|just|honestly|actually|genuinely|incredibly) ){0,2}(?:simple|easy|straightforward|not (?:that |very |really |so )?(?:complicated|hard|difficult|rocket science))\b(?! to (?:miss|find|spot|overlook|confuse|mix|get wrong|forget|lose|do by accident|arrange|fix|sort|change|set up|add|switch)| for (?:a|an|the|anyone|anybody|someone|people|things|details)\b| once you\b)/gi;
// "You can simply reply with a photo" offers an easier way, not a judgement (issue 15).
const SIMPLY_DO =
  /(?=simply )(?<!\byou (?:can|could|may) )\bsimply (?:go|click|tap|open|press|select|enter|type|log|sign|follow|reply|choose|visit|restart|reset|download|install|update|use|read|check|scroll)\b/gi;

// Every phrase above contains one of these words; sentences without them are skipped.
const EASY_ANCHORS = anchorWords('simple easy straightforward complicated hard difficult science');
const SIMPLY_ANCHORS = anchorWords('simply');

const meta: RuleMeta<'easy' | 'simply'> = {
  id: 'condescension-simply',
  category: 'condescension',
  description: 'Notices a step called simple or easy ("it\'s very simple", "simply click") when the customer is stuck.',
  messages: {
    en: {
      easy: {
        why: 'Calling it easy tells a customer who is stuck that the problem is them.',
        alternatives: [
          'Give the steps plainly and let the customer judge how easy they are.',
          'Acknowledge that the option is easy to miss, if it is.',
        ],
      },
      simply: {
        why: '“Simply” can make a customer who already tried feel slow.',
        alternatives: [
          'Drop the word and keep the step; the step is what helps.',
          'Add where exactly the button is, since they could not find it.',
        ],
      },
    },
  },
};

export default defineRule({
  meta,
  check: (context) => {
    const stuck = context.mood.upset || context.mood.signals.confusion.level === 'confident';
    return [
      ...matchAnchored(context, EASY_ANCHORS, CALLED_EASY).map((span) =>
        report(meta, context, span.start, span.end, 'easy', 'certain'),
      ),
      ...matchAnchored(context, SIMPLY_ANCHORS, SIMPLY_DO).map((span) =>
        report(meta, context, span.start, span.end, 'simply', stuck ? 'likely' : 'possible'),
      ),
    ];
  },
});
