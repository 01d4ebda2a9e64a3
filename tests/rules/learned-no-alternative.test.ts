import rule from '@/lib/rules/learned-no-alternative';
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
  ],
  invalid: [
    // A 'possible' only: in replies that offer nothing, the learned no-alternative is not right often
    // enough out of fold for 'likely' (train-draft-model.ts categoryFloor).
    {
      draft: 'We don’t take back opened software.',
      settings: { sensitivity: 'high' },
      flags: ['We don’t take back opened software.'],
    },
    {
      draft: 'Sorry, that’s simply not something we do.',
      settings: { sensitivity: 'high' },
      flags: ['Sorry, that’s simply not something we do.'],
    },
  ],
});
