import rule from '@/lib/rules/excuse-unfortunately';
import { ruleTable } from '@/tests/rules/rule-table';

ruleTable(rule, {
  valid: [
    'Unfortunately the courier lost your parcel, so I have sent a new one by express.',
    'Not right now, sadly. A new batch arrives on the 18th and I can reserve one for you.',
    'We can’t wait to welcome you on Monday!',
    'I’m afraid I have good news only: the refund went out today.',
    '> Unfortunately we can’t use the app at all\nThanks for the screenshots, I have found the cause.',
    // At the default sensitivity a regretful "no" followed by what we will do stays quiet.
    'Unfortunately we can’t extend trials, but I can give you 20% off until Friday.',
    // Drafts in new phrasing (issue 15): near misses that must stay clean.
    'We regret any inconvenience and have refunded the delivery charge.',
    'We regret that this happened. I’ve refunded you in full and added a £10 voucher.',
  ],
  invalid: [
    { draft: 'Unfortunately we can’t refund items bought on sale.', flags: ['Unfortunately we can’t'] },
    { draft: 'Unfortunately, we cannot issue refunds for renewals.', flags: ['Unfortunately, we cannot'] },
    { draft: 'I’m afraid we are unable to ship to PO boxes.', flags: ['I’m afraid we are unable to'] },
    {
      draft: 'Sadly we’re not able to refund tickets. I’m sorry.',
      flags: ['Sadly we’re not able to'],
    },
    {
      // Softened by an alternative: shown at high sensitivity only (good replies open this way).
      draft: 'Unfortunately we can’t extend trials, but I can give you 20% off until Friday.',
      flags: ['Unfortunately we can’t'],
      settings: { sensitivity: 'high' },
    },
    { draft: 'That’s not possible, I’m afraid.', flags: ['not possible, I’m afraid'] },
    { draft: 'Unfortunately there are no seats left today.', flags: ['Unfortunately there are no'] },
    // Drafts in new phrasing (issue 15): the general shapes.
    {
      draft: 'We regret to inform you that your claim has not been approved.',
      flags: ['We regret to inform you that your claim has not been approved'],
    },
    {
      draft: 'We must regret that we are unable to proceed with your application.',
      flags: ['We must regret that we are unable'],
    },
  ],
});
