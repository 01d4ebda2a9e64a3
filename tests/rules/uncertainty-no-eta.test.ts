import rule from '@/lib/rules/uncertainty-no-eta';
import { ruleTable } from '@/tests/rules/rule-table';

ruleTable(rule, {
  valid: [
    // Near misses of "depends on" with any subject: a time or an offer beside it.
    'Speeds depend on line length, so I’ve booked an engineer to test yours on Friday.',
    'Your refund depends on the inspection, which is booked for Tuesday at 10 am.',
    'Prices vary slightly between stores, and I can check yours now if you like.',
    // Near misses for "once it happens", a vague stretch and a hope (issue 15): a message promised, a time, an offer.
    'Your driver is 4 stops away. You’ll get a text when they’re next.',
    'The refund will be released once the bank confirms, usually within 2 working days.',
    'It could take a few weeks, so I’ve sent a loan unit today.',
    'It’s out for delivery, so it should be with you by 6 pm, hopefully sooner.',
    'I don’t know yet, I’ll find out by 3 pm.',
    // The same status with a time, a follow-up or an offer is an update.
    'Your refund is pending approval, usually 3-5 working days.',
    'It’s awaiting a part. I’ll chase the depot on Friday and tell you what they say.',
    'Your application is being considered, and you’ll have a decision by 14 March.',
    'Processing times vary, but I can fast-track yours because of the hospital stay.',
    'Thanks, I’ve noted that on your account and refunded the fee.',
    // "Pending transactions" is a kind of transaction, not a status.
    'The difference is the pending transactions, which clear overnight.',
    // Someone else's step with a time is an update.
    'It’ll drop off once the hotel releases it, usually within 3 working days.',
    'Devs are on it, and I’ll update you at 4 pm.',
    'It’s taking longer than usual, so I’ve moved you to the front and you’ll have it by Monday.',
  ],
  invalid: [
    // "depends on" / "varies" with any subject, as the whole answer (issue 15).
    { draft: 'Speeds depend on line length and in-home wiring.', flags: ['Speeds depend on'] },
    { draft: 'Deposit returns depend on the final inspection being signed off.', flags: ['returns depend on'] },
    { draft: 'It varies.', flags: ['It varies'] },
    { draft: 'Transfer request sent. Awaiting re-registration.', flags: ['Awaiting'] },
    {
      draft: 'Processing times vary. Your application is being considered.',
      flags: ['Processing times vary', 'is being considered'],
    },
    { draft: 'Refunds are processed by our payment partner and can take some time.', flags: ['can take some time'] },
    { draft: 'Xero changed their API. We’re waiting on them.', flags: ['We’re waiting on them'] },
    {
      draft: 'Your request is with the DPO and within the statutory timeframe.',
      flags: ['within the statutory timeframe'],
    },
    { draft: 'Sir, it is in transit.', flags: ['is in transit'] },
    { draft: 'Noted.', flags: ['Noted.'] },
    { draft: 'Depends on cancellations, can’t say.', flags: ['Depends on'] },
    // The "when" given only as someone else's step (issue 15).
    { draft: 'That’s a pre-auth. It’ll drop off once the PMS releases it.', flags: ['once the PMS releases'] },
    { draft: 'Once we receive the funds it will be applied.', flags: ['Once we receive'] },
    {
      draft: 'Our card supplier has had delays, so it’s taking longer than usual.',
      flags: ['taking longer than usual'],
    },
    { draft: 'That’s a known bug. Devs are on it.', flags: ['Devs are on it'] },
    { draft: 'Sir, credit is done by CPC. Kindly wait.', flags: ['Kindly wait.'] },
    { draft: 'Compensation will be applied to a future bill.', flags: ['to a future bill'] },
    // Done only once something else happens, a vague stretch, a time hedged into a hope (issue 15).
    {
      draft: 'Payments have been delayed by a system upgrade. They will be paid once the upgrade is completed.',
      flags: ['will be paid once the'],
    },
    {
      draft: 'Installation cancelled by Openreach. Will be rebooked when the wayleave is granted.',
      flags: ['Will be rebooked when the'],
    },
    {
      draft: 'You will receive your refund when it has been processed.',
      flags: ['will receive your refund when it'],
    },
    { draft: 'The part is on back order. It might be a few more weeks.', flags: ['might be a few more weeks'] },
    { draft: 'It’s out for delivery so should be with you later, hopefully!', flags: ['hopefully'] },
  ],
});
