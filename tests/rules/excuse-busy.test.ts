import rule from '@/lib/rules/excuse-busy';
import { ruleTable } from '@/tests/rules/rule-table';

ruleTable(rule, {
  valid: [
    'Thanks for waiting, and sorry it took two days. Your refund went out this morning.',
    'We’re never too busy for a question like this. Here is how to export your data.',
    'Busy week? No rush: the offer is valid until the end of the month.',
  ],
  invalid: [
    { draft: 'We are very busy this week and short-staffed.', flags: ['We are very busy'] },
    {
      draft: 'We are experiencing a high volume of calls, so wait times are longer.',
      flags: ['experiencing a high volume'],
    },
    { draft: 'Delays are to be expected this time of year.', flags: ['Delays are to be expected'] },
    { draft: 'Our team is swamped, so please bear with us.', flags: ['Our team is swamped'] },
    { draft: 'The team has been really busy.', flags: ['The team has been really busy'] },
  ],
});
