import { describe, expect, it } from 'vitest';
import rule from '@/lib/rules/learned-no-alternative';
import { buildChecklist } from '@/lib/analysis/checklist';
import { buildContext } from '@/lib/analysis/context';
import { runRules, selectFindings } from '@/lib/analysis/run-rules';
import { DEFAULT_ENGINE_SETTINGS } from '@/lib/engine/types';
import { RULES } from '@/lib/rules';
import { moodWith } from '@/tests/rules/rule-table';
import { LEARNED_GOOD_REPLIES } from '@/tests/rules/learned-good-replies';
import { ruleTable } from '@/tests/rules/rule-table';

/**
 * The learned second opinion is a model, so these cases pin what the shipped weights do
 * (drafts written for this test, not taken from the training or eval sets). The rule alone
 * is tested here; that it stays quiet when a rule already found the category is run-rules'.
 */
ruleTable(rule, {
  valid: [
    ...LEARNED_GOOD_REPLIES,
    // A reply that turns nothing down, such as the first sentence of one still being written.
    { draft: 'I’m so sorry for the wait.', settings: { sensitivity: 'high' } },
    { draft: 'Hi Dana, thanks for getting in touch about your order.', settings: { sensitivity: 'high' } },
    // A "no" with when next to it: the time is its way forward, as the rules read it.
    { draft: 'We can’t expedite it. Delivery usually takes 10 business days.', settings: { sensitivity: 'high' } },
    { draft: 'We can’t expedite it. It usually takes 10 business days, sorry.', settings: { sensitivity: 'high' } },
    // A "no" the refusal finder judges answered: the pre-send check ticks it, so no guess says otherwise.
    { draft: 'We don’t deliver on Sundays, but Saturday is free.', settings: { sensitivity: 'high' } },
    // A "no" the finder reads as unanswered is the rule's, which names the words: the guess adds nothing.
    { draft: 'We don’t take back opened software.', settings: { sensitivity: 'high' } },
  ],
  invalid: [
    // The guess is for the quiet refusals the refusal finder does not read (refusals.ts): where it finds
    // a "no", the rule flags it or the pre-send check ticks it, and the guess is silent.
    // ("We don’t insure caravans." and "We only open savings accounts for residents." were such guesses
    // until the finder learned to read them, 2026-12-08; the rule flags them now.)
    {
      draft: 'Exam scripts are not shown to students under any circumstances.',
      settings: { sensitivity: 'high' },
      flags: ['Exam scripts are not shown to students under any circumstances.'],
    },
    {
      draft: 'Non-refundable means non-refundable I’m afraid.',
      settings: { sensitivity: 'high' },
      flags: ['Non-refundable means non-refundable I’m afraid.'],
    },
  ],
});

/**
 * The rule, the pre-send check and the learned opinion read a "no" with one refusal finder
 * (refusals.ts): where the check ticks "Any no says who can help, or when", nothing flags the reply
 * as a "no" with no way forward, and where it flags one, the tick is missing.
 */
describe('the no-alternative rule, the check and the learned opinion agree', () => {
  const read = (draft: string) => {
    const settings = { ...DEFAULT_ENGINE_SETTINGS, sensitivity: 'high' as const };
    const context = buildContext({ draft, customerMessages: [], mood: moodWith(), settings, locale: 'en' });
    const raw = runRules(RULES, context);
    const tick = buildChecklist(context, raw).find((item) => item.id === 'no-has-alternative')!.status;
    const flagged = selectFindings(raw, [], 'high').some((finding) => finding.category === 'no-alternative');
    return { tick, flagged };
  };
  it.each([
    'We don’t deliver on Sundays, but Saturday is free.',
    'We can’t refund a sale item, but I can offer store credit today.',
    'Dogs aren’t allowed in the main dining room. Well-behaved dogs are welcome on the terrace.',
  ])('answered: %s', (draft) => {
    expect(read(draft)).toEqual({ tick: 'done', flagged: false });
  });
  it.each(['Refunds are only issued within 14 days.', 'That’s not something we offer.', 'We only ship to mainland addresses.'])(
    'unanswered: %s',
    (draft) => {
      expect(read(draft)).toEqual({ tick: 'missing', flagged: true });
    },
  );
});
