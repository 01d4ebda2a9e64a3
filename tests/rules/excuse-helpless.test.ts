import rule from '@/lib/rules/excuse-helpless';
import { ruleTable } from '@/tests/rules/rule-table';

ruleTable(rule, {
  valid: [
    // Near misses of a failure told as a habit (issue 15): next to an offer, a vague time, the customer's own habit.
    'Card readers sometimes fail on older buses, so I’ve credited the fare back to your card.',
    'Refunds usually take three days, sometimes longer with some banks.',
    'You sometimes get a code by text instead of email; either one works.',
    'Sometimes it takes a day for the app to catch up, and I’ll check yours tomorrow morning.',
    'It happens to be the same price online, so I’ve ordered it for you.',
    // Near misses for a hazard of the trade: next to what we do about it.
    'Trains are sometimes delayed on Sundays, so I’ve booked you a flexible ticket.',
    'Mistakes can happen, and this one was ours: I’ve refunded the fee.',
    // Near misses for a fault left to fix itself or a habit of the system (issue 15): what we do about it comes with it.
    'Refunds sometimes fail when a card has expired, so I’ve sent you a link to update yours.',
    'The balance refreshes itself every minute, so the new figure will show by 10:05.',
    'I can’t see your order from here, so I’ve asked the warehouse to check and I’ll reply by 3 pm.',
    'I don’t know yet, I’ll find out by 3 pm.',
    'Sometimes is fine: the pass covers up to four visits a month.',
    // Near misses for the shrug (issue 15): an explanation, and the shrug next to what we did.
    'This is how billing works: you pay on the 1st and the invoice follows.',
    'These things happen with international shipping, but I’ve asked the courier to trace it today.',
    'Is there anything else I can do for you today?',
    'Here is what I can do: refund the fee now and check your next bill myself.',
    'I have the authority to waive the fee, so I have done that.',
    'Nothing was charged, and your basket is saved.',
    // Near misses: a promise tied to an event, or reassurance next to a real step.
    'I’ll email you when it arrives, and it should be Thursday.',
    'That’s how the new app works now: tap the card, then Pay, and I’ve sent you a short guide.',
    'We’re doing everything we can, and I’ll call you at 4 pm with the engineer’s report.',
    'The rules changed in May, so I’ve refunded the difference.',
    'If it happens sometimes, I’ll send you a new charger today.',
    // A state of things beside a step of ours, or the customer's own (drafts by other hands).
    'The tile was old, but it broke during our job, so we’ll replace it this week.',
    'Your phone’s battery is old.',
  ],
  invalid: [
    { draft: 'That’s just how engineer scheduling works.', flags: ['That’s just how engineer scheduling works'] },
    {
      draft: 'Where it is right now, I couldn’t say. These things happen with international shipping.',
      flags: ['These things happen'],
    },
    {
      draft: 'Delays happen, that’s just the reality of the job.',
      flags: ['that’s just the reality of'],
    },
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
    { draft: 'That’s just how the booking site works, sorry.', flags: ['That’s just how the booking site works'] },
    { draft: 'Parts will come when they come.', flags: ['will come when they come'] },
    { draft: 'Refunds take as long as they take.', flags: ['take as long as they take'] },
    { draft: 'The repairs team will get to it when they can.', flags: ['when they can'] },
    { draft: 'There’s nothing reception can do about that.', flags: ['nothing reception can do'] },
    { draft: 'It’s a regulatory limit. We don’t make the rules.', flags: ['We don’t make the rules'] },
    { draft: 'Operational decision, way above my pay grade.', flags: ['way above my pay grade'] },
    { draft: 'Staff can’t be expected to know everything.', flags: ['can’t be expected to'] },
    // Drafts in new phrasing (issue 15): the general shapes.
    { draft: 'Honestly, nobody tells us anything about the roadmap.', flags: ['nobody tells us'] },
    { draft: 'Hey! Sorry about that. It happens sometimes when restaurants are busy.', flags: ['happens sometimes'] },
    // Left to fix itself, a fault as a habit, out of sight (issue 15): shapes, not phrases.
    { draft: 'Could be a system error. It’ll probably sort itself out.', flags: ['sort itself out'] },
    { draft: 'The meter might correct itself next month.', flags: ['correct itself'] },
    { draft: 'Your withdrawal is in the queue. It will confirm eventually.', flags: ['will confirm eventually'] },
    { draft: 'Our billing system does this sometimes, not sure why.', flags: ['does this sometimes'] },
    { draft: 'ParentPay payments sometimes duplicate.', flags: ['sometimes duplicate'] },
    { draft: 'Engineers work to a tight schedule and jobs occasionally overrun.', flags: ['occasionally overrun'] },
    {
      draft: 'Group bookings are managed by the sales team. I’ve no visibility of that.',
      flags: ['I’ve no visibility of'],
    },
    { draft: 'Can’t see other stores’ stock from here, sorry.', flags: ['Can’t see other stores’ stock from here'] },
    {
      draft: 'SMETS1 meters may lose functionality when migrated. This is outside our control.',
      flags: ['outside our control'],
    },
    { draft: 'Drivers are sometimes held up by traffic.', flags: ['sometimes held up'] },
    { draft: 'Delays can happen in winter.', flags: ['Delays can happen'] },
    // A failure told as a habit of the world, as the whole answer (issue 15).
    { draft: 'Our scanners occasionally misread barcodes.', flags: ['occasionally misread'] },
    { draft: 'Texts from the clinic sometimes arrive late.', flags: ['sometimes arrive'] },
    { draft: 'Our website occasionally crashes at busy times.', flags: ['occasionally crashes'] },
    { draft: 'These things regularly happen with older boilers.', flags: ['These things regularly happen'] },
    { draft: 'Leaking happens when the seal gets old.', flags: ['happens when'] },
    { draft: 'It happens.', flags: ['It happens.'] },
    // A state of things as the whole answer; control owned only in part (drafts by other hands).
    { draft: 'The lift is old and the maker stopped making parts years ago.', flags: ['is old'] },
    { draft: 'Shipping has been really slow this month.', flags: ['has been really slow'] },
    { draft: 'We have limited control over delays on the line.', flags: ['We have limited control'] },
    {
      draft: 'There is very little we can do until they send the valuation.',
      flags: ['There is very little we can do'],
    },
  ],
});
