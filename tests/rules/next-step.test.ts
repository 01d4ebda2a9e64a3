import rule from '@/lib/rules/next-step';
import { ruleTable } from '@/tests/rules/rule-table';

ruleTable(rule, {
  valid: ['I’ll look into it.', 'Refunds usually take a while.', 'Thanks for your patience today.'],
  invalid: [
    { draft: 'I’ll check on Thursday that it has landed.', flags: ['I’ll check on Thursday that it has landed.'] },
    {
      draft: 'Sorry about that. It should arrive within 3 working days.',
      flags: ['It should arrive within 3 working days.'],
    },
    { draft: 'I’ll email you when the part arrives.', flags: ['I’ll email you when the part arrives.'] },
    { draft: 'Your parcel is due today before 6 pm.', flags: ['Your parcel is due today before 6 pm.'] },
  ],
});
