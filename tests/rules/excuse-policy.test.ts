import rule from '@/lib/rules/excuse-policy';
import { ruleTable } from '@/tests/rules/rule-table';

ruleTable(rule, {
  valid: [
    // A legal duty, then the step made easy: the rule explains the check.
    'We’re required by law to confirm your address. It takes about five minutes online with a recent bill.',
    'We have to check your ID again under anti-money-laundering rules. If you’d rather do it in branch, that’s fine too.',
    // A rule book cited next to what we did explains a limit (issue 15).
    'Under the terms of your agreement we would not normally waive a late payment charge; however, I have arranged for it to be refunded as a goodwill gesture.',
    'Our refund policy is simple: you can return anything within 30 days.',
    'Our bereavement policy lets us refund non-refundable fares, and I have started that for you.',
    'Here is our privacy policy, as you asked: example.com/privacy',
    '> It’s our policy? Really?\nI’ve refunded the order in full.',
    'Hi Sam,\n\nI’ve moved your booking to Friday.\n\nBest,\nAlex\n\nOn Tue, 3 Mar 2026, Sam wrote:\n> your agent said it is company policy',
    'We are allowed to refund up to 90 days after purchase, so I have done that today.',
    // Near misses for citations: a limit explained next to what we do, or words that only look like one.
    'It’s a security requirement for all accounts, so I can’t switch it off. What I can do is turn on fingerprint sign-in.',
    'That’s covered under your warranty, so I’ve booked the repair for Monday.',
    'According to the tracking, it arrives on Monday.',
    'Per your request, I’ve moved the delivery to Friday.',
    'Standard delivery takes three days, and I’ve upgraded yours to next day.',
    'The price is the same on the app and the website.',
    'Upgrades are subject to availability, but I’ve put your name at the top of the list.',
    // The rule book as a yes (issue 15).
    'Most victims get a refund under the reimbursement rules, and our scams team will call you tomorrow.',
    // The rule book with the way forward right after it (issue 15, good replies by other hands).
    'Late cancellations do carry a fee under our policy, but I’ve waived it, and the £45 will be back by Friday.',
    'I’m not allowed to share the reasons for the review, but you have options: your balance will be sent within 5 days.',
    // The rule book as a yes, anywhere in a sentence with no "no" in it (issue 15).
    'You’re also owed £12 a day under the delay repay rules.',
    'Under the scheme rules, most lost deposits are refunded within ten days of the check.',
  ],
  invalid: [
    // The same duty with the step left hard, or several sentences away, still hides behind the rule.
    {
      draft: 'We’re required by law to confirm your address. Send a certified copy of a bill by post.',
      flags: ['required by law'],
    },
    // Near misses: a grant restricted or refused, and a cause ("due to") that grants nothing.
    {
      draft: 'Refunds are only given in line with the conditions of carriage.',
      flags: ['in line with the conditions'],
    },
    { draft: 'Price rises are due to costs across the industry.', flags: ['across the industry'] },
    // Near miss: the same citation with nothing done.
    { draft: 'Under the terms of your agreement we do not waive late payment charges.', flags: ['Under the terms'] },
    { draft: 'It’s our policy to hold the second charge for five days.', flags: ['It’s our policy'] },
    { draft: 'Company policy says invoices can’t be edited.', flags: ['Company policy'] },
    { draft: 'I’m not allowed to change seats after check-in.', flags: ['I’m not allowed to'] },
    { draft: 'Per our policy, tows are only covered via the hotline.', flags: ['Per our policy'] },
    { draft: 'That is against our policy.', flags: ['against our policy'] },
    { draft: 'Purchases are final as per the terms of service you agreed to.', flags: ['as per the terms'] },
    { draft: 'It’s a security requirement, sorry.', flags: ['It’s a security requirement'] },
    { draft: 'Rules are rules, I’m afraid.', flags: ['Rules are rules'] },
    {
      draft: 'The fee applies to opened items, it’s clearly stated at checkout.',
      flags: ['it’s clearly stated at checkout'],
    },
    { draft: 'That’s not how our booking conditions work.', flags: ['That’s not how our booking conditions work'] },
    { draft: 'Payment terms are 30 days and we don’t make exceptions.', flags: ['we don’t make exceptions'] },
    // Citations used as the whole answer.
    {
      draft: 'Per section 4.2 of our terms, digital content is non-refundable.',
      flags: ['Per section'],
    },
    { draft: 'Please refer to clause 9 of your membership agreement.', flags: ['refer to clause'] },
    { draft: 'It’s in the T&Cs you accepted.', flags: ['It’s in the T&Cs'] },
    { draft: 'You’re sharing your account, which breaches our terms.', flags: ['breaches our terms'] },
    { draft: 'It’s for controlled drugs. That’s the law.', flags: ['That’s the law'] },
    { draft: 'We are not obliged to give reasons for closing an account.', flags: ['We are not obliged to'] },
    { draft: 'It’s an underwriting requirement.', flags: ['It’s an underwriting requirement'] },
    {
      draft: 'The admin fee is standard. Every dealer charges one.',
      flags: ['is standard', 'Every dealer charges one'],
    },
    { draft: 'That’s the same for everyone.', flags: ['the same for everyone'] },
    {
      draft: 'Fees for rescheduling are standard practice across all our branches.',
      flags: ['are standard practice'],
    },
    // A no next to the same words is still a citation.
    {
      draft: 'Delays caused by signalling faults are not eligible for compensation under the passenger charter.',
      flags: ['under the passenger charter'],
    },
  ],
});
