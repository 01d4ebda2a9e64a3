import { defineRule, report, type RuleMeta } from '@/lib/engine/rule';
import { findRefusals } from '@/lib/rules/shared/refusals';

/**
 * A "no" (we can't, not possible, we don't offer) with no alternative, helper or time
 * in the same or the next sentence. Source: coaching seed 000: saying no can be right,
 * "but … determining who else might be able to help, or when … and communicating that".
 */
const meta: RuleMeta<'bare-no'> = {
  id: 'no-alternative',
  category: 'no-alternative',
  description: 'Notices a "no" that names no alternative, no one who can help and no time.',
  messages: {
    en: {
      'bare-no': {
        why: 'A “no” with nothing after it ends the conversation for the customer.',
        alternatives: ['Add who else can help, or when you could.', 'Offer the closest thing you can do instead.'],
      },
    },
  },
};

export default defineRule({
  meta,
  check: (context) =>
    findRefusals(context)
      .filter((refusal) => !refusal.hasAlternative)
      .map((refusal) =>
        // An upset customer reads a bare "no" as a door shut in their face: certain then.
        report(meta, context, refusal.start, refusal.end, 'bare-no', context.mood.upset ? 'certain' : 'likely'),
      ),
});
