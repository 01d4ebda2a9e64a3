import rule from '@/lib/rules/uncertainty';
import { ruleTable } from '@/tests/rules/rule-table';

ruleTable(rule, {
  valid: [
    // Near misses of hope in place of a time: a time or a step of ours with it.
    'Fingers crossed for your interview tomorrow! Your refund went out today.',
    'The courier collects at 4 pm, so it arrives tomorrow; fingers crossed for good weather.',
    'I don’t know yet, I’ll find out by 3 pm.',
    // Hedged promises with a time or a step taken (issue 15).
    'We’ll try again at 6 pm, and I’ll text you either way.',
    'You’ll be contacted by the courier tomorrow morning to pick a slot.',
    'I’ve escalated it, and we’re fixing it as quickly as we can; I’ll update you by 5 pm.',
    // When left open, but with a time or a promise to find out (issue 15).
    'There’s no ETA from the supplier yet, so I’ll chase them and update you by Thursday.',
    'The road is closed until further notice; I’ve booked you a taxi for 8 am instead.',
    'I can’t promise when the engineer arrives, but I’ll call you by noon with a slot.',
    'I think you’re right, and I’ve refunded the difference.',
    'I think we can do better: I’ve moved your delivery to tomorrow morning.',
    'Maybe, maybe not; I’ll check the stock tonight and email you by 9 am.',
    // When it will be known, a guess acted on, the customer's own doubt (issue 15).
    'We don’t know yet, I’m afraid. The union is due to confirm on Wednesday whether the strike goes ahead.',
    'Your record didn’t match ours, probably because the name on our account is your late husband’s. I’ve updated the account into your name.',
    'If you’re not sure where to get it, I can join a 15-minute call with your IT admin today.',
    'I know exactly what happened: the order was hidden during maintenance.',
    'I don’t know the exact date yet, but I’ve asked the product team and I’ll reply by Friday.',
    'I’m not sure yet, because the courier hasn’t scanned it. I’ll check again tomorrow morning.',
    'Make sure the cable is in the HDMI 2 port.',
    'Not sure which plan fits? I’ll compare them for you and send a summary today.',
    '> I have no idea where my parcel is\nYour parcel is at the depot and arrives today.',
    'We don’t have a date yet, so I’ll ask the lab today and email you by Friday.',
    // Drafts in new phrasing (issue 15): near misses that must stay clean.
    'No idea why it did that, but I’m testing it on my own phone now and will reply by noon.',
    'I don’t know yet, I’ll find out by 3 pm and write back.',
    'I’ve resent it just now. If it doesn’t show, it may be in your spam folder.',
    'The reset email may have linked to the old site. I’ll reset it from my side while you’re on the chat.',
    'Delivery times are shown at checkout.',
    'I can see the reason: the card expired last month.',
    'I’m not sure why it’s missing, so I’ve checked with our compliance officer, who will upload it by 5 pm.',
    'It’s possible to change the date in the app.',
    'The fault is likely on your router, so I’ve booked an engineer for Tuesday.',
    // What they may have to do or may be entitled to is an option, not our guess (issue 15).
    'If the scheme has no record of it, the agent may have to repay the deposit in full.',
    'Your son may be eligible for the student fare as well, which is a third off.',
    'If the screen is only cracked, a repair might be cheaper than a new handset.',
    // The customer's doubt, with what to do about it (issue 15).
    'If you think the message might be fake, forward it to us before you click anything.',
    'If you’re unsure about the dose, the pharmacist on 0300 555 0101 can go through it.',
    // A guess followed by a step taken, in an irregular or present form (issue 15).
    'The parcel may have been misrouted. I’ve frozen the return charge while we look.',
    'It’s possible the wrong size was packed. I’m sending the right one today by first class.',
    // Not known yet, with when it will be, a sentence further on (issue 15).
    'I don’t know for sure yet. It depends on what the surveyor finds. He visits on Monday and reports by 5 pm.',
    'I can’t give you a date today. The supplier confirms stock on Friday, and I’ll ring you then.',
    // Hedged times and answers, near misses (drafts by other hands): a promise to find out by a
    // time, an offer of a time, a hedge that is not on the time, a time given after one withheld.
    'I’m not sure yet — I’ll check and reply by 4 pm.',
    'Hopefully Friday, and I’ll call you on Thursday to confirm either way.',
    'Perhaps we could book you in on Tuesday at 10?',
    'See you tomorrow, I think you’ll love the new menu.',
    'Usually it arrives within 3 days, and I’ve booked the courier for tomorrow at 9 am.',
    'I can’t give you a date today. The site manager expects it by the 20th and will phone you that day.',
    'There’s a good chance the appeal succeeds; I’ve attached the form.',
    'We can’t predict everything, so I’ve added a spare part to the order.',
    // The card's own rewrite of a hedged time clears it: its blank stands for the time.
    'It should arrive maybe this week, but I’ll find out [from whom] and reply by [when].',
  ],
  invalid: [
    // Near misses: "may be able to" stays a hedge; a doubt that is ours, even after "if";
    // a guess with nothing done; "today" as the vague time itself.
    { draft: 'A member of the claims team may be able to review it.', flags: ['the claims team may be'] },
    { draft: 'If we think it might be a glitch, there is nothing more to do.', flags: ['think it might be'] },
    { draft: 'I don’t know for sure yet. It depends on the surveyor.', flags: ['I don’t know'] },
    { draft: 'The code should arrive at some point today, maybe.', flags: ['at some point'] },
    // Near misses: "yet" with no time, a guess with nothing done, our own doubt.
    { draft: 'We don’t know yet, I’m afraid. The union has not said anything.', flags: ['We don’t know'] },
    { draft: 'It failed, probably because the name doesn’t match. Please check it.', flags: ['probably because'] },
    { draft: 'We’re not sure where it went.', flags: ['We’re not sure'] },
    { draft: 'I don’t know, it depends on the post.', flags: ['I don’t know'] },
    { draft: 'Not sure, the engineers haven’t said.', flags: ['Not sure'] },
    { draft: 'I have no idea, that depends on the weather.', flags: ['no idea'] },
    {
      draft: 'Hard to say, every door is different. Hopefully it will fit.',
      flags: ['Hard to say', 'Hopefully it will'],
    },
    { draft: 'I think so? It should probably be fine.', flags: ['I think so?', 'should probably be fine'] },
    { draft: 'I’m not 100% sure, the printer hasn’t told us.', flags: ['I’m not 100% sure'] },
    { draft: 'Dunno, to be honest.', flags: ['Dunno'] },
    { draft: 'Maybe it was the warehouse.', settings: { sensitivity: 'high' }, flags: ['Maybe it'] },
    { draft: 'Our engineers are aware. We don’t have an ETA yet.', flags: ['We don’t have an ETA yet'] },
    { draft: 'Someone will call you at some point.', flags: ['at some point'] },
    { draft: 'Probably next week, lab times vary.', flags: ['Probably next'] },
    // Drafts in new phrasing (issue 15): the general shapes.
    { draft: 'Haven’t got a clue, they don’t tell us frontline folk anything.', flags: ['they don’t tell us'] },
    { draft: 'Could be a week, could be a month.', flags: ['Could be a week, could be'] },
    { draft: 'The fix date is still unknown.', flags: ['fix date is still unknown'] },
    // Any "when" or "why" left open, the shrug contracted, a guess about their case with nothing done.
    {
      draft: 'Engineers are on site. Restoration times are unknown at this stage.',
      flags: ['Restoration times are unknown'],
    },
    { draft: 'Group bookings are with sales. I’ve no visibility of that.', flags: ['I’ve no visibility'] },
    { draft: 'Our system decided your claim wasn’t valid. I can’t see the reason.', flags: ['I can’t see the reason'] },
    { draft: 'Card declines happen. It may have been a temporary issue.', flags: ['It may have'] },
    { draft: 'The billing code used may not be covered by your plan.', flags: ['code used may not be'] },
    { draft: 'It will probably be refunded automatically.', flags: ['It will probably'] },
    { draft: 'The part is on back order. It could be a few more weeks.', flags: ['It could be a few more weeks'] },
    {
      draft: 'Smart meters are accurate. It’s likely something in your home is still on.',
      flags: ['It’s likely something'],
    },
    {
      draft: 'Stock levels update every few hours. It’s possible someone bought the last one.',
      flags: ['It’s possible someone'],
    },
    // When left open, said outright (issue 15).
    { draft: 'The part is on back order. No ETA.', flags: ['No ETA'] },
    { draft: 'The pool is closed until further notice.', flags: ['until further notice'] },
    { draft: 'A driver will come, but we can’t promise when.', flags: ['can’t promise when'] },
    { draft: 'Your refund is with finance. Maybe Friday, maybe Monday.', flags: ['Maybe Friday, maybe'] },
    { draft: 'The technician comes in the afternoon, I think.', flags: ['I think'] },
    { draft: 'Checks take anywhere from a few days to a month.', flags: ['anywhere from a few days'] },
    // Hope in place of a time (issue 15, open-ended-shapes.ts).
    { draft: 'It’s with the courier now. Fingers crossed!', flags: ['Fingers crossed'] },
    { draft: 'The supplier is chasing it, but I wouldn’t hold your breath.', flags: ['wouldn’t hold your breath'] },
    { draft: 'A new bin has been ordered and should arrive soonish.', flags: ['soonish'] },
    {
      draft: 'It goes through the correspondent banks. It arrives when it arrives.',
      flags: ['It arrives when it arrives'],
    },
    // A promise hedged so that nobody is held to a when (issue 15).
    { draft: 'We’ll try to get an engineer out to you.', flags: ['We’ll try to'] },
    { draft: 'Your claim will be reviewed in due course.', flags: ['in due course'] },
    { draft: 'You will be contacted if a place opens up.', flags: ['You will be contacted'] },
    { draft: 'Your case is under review. Kindly wait for our reply.', flags: ['Kindly wait for'] },
    { draft: 'The team is clearing the backlog as fast as they can.', flags: ['as fast as they can'] },
    {
      draft: 'The refund is with the finance office; they’ll send it when they get round to it.',
      flags: ['when they get round to'],
    },
    // A time or an answer with a hedge on it, and when withheld (drafts by other hands).
    { draft: 'It’s in transit, should arrive maybe this week.', flags: ['maybe this week'] },
    { draft: 'Should be with you in a week or so, hopefully.', flags: ['in a week or so, hopefully'] },
    { draft: 'Sometime next week I believe.', flags: ['Sometime next week'] },
    { draft: 'Hopefully before Monday.', flags: ['Hopefully before Monday'] },
    { draft: 'We’ll try to get to you this week, fingers crossed.', flags: ['this week, fingers crossed'] },
    { draft: 'I’d imagine so.', flags: ['I’d imagine so'] },
    {
      draft: 'My gut feeling is it’ll be fine, but don’t quote me on that.',
      flags: ['My gut feeling', 'don’t quote me'],
    },
    { draft: 'We are unable to give a specific date.', flags: ['unable to give a specific date'] },
    { draft: 'We can’t give individual timescales.', flags: ['can’t give individual timescales'] },
    { draft: 'Teams are working hard. No ETR yet.', flags: ['No ETR yet'] },
  ],
});
