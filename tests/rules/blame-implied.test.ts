import rule from '@/lib/rules/blame-implied';
import { ruleTable } from '@/tests/rules/rule-table';

ruleTable(rule, {
  valid: [
    // The same words on the customer's side, or next to what we do about it.
    'Our records show the payment arrived on the 3rd, so I’ve removed the late fee.',
    'I’ve rebooked you on the 9 am flight. Next time you fly with us, the lounge pass is on me.',
    'Guests are welcome to use the pool until 10 pm.',
    'You’re probably right, and I’m sorry: the charge was ours. I’ve refunded it.',
    'At this time of year the depot is busy, so I’ve asked them to prioritise yours.',
    'You could have the replacement sent to your office instead, if that’s easier.',
  ],
  invalid: [
    {
      draft: 'Orders placed after 8pm are processed the following day. Order earlier next time.',
      flags: ['Order earlier next time'],
    },
    {
      draft: 'Your account locks after three attempts. Please remember your password in future.',
      flags: ['Please remember your password in future'],
    },
    { draft: 'Our records say it wasn’t returned, so it wasn’t returned.', flags: ['Our records say'] },
    { draft: 'Guests are expected to report problems at the time.', flags: ['Guests are expected to'] },
    { draft: 'You’ve likely shared your login with others.', flags: ['You’ve likely shared'] },
    {
      draft: 'Drivers use the best route. You could have asked them to take a different one.',
      flags: ['You could have asked'],
    },
  ],
});
