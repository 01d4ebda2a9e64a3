import rule from '@/lib/rules/uncertainty-vague-promise';
import { ruleTable } from '@/tests/rules/rule-table';

ruleTable(rule, {
  valid: [
    // A condition is a trigger (issue 15, drafts by another hand).
    'It isn’t planned this year, but I’ve added your vote. I’ll let you know if it moves onto next year’s list.',
    // A time makes a promise a next step.
    'I’ll look into it and reply by 3 pm.',
    'Our engineers are working on it. I’ll update you at 5 pm either way.',
    'Someone from the repairs team will call you tomorrow between 8 and 12.',
    'I’ll keep you updated every Friday until it is fixed.',
    'I’ll text you as soon as the courier scans it, and by 6 am at the latest.',
    'We’ll email you once the parcel arrives at the depot.',
    // An offer that waits on the customer, a step's expected result, and a chat in progress.
    'If it still isn’t there after the update, let me know and I’ll look into your account.',
    'Fully close the app and open it again, and the features should be back.',
    'Tell me what you were trying to do and we’ll sort it here.',
    'I’ve asked the site manager to keep within the permitted hours. I’ll let you know what they say.',
    // "As soon as" followed by an event is a trigger, not "soon".
    'I’ll send the letter as soon as it arrives.',
    // A later time that is a time.
    'The line is busy now; try again later today, after 2 pm, when it’s quiet.',
    'I’ll pass this on to the chef now, and she’ll call you by 5 pm.',
    'Tell me what you need and I’ll sort it on this call.',
    'It’ll come through by Friday; I’ve checked the payment run.',
    // A concrete event is a trigger; a condition with a time is a next step.
    'I’ll approve it as soon as it arrives.',
    'I’ll text you when it’s fixed.',
    'Your refund will be issued once the return is processed, within 3 working days.',
    'You can collect it whenever you can.',
    // Done while the customer is still here (issue 15).
    'Send me the order number and I’ll sort it in this chat.',
  ],
  invalid: [
    // Near miss: "in the chat" later on is still no time.
    { draft: 'I’ll sort it and post in the chat later.', flags: ['I’ll sort it'] },
    { draft: 'We’ll look into it.', flags: ['We’ll look into it'] },
    { draft: 'Someone will be in touch.', flags: ['Someone will be in touch'] },
    { draft: 'Thanks for flagging. It should be sorted soon.', flags: ['It should be sorted'] },
    { draft: 'We are investigating the issue.', flags: ['We are investigating'] },
    {
      draft: 'A member of our billing team will get back to you.',
      flags: ['A member of our billing team will get back to you'],
    },
    { draft: 'The refund will be processed as soon as possible.', flags: ['will be processed as soon as possible'] },
    { draft: 'Not yet, unfortunately. We’ll let you know.', flags: ['We’ll let you know'] },
    { draft: 'Your case is being looked into.', flags: ['Your case is being looked into'] },
    {
      draft: 'We’ll contact you when we have an update, but I couldn’t say when.',
      flags: ['We’ll contact you'],
    },
    // Sent away with no when, or passed on with no when (issue 15).
    { draft: 'Error E-1042 is a licence server issue. Please try later.', flags: ['try later'] },
    { draft: 'Thanks, we’ll pass this on.', flags: ['we’ll pass this on'] },
    { draft: 'We’ve been slammed since Black Friday, but it’ll come through.', flags: ['it’ll come through'] },
    { draft: 'Your withdrawal is stuck. It’ll confirm eventually.', flags: ['It’ll confirm eventually'] },
    {
      draft: 'Our agents are very busy. They’ll call when they have a moment.',
      flags: ['They’ll call when they have a moment'],
    },
    { draft: 'Your repair is logged. We will get to it.', flags: ['We will get to it'] },
    // The time hangs on something nobody here controls or times (training drafts by other hands).
    {
      draft: 'Sorry about that. It’ll be delivered when stock allows.',
      flags: ['It’ll be delivered when stock allows'],
    },
    {
      draft: 'The head teacher is dealing with urgent matters and will respond when she can.',
      flags: ['will respond when she can'],
    },
    {
      draft: 'Your application will be assessed when it reaches the front of the queue.',
      flags: ['will be assessed when it reaches the front of the queue'],
    },
    {
      draft: 'Bags are traced centrally and the hub will advise once the bag has been located.',
      flags: ['will advise once the bag has been located'],
    },
    // The vague time a few more words after the promise (issue 15).
    {
      draft: 'The install is with our partner, who will contact you directly to arrange a date in due course.',
      flags: ['will contact you directly to arrange a date in due course'],
    },
  ],
});
