import rule from '@/lib/rules/ownership';
import { ruleTable } from '@/tests/rules/rule-table';

ruleTable(rule, {
  valid: [
    'Let me know if anything looks different.',
    'I’ll be honest with you: the part is on backorder.',
    'Refunds take 5 days.',
    '> I’ll take my business elsewhere\nThat would be a loss for us.',
  ],
  invalid: [
    { draft: 'I’ll call you at 4 pm today.', flags: ['I’ll call'] },
    { draft: 'I’ve refunded the second charge.', flags: ['I’ve refunded'] },
    { draft: 'Let me check with the warehouse.', flags: ['Let me check'] },
    { draft: 'That’s our mistake, not yours.', flags: ['That’s our mistake'] },
    {
      // One note per sentence, three at most.
      draft: 'I’ve refunded it and I’ll check Friday. I’ll email you. I’ll call too. I’ll write again.',
      flags: ['I’ve refunded', 'I’ll email', 'I’ll call'],
    },
  ],
});
