import rule from '@/lib/rules/condescension';
import { ruleTable } from '@/tests/rules/rule-table';

ruleTable(rule, {
  valid: [
    'As you mentioned, the parcel was left outside; I’ve sent a replacement.',
    'Clearly the newest backup is the one that matters, so the older ones are safe to delete.',
    'Please read through the attached guide whenever suits you; it has screenshots of every step.',
    'Take a breath, this is fixable: I’ve restored your files from last night.',
    '> Calm down? Don’t tell me to calm down!\nI’m sorry, that was the wrong thing for us to say.',
  ],
  invalid: [
    { draft: 'As I said in my last email, refunds take 5-7 days.', flags: ['As I said'], messageId: 'repeat' },
    {
      draft: 'As previously mentioned, you can share it from the menu.',
      flags: ['As previously mentioned'],
      messageId: 'repeat',
    },
    { draft: 'Like I told you yesterday, it’s the USB-B cable.', flags: ['Like I told you'], messageId: 'repeat' },
    { draft: 'Please calm down.', flags: ['calm down'], messageId: 'scold' },
    { draft: 'There’s no need to be rude.', flags: ['There’s no need to be rude'], messageId: 'scold' },
    { draft: 'Getting angry won’t help.', flags: ['Getting angry won’t help'], messageId: 'scold' },
    {
      draft: 'Obviously the button is in Settings. Clearly you haven’t looked.',
      flags: ['Obviously', 'Clearly you'],
      messageId: 'belittle',
    },
    { draft: 'It’s all explained in your contract.', flags: ['It’s all explained in'], messageId: 'belittle' },
    {
      draft: 'As mentioned in the documentation, admins add users.',
      flags: ['As mentioned in the documentation'],
      messageId: 'repeat',
    },
    {
      draft: 'Please read the shipping information before ordering.',
      flags: ['Please read the shipping information'],
      messageId: 'belittle',
    },
    {
      draft: 'As stated in my previous reply, refunds take 10 days.',
      flags: ['As stated in my previous reply'],
      messageId: 'repeat',
    },
    {
      draft: 'Like it says in the promotion terms, it excludes sale items.',
      flags: ['Like it says in the'],
      messageId: 'belittle',
    },
    {
      draft: 'Please read them carefully before using a code.',
      flags: ['Please read them carefully'],
      messageId: 'belittle',
    },
  ],
});
