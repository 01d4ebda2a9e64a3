import rule from '@/lib/rules/learned-commanding';
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
    'Thanks for the message. If it suits you, I can book you in at the store on Friday.',
  ],
  invalid: [
    // A 'possible' only since the retrain with a precision floor per category (train-draft-model.ts
    // categoryFloor): a bare instruction after thanks is right too seldom out of fold for 'likely'.
    {
      draft: 'Thanks for the message. Bring the device and your ID to the store.',
      settings: { sensitivity: 'high' },
      flags: ['Bring the device and your ID to the store.'],
    },
  ],
});
