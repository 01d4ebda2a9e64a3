import rule from '@/lib/rules/no-alternative';
import { ruleTable } from '@/tests/rules/rule-table';

ruleTable(rule, {
  valid: [
    // Near misses of a "no" said as a verdict (issue 15): a way forward in the same or the next sentence, or not a "no".
    'Only the account holder can change the address, so I’ve emailed her a link that takes a minute.',
    'Compensation does not apply to strikes. What I can do is move you to Friday’s sailing at no cost.',
    'That scratch is not a fault under the warranty, but I can send a touch-up kit today.',
    'Our decision stands. If you disagree, the ombudsman can review it for free within eight weeks.',
    'It isn’t a fault on your side: our mast is down, and our engineers will have it back by 6 pm.',
    'The late fee won’t apply, because I’ve removed it.',
    'The only thing left is the signature, and you can do that in the app.',
    // Near misses of the customer's signature as the answer: next to a way forward, or not a rule book.
    'You signed up in March, so the discount runs until next March.',
    'You signed the form in branch, so I’ve sent the copy you asked for to your email.',
    'You accepted the quote on Monday and the engineer is booked for Friday at 9.',
    'We have no authority over the landlord, but Shelter can advise you for free on 0808 800 4444.',
    // The "no" as a rule of the world, with a way forward (issue 15): clean.
    'No compensation is payable for weather delays, but I’ve booked you into the airport hotel tonight.',
    'Early termination charges would apply, so I’ve checked: your contract ends on 3 May and I can switch you then.',
    'This is outside our control, but I’ve asked the courier to call you today.',
    // Our own offer two sentences on answers the "no" (issue 15, drafts by another hand).
    'Please keep the items; we can’t resell food. Did you get everything you ordered? If anything’s missing, tell me and I’ll refund or resend it.',
    // A right the customer has, two sentences on, is a way forward too.
    'I’m sorry your permit was refused. The panel felt the plans were too close to the boundary. You can appeal within 28 days on the council’s website.',
    'The warranty doesn’t cover water damage. I know that’s disappointing. You can also ask us for an independent review.',
    // "we'll notify" is an offer even though "not" starts the next word.
    'Not at the moment, sorry. We support Windows and macOS. Linux is planned for later this year, and I’ve added your email to the list we’ll notify when it’s ready.',
    // Near misses of the closing courtesy: "let me" that checks, or a "let me know" that carries an offer.
    'We can’t refund this order. Let me check whether a voucher is possible.',
    'We can’t refund this order. Let me know if you’d like me to send a voucher instead.',
    'We can’t refund this order. Let me know and I’ll send a voucher instead.',
    // Near misses of the warm closed door: the apology owns the mistake, or something is done.
    // A limit after an apology, not yet signed off: the way forward is often the next sentence typed.
    'Thanks for getting in touch, and sorry for the trouble. We don’t resize rings.',
    'I’m sorry, that’s our mistake. We don’t resize rings, so I’ve refunded the ring in full.',
    'I’m sorry for the trouble. It’s council policy, and I’ve asked the parking team to call you today about an exemption.',
    'Thanks for your patience. The renewal is valid, and I’ve emailed you the reminder we sent so you can see the dates.',
    // Near miss: "in the meantime" that opens what we do.
    'We can’t replace the router until the engineer visits. In the meantime, I’ve added 20 GB of mobile data to your plan.',
    // Near misses of "I'm afraid not": a way forward follows, or the "not" qualifies something.
    'I’m afraid not. What I can do is hold the last one for you until Friday.',
    'Unfortunately not on the regional flight. You can check it in as a fragile item instead.',
    // Near misses of "anything else I can help with": a real offer beside the courtesy.
    'We can’t refund this, but I can offer a voucher. Anything else I can help with?',
    'We can’t refund this order. I can send a replacement today instead. Anything else I can help with?',
    'There are no earlier flights available, but I can put you on the standby list. Anything else I can do?',
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
    // Near misses for the clause shapes: the "no" comes with what we did, or the negation is good news.
    'We can’t refund it, but I’ve issued store credit for the full amount.',
    'I don’t know yet, I’ll find out by 3 pm.',
    'You won’t be charged for the replacement.',
    'We don’t need anything else from you.',
    'Nothing is wrong with your account.',
    'Your order isn’t cancelled, it’s just delayed by a day.',
    'Your price won’t be changed when you renew.',
    'We never share your data with advertisers.',
    'You don’t have to return the damaged one.',
    'It only takes a minute, and I’ve sent you the link.',
    'This doesn’t affect your warranty.',
    'I can’t tell you how sorry I am about this.',
    'I can’t promise anything, but I’ve asked the warehouse to look today.',
    'One dead pixel isn’t considered a defect by the maker, so I’ve asked them to check it anyway.',
    'We won’t send you any more reminders.',
    // A duration after the "no" says when (a walk in a real browser): the customer knows what comes.
    'We can’t expedite it. Delivery usually takes 10 business days.',
    'We can’t expedite it. It usually takes 10 business days, sorry.',
    'We can’t speed it up; it normally takes about two weeks.',
    'We can’t expedite it. Delivery is usually 3-5 working days.',
    // Near misses of a limit in any words (bare-limits.ts): a reply that also helps, says what
    // comes, or whose "not" is good news, stays clean.
    'We can’t resize rings, but I’ve booked you in with our jeweller partner on Friday.',
    'We don’t price match, but I’ve added a 10% code to your account.',
    'We don’t charge for that.',
    'Most people on this list don’t have to wait long.',
    'It only takes two minutes online.',
    'The price won’t change when you renew.',
    'Sat 9-1, emergencies only tho.',
    'Urgent treatment is never delayed while this is checked.',
    'Your card isn’t blocked. You’ll get the code by text.',
    'We have no record of a problem on your line.',
    'We don’t have an ETA yet.',
    'I’m not sure why it failed. I’ll check with the team and reply by noon.',
    // Drafts in new phrasing (issue 15): near misses that must stay clean.
    'Your request has been approved and the refund is on its way.',
    'Exchanges aren’t part of what we offer online, but any of our shops will swap it for you.',
    // The emphatic yes, a range of days, a named line with its number in brackets (issue 15).
    'We don’t deliver to Ireland from this site yet, sorry. Our EU store does ship to Dublin in 3 to 5 days.',
    'Our terms don’t allow outside food in the screens, I’m sorry. We do have gluten-free and vegan options at the kiosk.',
    'Accessible seats can’t be chosen online. Our Travel Assistance line (0344 822 4444) can book one for you.',
    // Responsibility handed on, near misses: our own, or with a way forward (issue 15).
    'Fixing this is our responsibility, and an engineer is booked for Monday.',
    'Leaks on your side of the meter are the homeowner’s responsibility, but I can send you our list of approved plumbers.',
    'Standing charges are set by Ofgem, not by us; I’ve switched you to the tariff with the lowest one.',
    'This has nothing to do with your credit score.',
    // Near misses of the new shapes (issue 15): a yes after "No,", an offer that stands, the rule book next to an offer.
    'No, you don’t need to do anything else.',
    'My offer of a full refund still stands.',
    'It’s council policy, but I can book you a reminder so it never lapses.',
    'Late checkout is subject to availability. I’ll ask reception and text you by 9 am.',
    'You’re not liable for the charge, so I’ve removed it.',
    'The trust has no involvement in parking fines, but I’ve passed your appeal to the operator, who will reply by Friday.',
    // Not a "no" to the customer (issue 15): a condition with a way forward, a label to tap, good news.
    'If we can’t get your speed above 30, you’re free to leave.',
    'Ring me on 0300 555 0199 if the portal won’t let you upload the form.',
    'A delay over 3 hours pays €400, unless it was caused by something outside our control. Yours was a crew shortage, so you’re eligible. I’ve started your claim.',
    'When the phone asks, tap “Don’t Allow” and the rest works normally.',
    'You aren’t responsible for the loan unless you signed it too.',
    'Send us the photos. We won’t take any money from your account while we review.',
    'Once the form is in, you won’t pay anything for the repair.',
    // What is still open, said as a fact right after the "no" (issue 15).
    'Dogs aren’t allowed in the main dining room. Well-behaved dogs are welcome on the terrace.',
    'We can’t move the exam date ourselves. Two things might help: a deferral form, or a remote sitting.',
    // Near misses of a no said as a plain fact (final-facts.ts): the fact followed by what we can do, or good news.
    'Payment dates are fixed, but I can move your reminder to the 3rd.',
    'All sales are final, so I’ve set up a store credit for you instead.',
    'That plan was retired last year. I’ve moved you to the closest one at the same price.',
    'Orders lock once they ship. I’ll ask the courier to redirect it today.',
    'The offer has expired, but I’ve applied a 10% code to your account.',
    'Entries are now closed. The next round opens on 1 June and I’ll email you the link.',
    'The bug is fixed and the app works again.',
    'The payment deadline is frozen until we reply.',
    'If your pass is expired, the driver can still sell you a day ticket.',
    'The club was closed for a deep clean last week, and it’s open again now.',
    // Near misses of a general rule as the whole answer (general-rules.ts): the rule plus what we can
    // do, a person or a time, or a rule that answers a plain question.
    { customer: 'Can I pay in cash?', draft: 'Payment is by bank transfer or card. I’ve sent you a link for either.' },
    {
      customer: 'Can I pay in cash?',
      draft: 'Payment is by bank transfer or card, and I can send you a card link now.',
    },
    { customer: 'How can I pay?', draft: 'Payment is by bank transfer or card.' },
    { customer: 'What days do you deliver?', draft: 'Deliveries run Monday to Friday.' },
    { customer: 'Could you deliver on Saturday?', draft: 'Deliveries run Monday to Friday, so yours comes on Monday.' },
    // Near misses of the quiet refusals (a "no" without "unfortunately" or "can't"): each comes with
    // another option, a person or a time.
    'We don’t deliver on Sundays, but Saturday is free.',
    'Refunds close after 14 days, but I can offer store credit now.',
    'That plan doesn’t include it; the Pro plan does, and I can switch you today.',
    'Refunds are only issued within 14 days, so I’ve issued yours today.',
    'That’s not something we offer, but our partner shop can fit it this week.',
    'Thanks for asking! We don’t price match, but I can give you 10% off today. Have a great day!',
    'That option isn’t available on your plan. I can move you to the Plus plan today at no extra cost. 😊',
    'We can’t X, but I’ve done Y.',
    'I don’t know yet, I’ll find out by 3 pm.',
    // Near misses of the quiet whole-answer shapes: an offer, a way that stays open, or good news.
    'It’s sold out, but I can order one in for Friday.',
    'No pets, but guide dogs are always welcome.',
    'No problem.',
    'No update yet, I’ll chase the courier tomorrow morning.',
    'Members only, but a day pass is £5 at the door and I can add you to the list.',
    'The offer ended last month, so I’ve applied the same 10% to your order myself.',
    'You’ve reached the renewal limit, so I’ve renewed it for you once more as a one-off.',
    'That’s between you and me: I’ve added a free month.',
    // Near misses of a time beside the "no": until when, or news in a clause after it.
    'We can’t deliver until Monday.',
    'We can’t expedite it, it usually takes 10 business days.',
    'The courier lost it. I’m not going to make you wait for their search: a new one goes out today and arrives Thursday.',
    'I’m full of admiration for your patience.',
    // Near misses of a warm closing line after a general rule (cues.ts CLOSING_PLEASANTRY): an offer or a
    // day that is a real next step still answers, with the pleasantry after it.
    {
      customer: 'Could you deliver on Saturday?',
      draft: 'Deliveries run Monday to Friday. I’ve booked yours for Monday morning. See you then!',
    },
    {
      customer: 'Could you deliver on Saturday?',
      draft: 'Deliveries run Monday to Friday. Our driver can bring it on Monday at 9 am. Have a lovely weekend!',
    },
    {
      customer: 'Could you deliver on Saturday?',
      draft: 'Deliveries run Monday to Friday. Happy to help you pick a weekday slot that suits you: just reply with one.',
    },
    // "Happy to help you pick" offers help with something (a dev draft by another hand).
    {
      customer: 'Are there exit fees?',
      draft: 'Our monthly plans have no exit fees at all. On the 12-month plans, there’s an exit fee of £5 per remaining month if you leave early. Happy to help you pick!',
    },
    {
      customer: 'Can I choose my seat now?',
      draft: 'Seats are allocated at check-in. Priya at the desk can seat you together.',
    },
    { customer: 'Can I choose my seat now?', draft: 'Seats are allocated at check-in, which opens at 9 am tomorrow.' },
    {
      customer: 'I need to add a sixth user.',
      draft: 'Our standard plan includes 5 users, so I’ve added a sixth seat for free.',
    },
    { customer: 'What does the standard plan include?', draft: 'Our standard plan includes 5 users.' },
    {
      customer: 'Why are the trams not running today?',
      draft: 'A fault has stopped trams. Replacement buses run every 10 minutes, and we expect trams back by 3pm.',
    },
    // "Handled by" a party passes it on (the excuse rules'), not a general rule.
    { customer: 'Where is my refund?', draft: 'Refunds are handled by our finance team.' },
  ],
  invalid: [
    // Quiet refusals: no "unfortunately", no "can't", and nothing after them (the examples).
    { draft: 'That option isn’t available on your plan.', flags: ['isn’t available'] },
    // An "only" limit's own time is the limit, not when it changes.
    { draft: 'Refunds are only issued within 14 days.', flags: ['are only issued'] },
    { draft: 'The system doesn’t allow changes after check-in.', flags: ['system doesn’t allow'] },
    { draft: 'We only ship to mainland addresses.', flags: ['We only ship'] },
    { draft: 'The offer has ended.', flags: ['offer has ended'] },
    { draft: 'Your account is not eligible.', flags: ['is not eligible'] },
    { draft: 'That’s not something we offer.', flags: ['not something we offer'] },
    { draft: 'Mattress removal isn’t a service we offer at this time.', flags: ['isn’t a service we offer'] },
    // A warm wrapper that ends on a wish, an emoji or initials is finished: the thanks around the limit is all there is.
    { draft: 'Hi! That promotion has now ended. Thanks for your interest! 💕', flags: ['promotion has now ended'] },
    {
      draft: 'Hi Dan, thanks for reaching out! That card type was retired last year. Have a lovely day! ^KT',
      flags: ['was retired'],
    },
    {
      draft: 'Hi Clara, thanks so much for asking! The lunch menu stops at 3pm. Hope to see you soon!',
      flags: ['stops at 3'],
    },
    // None left, over, a "no" in a few words, who alone, a ceiling, set once, gone paperless, not ours:
    // quiet refusals as the whole answer (final-facts.ts).
    { draft: 'We’re fully booked today I’m afraid.', flags: ['We’re fully booked'] },
    { draft: 'Out of stock.', flags: ['Out of stock'] },
    { draft: 'TV app support ended for your device model.', flags: ['support ended'] },
    { draft: 'SPRING20 expired on the 31st.', flags: ['SPRING20 expired'] },
    { draft: 'No outside food.', flags: ['No outside food.'] },
    { draft: 'No changes after check-in.', flags: ['No changes after check-in.'] },
    { draft: 'Members only.', flags: ['Members only.'] },
    { draft: 'Only UK I’m afraid.', flags: ['Only UK I’m afraid.'] },
    { draft: 'You’ve reached the renewal limit.', flags: ['reached the renewal limit'] },
    { draft: 'Online booking is limited to 8 tickets.', flags: ['is limited to'] },
    { draft: 'Prices are set at sign-up.', flags: ['set at sign-up'] },
    { draft: 'We’re paperless now.', flags: ['We’re paperless'] },
    { draft: 'This is outside my remit.', flags: ['outside my remit'] },
    { draft: 'Noise complaints are a police matter.', flags: ['are a police matter'] },
    {
      draft: 'Your property isn’t showing as fibre-enabled on our checker, so it’s not one we can offer.',
      flags: ['not one we can offer'],
    },
    // A time in the "no"'s own clause, or before it, is its setting, not when it changes.
    { draft: 'No technicians available this afternoon.', flags: ['No technicians available'] },
    { draft: 'The rent is due on the 1st and I’m not able to change that.', flags: ['I’m not able to change'] },
    { draft: 'The bond can’t be cashed in before the end of the fixed term.', flags: ['can’t be cashed'] },
    { draft: 'Entries closed on 31 March.', flags: ['Entries closed on'] },
    { draft: 'Hello, the hotel is full on the Saturday night. Regards.', flags: ['is full'] },
    // The courtesy's "today" is no time the customer waits for.
    {
      draft: 'Thanks for asking, Priya! We don’t price match, sorry. Is there anything else I can help with today?',
      flags: ['We don’t price'],
    },
    // How things go in general, given as the whole answer to a request (issue 15, kind 1: general-rules.ts).
    {
      customer: 'Can I pay in cash?',
      draft: 'Payment is by bank transfer or card.',
      flags: ['Payment is by bank transfer or card'],
    },
    {
      customer: 'Can you put me with a different agent?',
      draft: 'Chats are assigned at random.',
      flags: ['Chats are assigned at random'],
    },
    {
      customer: 'Could you deliver on Saturday?',
      draft: 'Deliveries run Monday to Friday.',
      flags: ['Deliveries run Monday to Friday'],
    },
    // A warm closing line offers nothing: its day is no time to wait for, its "speak" no step (walk 2026-12-07).
    ...[
      'See you on Tuesday!',
      'Speak soon!',
      'Have a lovely weekend!',
      'Happy to help!',
      'Hope this helps!',
      'Looking forward to hearing from you!',
    ].map((closing) => ({
      customer: 'Could you deliver on Saturday?',
      draft: `Deliveries run Monday to Friday. ${closing}`,
      flags: ['Deliveries run Monday to Friday'],
    })),
    {
      customer: 'I need to add a sixth user.',
      draft: 'Our standard plan includes 5 users.',
      flags: ['Our standard plan includes 5 users'],
    },
    {
      customer: 'Can I choose my seat now?',
      draft: 'Hi, seats are allocated at check-in.',
      flags: ['seats are allocated at check-in'],
    },
    {
      customer: 'Can I return a dress I bought 35 days ago?',
      draft: 'Our returns window is 28 days.',
      flags: ['Our returns window is 28 days'],
    },
    {
      customer: 'I was charged for a ride I cancelled.',
      draft: 'Cancellations after 2 minutes incur a fee.',
      flags: ['Cancellations after 2 minutes incur a fee'],
    },
    {
      customer: 'Please waive my parking fine.',
      draft: 'Parking fines must be paid in full.',
      flags: ['Parking fines must be paid in full'],
    },
    {
      customer: 'Can you realign my wheels for free?',
      draft: 'Realignment is chargeable.',
      flags: ['Realignment is chargeable'],
    },
    // A no stated as a plain fact about the thing asked for, with nothing offered (issue 15, kind 1).
    { draft: 'Payment dates are fixed.', flags: ['dates are fixed'] },
    { draft: 'Orders lock once they ship.', flags: ['Orders lock once'] },
    { draft: 'That plan was retired last year.', flags: ['was retired'] },
    { draft: 'Sorry, that model has been discontinued. Kind regards, Sam', flags: ['has been discontinued'] },
    { draft: 'The offer has expired.', flags: ['offer has expired'] },
    { draft: 'Refunds are at our discretion.', flags: ['at our discretion'] },
    { draft: 'Entries are now closed.', flags: ['are now closed'] },
    { draft: 'All rooms have now been allocated.', flags: ['All rooms have now been allocated'] },
    { draft: 'The cleaning fee is mandatory for all stays.', flags: ['is mandatory for all'] },
    { draft: 'It’s too late to change it now.', flags: ['It’s too late'] },
    { draft: 'The price shown at checkout is the price.', flags: ['The price shown at checkout is the price.'] },
    { draft: 'That’s the rule.', flags: ['That’s the rule.'] },
    // A closing courtesy is not a way forward: the card used to vanish behind "Let me know if that helps."
    { draft: 'We don’t do exchanges. Let me know if that helps.', flags: ['We don’t do'] },
    { draft: 'We can’t refund this order. Let me know if that helps!', flags: ['We can’t refund'] },
    {
      draft: 'We can’t refund this order. Feel free to reach out if you have any other questions.',
      flags: ['We can’t refund'],
    },
    // Sympathy and thanks around a closed door are not a way through it (issue 15: labelled bare no by other hands).
    {
      draft: 'I’m so sorry to hear that, I know how upsetting it is. It’s council policy.',
      flags: ['It’s council policy'],
    },
    {
      draft: 'Thanks for getting in touch, and sorry for the trouble. We don’t resize rings. Kind regards, Kate',
      flags: ['We don’t resize'],
    },
    // "In the meantime" that ends the "no" announces nothing.
    {
      draft: 'The fault is on the Openreach network. There isn’t anything we can do in the meantime.',
      flags: ['There isn’t anything we can do'],
    },
    // "I'm afraid not" as the whole answer, softened or not.
    { draft: 'I’m afraid not, sorry. Let us know if there’s anything else.', flags: ['I’m afraid not, sorry.'] },
    { draft: 'Sadly not. The offer ended last month.', flags: ['Sadly not.'] },
    // "Anything else I can help with?" is the courtesy, not an offer: its "I can" and its "today" do not answer the no.
    {
      draft: 'Hi there, we can’t refund you until the seller responds. Anything else I can help with today?',
      flags: ['we can’t refund'],
    },
    {
      draft: 'We are unable to offer a refund. Let us know if there’s anything else we can help with.',
      flags: ['We are unable to offer'],
    },
    {
      draft: 'I’m sorry, but there are no earlier flights available. Let me know if there’s anything else I can do.',
      flags: ['no earlier flights available'],
    },
    {
      draft: 'We can’t offer compensation for missed deliveries, and if there’s anything else we can do, just ask.',
      flags: ['We can’t offer'],
    },
    // Near misses of a time after the "no": no amount, or the amount is the limit itself.
    { draft: 'We can’t expedite it. It takes as long as it takes.', flags: ['We can’t expedite'] },
    { draft: 'We can’t refund orders older than 30 days.', flags: ['We can’t refund'] },
    { draft: 'We can’t expedite it. Delays can take weeks.', flags: ['We can’t expedite'] },
    // Near miss: a no about what we take from others still shuts a door.
    { draft: 'We won’t take cash at the counter.', flags: ['We won’t take'] },
    // Near miss: a replacement that is merely "valid" was labelled a bare no by other hands.
    { draft: 'Refunds are not available. The voucher is valid for a year.', flags: ['are not available'] },
    // Near misses: a no beside the condition stays a no.
    {
      draft: 'If the system says you can’t upgrade, that decision stands.',
      flags: ['you can’t upgrade', 'decision stands'],
    },
    {
      draft: 'Visa fees are not refundable if the application is refused.',
      flags: ['are not refundable', 'application is refused'],
    },
    {
      draft: 'Delay was due to extraordinary circumstances therefore no compensation is payable.',
      flags: ['no compensation is payable'],
    },
    {
      draft: 'You’re within your minimum term so early termination charges will apply.',
      flags: ['charges will apply'],
    },
    { draft: 'Injury is not grounds for a refund.', flags: ['is not grounds for'] },
    {
      draft: 'Neighbour disputes aren’t something we get involved in.',
      flags: ['aren’t something we get involved in'],
    },
    { draft: 'Christmas is our busiest period. Delays are unavoidable.', flags: ['are unavoidable'] },
    { draft: 'Sadly this is completely out of our hands.', flags: ['out of our hands'] },
    { draft: 'There are no plans for Welsh.', flags: ['There are no plans for'] },
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
    // Clause shapes: a negated capability, permission or activity with us, the customer or a rule as subject.
    { draft: 'We don’t do exchanges.', flags: ['We don’t do'] },
    { draft: 'We don’t deliver to Ireland. Do you have another address?', flags: ['We don’t deliver'] },
    {
      draft: 'Leaks on the customer side of the meter are the homeowner’s responsibility.',
      flags: ['are the homeowner’s responsibility'],
    },
    { draft: 'Account security is the player’s responsibility.', flags: ['is the player’s responsibility'] },
    { draft: 'Standing charges are set by Ofgem, not by us.', flags: ['Standing charges are set by Ofgem, not by us'] },
    {
      draft: 'Rebates are processed by the state energy office, nothing to do with us.',
      flags: ['nothing to do with us'],
    },
    { draft: 'Same-day callouts aren’t something we offer.', flags: ['aren’t something we offer'] },
    {
      draft: 'Duplicate charges aren’t something our team has any control over.',
      flags: ['aren’t something our team has any control over'],
    },
    { draft: 'Refunds are not issued after 30 days.', flags: ['are not issued'] },
    {
      draft: 'We regret to inform you that your request cannot be processed.',
      flags: ['cannot be processed'],
    },
    { draft: 'Late checkout is not offered on prepaid rates.', flags: ['is not offered'] },
    { draft: 'Photocopies will not be accepted.', flags: ['will not be accepted'] },
    { draft: 'You can’t return opened items.', flags: ['You can’t return'] },
    { draft: 'You’re not eligible for a refund.', flags: ['not eligible'] },
    { draft: 'HR doesn’t provide feedback.', flags: ['HR doesn’t provide'] },
    { draft: 'We’re not able to tell you the reason.', flags: ['We’re not able to tell'] },
    { draft: 'We won’t be replacing it again.', flags: ['We won’t be replacing'] },
    { draft: 'Agents are not authorised to offer upgrades.', flags: ['Agents are not authorised to offer'] },
    { draft: 'The warranty doesn’t cover water damage.', flags: ['warranty doesn’t cover'] },
    { draft: 'Usernames can’t be changed.', flags: ['can’t be changed'] },
    { draft: 'That item is no longer available.', flags: ['is no longer available'] },
    // "only" as a limit.
    { draft: 'Rooms are only held until 6 pm.', flags: ['are only held'] },
    { draft: 'We only accept cards.', flags: ['We only accept'] },
    { draft: 'Gift cards are only valid in store.', flags: ['are only valid'] },
    {
      // The alternative must be in the same or the next sentence, not three sentences later.
      draft: 'We can’t refund this. The item was used. It was opened. You could try a repair shop.',
      flags: ['We can’t refund'],
    },
    {
      // A guess at where else to go is not a right they have.
      draft: 'We can’t refund this. The item was used. You can try a repair shop.',
      flags: ['We can’t refund'],
    },
    // Drafts in new phrasing (issue 15): the general shapes.
    { draft: 'We regret to inform you that your claim has not been approved.', flags: ['claim has not been approved'] },
    { draft: 'Exchanges aren’t part of what we offer.', flags: ['aren’t part of what we offer'] },
    { draft: 'We don’t do price matching.', flags: ['We don’t do'] },
    { draft: 'The cancellation fee stands.', flags: ['fee stands'] },
    { draft: 'Sorry, no refunds on sale items.', flags: ['no refunds'] },
    // A "no" said in other words (issue 15): a bare no, an outcome upheld, a rule book or shrug as the whole answer.
    { draft: 'Nope.', flags: ['Nope.'] },
    { draft: 'Status is recalculated annually, so the new tier stands.', flags: ['the new tier stands'] },
    { draft: 'There is no expedite option.', flags: ['There is no expedite option'] },
    { draft: 'Managers don’t take customer calls.', flags: ['Managers don’t take'] },
    { draft: 'I can’t see why it’s frozen and I have no way of contacting them.', flags: ['I have no way of'] },
    { draft: 'It’s council policy.', flags: ['It’s council policy'] },
    { draft: 'That’s just how engineer scheduling works.', flags: ['That’s just how engineer scheduling works'] },
    {
      draft: 'The council is not responsible for disputes between tenants and landlords.',
      flags: ['is not responsible for'],
    },
    {
      draft: 'Fee amounts are set by Student Finance and the university has no discretion.',
      flags: ['has no discretion'],
    },
    {
      draft: 'ID checks are done in person. There are no exceptions to this process.',
      flags: ['There are no exceptions'],
    },
    {
      draft: 'The pothole has been assessed and did not meet the intervention criteria.',
      flags: ['did not meet the intervention criteria'],
    },
    { draft: 'Points cannot be manually added.', flags: ['cannot be manually added'] },
    // A "no" said as a verdict, with nothing after it (issue 15).
    { draft: 'Only the lead passenger can amend the booking.', flags: ['Only the lead passenger can'] },
    { draft: 'The discount does not apply to sale items.', flags: ['does not apply'] },
    { draft: 'Faded colours are normal wear and are not a fault.', flags: ['normal wear', 'not a fault'] },
    { draft: 'Our position remains as set out in our last letter.', flags: ['position remains'] },
    { draft: 'The parts are on back order. Not much we can do.', flags: ['Not much we can do'] },
    { draft: 'Sorry, we’re an online-only shop.', flags: ['we’re an online-only shop'] },
    { draft: 'The minimum term is 18 months. You signed the contract in May.', flags: ['You signed the contract'] },
    { draft: 'The cleaning fee is in the agreement which you accepted.', flags: ['agreement which you accepted'] },
    { draft: 'The rent was worked out correctly. You agreed to it.', flags: ['You agreed to it.'] },
    { draft: 'Parking on the street is a police matter. The council has no power to act.', flags: ['has no power'] },
    { draft: 'The order has left the warehouse. Nothing can be changed now.', flags: ['Nothing can be changed'] },
    { draft: 'We don’t have visibility of the courier’s routes.', flags: ['We don’t have visibility of'] },
    // A limit in any words, the whole reply (issue 15: verbs no list foresees).
    { draft: 'We don’t resize rings.', flags: ['We don’t resize'] },
    { draft: 'We don’t price match Argos.', flags: ['We don’t price'] },
    { draft: 'Decision makers do not speak to claimants directly.', flags: ['Decision makers do not speak'] },
    { draft: 'Saturday slots aren’t bookable online.', flags: ['Saturday slots aren’t bookable'] },
    {
      draft: 'Requests for crossings are not being considered.',
      flags: ['Requests for crossings are not being considered'],
    },
    { draft: 'Our installers only work on ground floors.', flags: ['Our installers only work'] },
    { draft: 'Kerbside delivery only.', flags: ['Kerbside delivery only'] },
    {
      draft: 'Our drivers deliver to the doorstep only, for safety reasons.',
      flags: ['Our drivers deliver to the doorstep only'],
    },
    { draft: 'The flat above is privately owned and we have no access.', flags: ['we have no access'] },
    { draft: 'Timetables are based on data. Individual needs can’t be met.', flags: ['Individual needs can’t be met'] },
  ],
});
