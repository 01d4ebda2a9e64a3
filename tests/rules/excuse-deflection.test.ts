import rule from '@/lib/rules/excuse-deflection';
import { ruleTable } from '@/tests/rules/rule-table';

ruleTable(rule, {
  valid: [
    'I’ve passed this to our billing team, and they will reply to you by Thursday.',
    'The courier is collecting the parcel tomorrow between 9 and 12.',
    'You’re right, that was our responsibility, and I’m sorry.',
    'Between you and the rest of the queue, you’re first: I’m on it now.',
    'That is the problem we found, and I have fixed it.',
    'It is our responsibility to get this right, so I have refunded you.',
  ],
  invalid: [
    { draft: 'That’s not my department.', flags: ['not my department'] },
    {
      draft: 'Accounts are suspended automatically, it’s not something support controls.',
      flags: ['not something support controls'],
    },
    {
      draft: 'We’re not responsible for parcels after delivery, that’s between you and the courier.',
      flags: ['We’re not responsible for', 'between you and the courier'],
    },
    { draft: 'Refunds are handled by finance, not support.', flags: ['handled by finance, not support'] },
    { draft: 'You must contact your bank. We’ve done our part.', flags: ['We’ve done our part'] },
    { draft: 'We can’t guarantee freshness after delivery.', flags: ['We can’t guarantee'] },
    {
      draft: 'We’re just the marketplace, the seller is responsible for shipping.',
      flags: ['We’re just the marketplace', 'the seller is responsible'],
    },
    { draft: 'Any errors are your employer’s responsibility.', flags: ['are your employer’s responsibility'] },
  ],
});
