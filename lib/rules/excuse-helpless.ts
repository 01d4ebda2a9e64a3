import { defineRule, report, type RuleMeta } from '@/lib/engine/rule';
import { draftOffersSomething } from '@/lib/rules/shared/cues';
import { excuseCertainty } from '@/lib/rules/shared/excuse-certainty';
import { findHabits } from '@/lib/rules/shared/habits';
import { findShrugs } from '@/lib/rules/shared/shrugs';
import { findStatesAlone } from '@/lib/rules/shared/our-side-states';

/** "Nothing can be done" (the shapes are in shared/shrugs.ts). Source: coaching seed 000. */
const meta: RuleMeta<'helpless'> = {
  id: 'excuse-helpless',
  category: 'excuse',
  description: 'Notices "our hands are tied", "nothing I can do", "that\'s just how it is".',
  messages: {
    en: {
      helpless: {
        why: 'Saying nothing can be done leaves the customer alone with the problem.',
        alternatives: [
          'Say what is still in your power, even if it is small.',
          'Name who can decide, and offer to take the case to them.',
        ],
      },
    },
  },
};

export default defineRule({
  meta,
  check: (context) => [
    // Next to who else can help or what we will do, a limit is explained, not hidden behind
    // (coaching seed 000); "we're doing everything we can, I'll call at 4" reassures.
    ...findShrugs(context).map((span) =>
      report(meta, context, span.start, span.end, 'helpless', excuseCertainty(context, span, 'certain')),
    ),
    // A habit of the world is an excuse only as the whole answer: "calls sometimes drop, so I've
    // credited the call" explains.
    ...(draftOffersSomething(context) ? [] : findHabits(context)).map((span) =>
      report(meta, context, span.start, span.end, 'helpless', 'likely', 'reply'),
    ),
    // "The lift is old and the maker stopped the parts": a state of things as the whole answer.
    ...findStatesAlone(context).map((span) =>
      report(meta, context, span.start, span.end, 'helpless', 'likely', 'reply'),
    ),
  ],
});
