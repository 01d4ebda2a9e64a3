import rule from '@/lib/rules/no-alternative';
import { ruleTable } from '@/tests/rules/rule-table';

ruleTable(rule, {
  valid: [
    'We can’t wait to help you settle in!',
    'No problem at all, the tracking number is RT-55820.',
    'No, you don’t need to do anything else.',
    'We don’t deliver on weekends, but Friday evening between 6 and 9 pm is open.',
    'I can’t approve extensions myself, but your tutor can, and I have forwarded your message.',
    'A full refund isn’t possible at day 32. What I can do is refund the unused months as credit.',
    'Gift cards can’t be refunded to a bank account; I can move the balance to another account instead.',
    'I can’t thank you enough for the detailed report.',
    'I can’t find an order under that email; could you send the order number?',
    'We don’t have phone support yet, but I can book a video call with you.',
    'You won’t be charged unless you upgrade, and we don’t ask for a card.',
    '> We can’t accept that you can’t refund\nI’ve refunded the order today.',
    'That isn’t possible today, but I can deliver it tomorrow morning.',
    'Appointments cannot be rescheduled online, so please call the clinic and they will move it for you.',
  ],
  invalid: [
    { draft: 'We can’t do exchanges.', flags: ['We can’t do'] },
    { draft: 'Pets are not permitted on the shuttle.', flags: ['are not permitted'] },
    {
      draft: 'I’m sorry, deleted projects can’t be restored. Once they’re gone they’re gone.',
      flags: ['can’t be restored'],
    },
    { draft: 'There’s nothing more I can do from here.', flags: ['There’s nothing more I can do'] },
    { draft: 'No, we only take card payments.', flags: ['No, we only'] },
    { draft: 'Sorry but we stopped offering paper bills last year.', flags: ['we stopped offering'] },
    { draft: 'Early cancellation is not an option under your contract.', flags: ['is not an option'] },
    { draft: 'There’s no manager available.', flags: ['There’s no manager'] },
    {
      draft: 'Our system overbooks some flights, it’s not something I can change.',
      flags: ['it’s not something I can'],
    },
    {
      // The alternative must be in the same or the next sentence, not three sentences later.
      draft: 'We can’t refund this. The item was used. It was opened. You could try a repair shop.',
      flags: ['We can’t refund'],
    },
  ],
});
