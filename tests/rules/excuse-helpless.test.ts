import rule from '@/lib/rules/excuse-helpless';
import { ruleTable } from '@/tests/rules/rule-table';

ruleTable(rule, {
  valid: [
    'Is there anything else I can do for you today?',
    'Here is what I can do: refund the fee now and check your next bill myself.',
    'I have the authority to waive the fee, so I have done that.',
    'Nothing was charged, and your basket is saved.',
  ],
  invalid: [
    { draft: 'Our hands are tied on this one.', flags: ['Our hands are tied'] },
    { draft: 'There’s nothing more I can do from here.', flags: ['There’s nothing more I can do'] },
    { draft: 'That’s just the way it is.', flags: ['That’s just the way it is'] },
    { draft: 'I don’t have the ability to remove it.', flags: ['I don’t have the ability to'] },
    { draft: 'The fee is set by the hotel and that is out of our hands.', flags: ['out of our hands'] },
    {
      draft: 'Banks block some connections and we can’t do anything about that.',
      flags: ['we can’t do anything about that'],
    },
    { draft: 'There isn’t anything we can do at this stage.', flags: ['There isn’t anything we can do'] },
    {
      draft: 'Your request came in late so there was nothing that could be done.',
      flags: ['nothing that could be done'],
    },
    { draft: 'Unfortunately we have no control over the courier’s schedule.', flags: ['we have no control over'] },
  ],
});
