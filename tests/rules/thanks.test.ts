import rule from '@/lib/rules/thanks';
import { ruleTable } from '@/tests/rules/rule-table';

ruleTable(rule, {
  valid: [
    'Hi Sam,\n\nYour refund is on its way.\n\nThanks,\nAlex',
    'Thanks to the update, sync is faster now.',
    'Thanks in advance for sending the receipt.',
    'Kind regards,\nThe team',
  ],
  invalid: [
    { draft: 'Thanks for the detailed logs.', flags: ['Thanks'] },
    { draft: 'Thank you for telling us honestly.', flags: ['Thank you'] },
    { draft: 'I really appreciate your patience.', flags: ['I really appreciate'] },
    { draft: 'Hi Zoe, thanks for flagging it.', flags: ['thanks'] },
  ],
});
