import rule from '@/lib/rules/blame-customer';
import { ruleTable } from '@/tests/rules/rule-table';

ruleTable(rule, {
  valid: [
    'You should have received the confirmation within a few minutes, so I’m sorry it went missing.',
    'You should have been sent a reminder, and you weren’t. That is on us.',
    'We should have told you sooner, and I’m sorry.',
    'Easy mistake to make, and easy to fix: I’ve swapped the tickets.',
    'If you had any trouble with the form, reply here and I’ll fill it in with you.',
    'You didn’t get the email because it went to an old address; I’ve updated it.',
    '> You should have told me this earlier!\nYou’re right, and I’m sorry.',
  ],
  invalid: [
    { draft: 'You should have checked with your neighbours first.', flags: ['You should have checked'] },
    { draft: 'You failed to enter the code before paying.', flags: ['You failed to'] },
    { draft: 'You didn’t read the setup email.', flags: ['You didn’t read'] },
    { draft: 'You entered the wrong dates when you booked.', flags: ['You entered the wrong'] },
    { draft: 'If you had turned on sync, your notes would be backed up.', flags: ['If you had turned'] },
    { draft: 'That’s user error and isn’t covered.', flags: ['user error'] },
    { draft: 'That’s on your end, not ours.', flags: ['That’s on your end'] },
    { draft: 'You probably left it in the box too long.', flags: ['You probably left'] },
    { draft: 'Please read the shipping page before ordering next time.', flags: ['before ordering next time'] },
    {
      draft: 'Please make sure to check your spam folder in future.',
      flags: ['Please make sure to check your spam folder in future'],
    },
    {
      draft: 'The app can’t delete playlists, so you must have removed it yourself.',
      flags: ['you must have removed'],
    },
    { draft: 'Your request came in late.', flags: ['Your request came in late'] },
  ],
});
