import rule from '@/lib/rules/blame-implied';
import { ruleTable } from '@/tests/rules/rule-table';

ruleTable(rule, {
  valid: [
    // Near misses of another party as the cause (cause-elsewhere.ts): a plain fact beside a remedy, our own side, or a remedy after the party named answerable.
    'The courier lost it, so I’ve sent a new one today.',
    'The courier is responsible for lost parcels, so I’ve sent a new one today.',
    'That’s down to your bank, so I’ve called them and they’re releasing it today.',
    'It’s in the terms you accepted, but I’ve waived the fee this time.',
    'The delay was on our side, and I’ve refunded the fee.',
    'It looks like you were charged twice, so I’ve refunded one.',
    'Our payment page is working normally again now.',
    'The works belong to the gas network, not us, but I’ve called their site team.',
    'It’s not our fault, and I’m sorry it happened: I’ve sent a replacement.',
    'The courier will have it with you by Friday.',
    'We can’t change the date, but I’ve done the next best thing and moved you to the first slot.',
    'I don’t know yet, I’ll find out by 3 pm.',
    // Near misses of a party's failure (FAILURE_ELSEWHERE_SHAPES): the party named while the fix is ours or on its way.
    'The courier lost it, so a new one leaves today.',
    'Your bank declined it; I’ve sent a new payment link that works with any card.',
    'Royal Mail mislaid it. I’ve sent a replacement by tracked post.',
    'Your bank declined it, which happens with new cards. I’ll hold the order so you can try again.',
    'Your browser is blocking the pop-up, so I’ve emailed you the form instead.',
    'The manufacturer shipped the wrong part, and a replacement is on its way.',
    'Did the courier lose it? I’ll check with them and reply by noon.',
    'Your card was declined twice, so I’ve put the order on hold for you.',
    'It was our mistake, and I’ve refunded it.',
    'The courier decides that, so I’ve asked them to hold it at the depot for you.',
    'That’s on us, sorry. I’ve refunded it.',
    'People often ask about this, so I’ve attached the guide.',
    'The site showed prices in dollars because your browser’s location setting is set to the US.',
    'Your PDF reader is out of date, so I’ve pasted the key details here instead.',
    'The courier will be careful with it: I’ve marked it fragile.',
    // Near misses of a failure as the reason they went without (PARTY_SHORTFALL_SHAPES, STEP_SHORTFALL_SHAPES):
    // the fix after "so", our own party, a cause owned, a party that helps, a neutral fact, their step done right.
    'The supplier sent the wrong part, so I’ve ordered the right one for tomorrow.',
    'Our supplier was late, so we couldn’t ship on the 15th; half leaves from our own stock today.',
    'The courier lost it, so it didn’t arrive on time. That’s on us, and a new one leaves today.',
    'The courier will deliver on Tuesday, so you don’t need to be in on Monday.',
    'Your bank can reverse it, so call them on 0800 123 456 and quote this reference.',
    'The bank holiday delays transfers by a day, so yours lands on Tuesday.',
    'Your payment was made on the 3rd, so it wasn’t late and I’ve removed the fee.',
    'Your form was submitted with the right fee, so it wasn’t held.',
    'If the courier lost it, I’ll send a new one today.',
    // Near misses of a colleague thrown under the bus: a new noise, a colleague introduced.
    'Some humming is normal, but a loud hum that’s new can mean the fan is failing.',
    'Meet Sam, she’s new to the team and will look after your account from today.',
    // Near misses of the small print cited (documents-cited.ts): pointing at the answer, owning the gap, or help beside it.
    'Your ticket is for 7:45pm, as shown in your confirmation email.',
    'The $5 fee is listed in the contract, but I understand it wasn’t made clear when you signed up.',
    'As per your request, the account is now closed.',
    // Cited in words the policy and condescension rules already read: their card, not a second one.
    'Points expire after 12 months of inactivity as per the scheme rules.',
    'Roaming charges are clearly listed in the tariff guide.',
    'Points expire after 12 months, as stated in our terms, so I’ve added them back for you.',
    // Near misses of their own step asked back (questions-back.ts): a real question, or help beside it.
    'Did you get the email I sent this morning?',
    'Are you safe?',
    'What did you need help with?',
    'Sorry about that! Did you use the original charger? If not, I can send one today.',
    'Have you had a chance to look at the quote?',
    'Did you check your spam folder?',
    'Have you tried restarting the router?',
    // Near misses for our checks, the customer's things and what they were sent (issue 15): next to what we do, or not about them.
    'Every van is checked before each hire, so I’ve booked a free tyre replacement for you today.',
    'Your documents are checked within two working days.',
    'Your router might be too old for the new speeds, so I’ve sent you a new one free of charge.',
    'The new card will have been sent to you by Friday; if it isn’t there on Monday, I’ll cancel it and send another.',
    'You would have received a refund if the flight had been cancelled, and since it was, I’ve started it.',
    // The same words on the customer's side, or next to what we do about it.
    'Our records show the payment arrived on the 3rd, so I’ve removed the late fee.',
    'I’ve rebooked you on the 9 am flight. Next time you fly with us, the lounge pass is on me.',
    'Guests are welcome to use the pool until 10 pm.',
    'You’re probably right, and I’m sorry: the charge was ours. I’ve refunded it.',
    'At this time of year the depot is busy, so I’ve asked them to prioritise yours.',
    'You could have the replacement sent to your office instead, if that’s easier.',
    // Near misses of the new shapes (issue 15).
    'Enrolment closed on Friday, but I can add you late. You’ll have missed one session; the tutor will send the notes.',
    'Our website did not crash, but your payment did fail, so I’ve refunded it.',
    // Near misses of hindsight: a choice offered, what happens next, our own hindsight.
    'If you’d like, I can send a replacement today.',
    'You could have been charged twice by the glitch, so I’ve checked: you weren’t.',
    'If you’d still prefer a refund, I’ll process it as soon as the parcel is back.',
    'If you had received a damaged item, we’d replace it at once, so please send me a photo.',
    'If you paid by card, the refund would reach you within five days.',
    'If we had checked the address, this wouldn’t have happened. I’m sorry, and I’ve resent it by courier.',
    'Had we known sooner, we’d have called you. I’ve booked the engineer for Tuesday at 9.',
    'You would have been refunded automatically, but the system missed it, so I’ve done it by hand just now.',
    // Near misses of the check the customer should have made: our own check, a tip for a trip, next to a fix.
    'We check your claims history when you renew, so there is nothing for you to do.',
    'The £1 is a quick check that your card works when you add it, and it disappears within three days.',
    'Opening hours change in winter, so please check the website before visiting.',
    'Please check the size guide before ordering again, and I’ll swap this pair for a 9 today.',
    // Near misses of their kit or party as the cause (other-hand-23): guessed beside a fix, or the answer to "why?".
    'Your home wifi may have blocked the update, so I’ve emailed you the file instead.',
    'Your VPN might be on, which is fine: the app works with it.',
    'The payment reached us late because of the bank holiday, so I’ve removed the fee.',
    'It’s not on our list yet, but I’ll add it today.',
    // Near misses of quiet blame (quiet-blame.ts): a thing that is simply someone else's beside what we do, our
    // own colleague owned, a step of theirs done or ours to do, a summary naming us, hindsight about what we do.
    'The station is run by Network Rail, not us, but I’ve reported it to them today.',
    'The promoter sets refunds for this show, so it’s their call, not ours. I’ve emailed them today.',
    'Standing charges are set by the regulator, not by us.',
    'You’re right that our rep should have acted, and I’m sorry they didn’t. I’ve spoken to the resort manager.',
    'The colleague you spoke to didn’t log your call, which is why nobody came back to you. That’s our mistake, and I’ll call you at 3 pm.',
    'The agent told you it was done but didn’t finish the cancellation. I’ve completed it now.',
    'It’s interest you’ve earned that hasn’t been paid into your account yet.',
    'We sent the review form in March, which was returned on time, so your claim carries on.',
    '- Cause: an error in our billing run, which we’ve fixed.',
    '- Reason for the call: to confirm your new address.',
    'If the wallet had been found, we would have called you.',
    'If the parcel had been delivered, the tracking would have shown it.',
    'People often ask about this because customers like the old design, so I’ve attached the guide.',
    'It’s your bank that can reverse it, so I’ve sent you their number.',
    'Looks like the flat number didn’t come through on the address, so I’ve added it for the driver.',
    'It’s not our fault, and I’m sorry it happened: I’ve sent a replacement.',
    // Near misses of someone at our end made the culprit (staff-at-fault.ts): owned in words or by a sorry for
    // our own person, fixed for the customer, a finding rather than a slip, or the culprit only spoken to.
    'I’ve spoken to the driver and we’re redelivering today.',
    'The driver never rang the bell, and that’s on us.',
    'The driver never rang the bell. That’s our mistake.',
    'Housekeeping should have caught it, and we should have checked the room ourselves.',
    'I’m sorry our driver missed you — I’ve booked a new slot for tomorrow.',
    'Our warehouse sent it a day late, I’m sorry.',
    'Our packer mixed up two boxes. I’ve sent you a matching pair today.',
    'The technician didn’t find any fault with the boiler.',
    'Our engineers found the cause this morning and the fix goes live at 3 pm today.',
    'I’ve asked the driver to call you before he arrives.',
    'The supplier hasn’t confirmed a date yet; I’ll update you by Friday.',
    'The team set it up early so it’s ready when you arrive.',
    'The technician didn’t see any damage on the unit, so I’ve booked a second visit for Friday.',
    // Near misses of our person doing their part, or their step as the reason (whole reply): something done for them.
    'The driver left after 5 minutes without reaching you. I’ve rebooked your delivery for tomorrow, 8 to 9 am.',
    'The crew rang twice, so I’ve asked them to come back tomorrow morning.',
    'The transfer failed because the PAC code had expired, so I’ve requested a new one for you.',
    'The payment reached us late because it was made after 8 pm, so I’ve removed the fee.',
    'The claim was declined because the sessions were booked without a referral, but we can reassess it once your GP writes one.',
  ],
  // Every card is the implied-blame message, but for someone else's failure given as the reason (`elsewhere`).
  invalid: [
    // A colleague thrown under the bus, even beside a fix (other-hand-19).
    {
      draft: 'So sorry! Our picker didn’t scan the second bag, that’s the new guy. I’ve refunded the missing items.',
      flags: ['that’s the new guy'],
    },
    {
      draft: 'The warehouse team packed it without enough bubble wrap, they’re new. A replacement is on its way.',
      flags: ['they’re new'],
    },
    // Someone else's failure, or the customer's own step, as the reason they went without, even beside a
    // fix (other-hand-16, -17, -19, -21; scripts/blame-split.ts): the card names who failed and how.
    {
      draft:
        'Sorry Kieran, the parts supplier sent the wrong part for your model, which is why it wasn’t ready. The correct part arrives tomorrow.',
      flags: ['the parts supplier sent the wrong part for your model'],
      messageId: 'elsewhere',
    },
    {
      draft:
        'The surgery sent your prescription to us late, so we couldn’t prepare it in time. It’ll be ready tomorrow from 10 am.',
      flags: ['The surgery sent your prescription to us late'],
      messageId: 'elsewhere',
    },
    {
      draft: 'Your GP surgery didn’t send the prescription until this morning, so we haven’t had time to prepare it.',
      flags: ['Your GP surgery didn’t send the prescription until this morning'],
      messageId: 'elsewhere',
    },
    {
      draft: 'Your application was received with the wrong fee, so it was held until payment was corrected.',
      flags: ['Your application was received with the wrong fee'],
    },
    {
      draft:
        'The reading was submitted after the billing date, which is why it wasn’t used. I’ve re-run your bill today.',
      flags: ['The reading was submitted after the billing date'],
    },
    // Another party made the one answerable, with nothing done about it.
    { draft: 'The courier is responsible for lost parcels.', flags: ['The courier is responsible'] },
    { draft: 'That’s down to your bank.', flags: ['That’s down to your bank'] },
    { draft: 'The delay was on the manufacturer’s side.', flags: ['delay was on the manufacturer’s side'] },
    { draft: 'It’s in the fare rules you accepted.', flags: ['fare rules you accepted'] },
    // Another party, or the customer's own kit, as the subject of the failure, with nothing done (issue 15, kind 2).
    { draft: 'Your bank declined it.', flags: ['Your bank declined'] },
    { draft: 'Royal Mail mislaid it.', flags: ['Royal Mail mislaid'] },
    { draft: 'Sorry about that. The courier lost your parcel.', flags: ['The courier lost'] },
    { draft: 'Your browser is blocking the pop-up.', flags: ['Your browser is blocking'] },
    { draft: 'The warehouse team sent the wrong size.', flags: ['The warehouse team sent the wrong size'] },
    {
      draft: 'Your IT team let the login certificate expire.',
      flags: ['Your IT team let the login certificate expire'],
    },
    {
      draft: 'Your provider did not obtain prior authorisation, as your plan requires.',
      flags: ['Your provider did not obtain'],
    },
    { draft: 'It’s caused by your home network.', flags: ['caused by your home network'] },
    { draft: 'The problem is your internet connection.', flags: ['The problem is your internet connection'] },
    { draft: 'Your PDF reader is likely out of date.', flags: ['Your PDF reader is likely out of date'] },
    { draft: 'It loads fine for us. It’s a setting on your side.', flags: ['setting on your side'] },
    { draft: 'The courier decides that.', flags: ['The courier decides that'] },
    {
      draft: 'Letters go to the address on file. It’s up to the patient to keep it updated.',
      flags: ['It’s up to the patient to'],
    },
    { draft: 'That sounds like a mix-up at the courier’s depot.', flags: ['mix-up at the courier’s'] },
    // The party's fault said outright or run down by habit counts even beside a fix (other-hand-20/21).
    {
      draft: 'The restaurant packs the orders, so it was their mistake. I’ve refunded the drink.',
      flags: ['it was their mistake'],
    },
    {
      draft: 'The installers are subcontracted, and that team has had complaints before. I’ll send another team.',
      flags: ['has had complaints before'],
    },
    {
      draft: 'The code was emailed on Monday. Hotmail does that a lot. Here it is again: WELCOME10.',
      flags: ['does that a lot'],
    },
    {
      draft: 'Our payment page works, so it’s probably your bank declining it. You can pay with PayPal instead.',
      flags: ['it’s probably your bank declining'],
    },
    {
      draft: 'That usually happens when people tap the button twice. I’ve refunded the duplicate for you.',
      flags: ['usually happens when people'],
    },
    // A culprit named or our side cleared is blame even beside a fix (blind-11, other-hand-16).
    {
      draft:
        'It left our warehouse in perfect condition, so the damage will have happened with the courier. I’ll issue a replacement today.',
      flags: ['left our warehouse in perfect condition', 'damage will have happened with the courier'],
    },
    {
      draft: 'Our payment page is working normally, so this will be your bank declining it.',
      flags: ['Our payment page is working normally, so', 'this will be your bank declining'],
    },
    { draft: 'We sent it on Monday. The pharmacy must have missed it.', flags: ['The pharmacy must have missed'] },
    { draft: 'Royal Mail have been really unreliable lately.', flags: ['Royal Mail have been really unreliable'] },
    {
      draft: 'The rejection came from HMRC’s system, not ours.',
      flags: ['The rejection came from HMRC’s system, not ours'],
    },
    // The words shown are the sentence's blaming words, not the tail ", not us" alone.
    { draft: 'That’s down to your bank, not us.', flags: ['That’s down to your bank, not us'] },
    { draft: 'It’s not our fault the courier left it outside.', flags: ['not our fault the'] },
    { draft: 'These delays are on their side, so give them a call.', flags: ['delays are on their side'] },
    {
      draft: 'This is a known issue with Okta’s latest release, not with our product.',
      flags: ['This is a known issue with Okta’s latest release, not with our product'],
    },
    {
      draft: 'It looks like that step wasn’t done on your side. I can walk your admin through it.',
      flags: ['It looks like that step wasn’t'],
    },
    // The small print pointed at as the whole answer (issue 15).
    {
      draft: 'Annual memberships are non-refundable, as stated in the contract you signed.',
      flags: ['as stated in'],
    },
    { draft: 'Engineers may need to drill, as explained in the installation guide.', flags: ['as explained in'] },
    { draft: 'It’s explained in the welcome pack.', flags: ['It’s explained in the'] },
    { draft: 'Side effects are listed on the leaflet in the box.', flags: ['are listed on the'] },
    // Their own step asked back as the whole answer (issue 15).
    { draft: 'Did you use the original charger?', flags: ['Did you use the original charger?'] },
    { draft: 'Were you using our charger?', flags: ['Were you using our charger?'] },
    { draft: 'Are you typing it correctly?', flags: ['Are you typing it correctly?'] },
    {
      draft: 'First of all, have you shared your one-time passcode with anyone?',
      flags: ['First of all, have you shared your one-time passcode with anyone?'],
    },
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
    // Shapes from drafts by other hands (issue 15).
    {
      draft: 'You will have typed your password incorrectly too many times. Reset it.',
      flags: ['You will have typed your password incorrectly'],
    },
    {
      draft: 'The heating is working. You may not be using the thermostat correctly.',
      flags: ['You may not be using the thermostat correctly'],
    },
    {
      draft: 'Payment was returned. Please ensure you enter the correct account name.',
      flags: ['Please ensure you enter the correct'],
    },
    { draft: 'Our website did not crash. It was running fine all day.', flags: ['Our website did not crash'] },
    {
      draft: 'Coverage depends on the plan. It’s the patient’s responsibility to check.',
      flags: ['It’s the patient’s responsibility to'],
    },
    // Our checks as the verdict, the customer's things as the cause, what they were sent (issue 15).
    {
      draft: 'All items are inspected before dispatch, so it left us in new condition.',
      flags: ['are inspected before dispatch'],
    },
    {
      draft: 'Vans are checked before each hire, and the tyre was fine when it left us.',
      flags: ['are checked before each'],
    },
    {
      draft: 'Our scales are calibrated daily. Your home scales are likely inaccurate.',
      flags: ['are calibrated daily', 'Your home scales are likely inaccurate'],
    },
    { draft: 'Your phone might be old. Try a newer phone.', flags: ['Your phone might be old'] },
    { draft: 'The line tests fine, so the fault is likely on your router.', flags: ['fault is likely on your'] },
    {
      draft: 'Disconnections only happen after a series of warning letters, which would have been sent to you.',
      flags: ['would have been sent to you'],
    },
    {
      draft: 'Fuel levels are checked at every handover. You’d have had to note it on the sheet.',
      flags: ['are checked at every', 'You’d have had to'],
    },
    // A check the customer should have made, as the whole answer (issue 15).
    { draft: 'Please check the colour code before ordering paint.', flags: ['check the colour code before ordering'] },
    {
      draft: 'Make sure the booking reference matches your passport when you book.',
      flags: ['Make sure the booking reference matches your passport when you book'],
    },
    { draft: 'You should verify the dates before paying.', flags: ['verify the dates before paying'] },
    // Hindsight aimed at the customer (issue 15).
    {
      draft: 'Transfers take two days. If you’d booked earlier, it would have arrived in time.',
      flags: ['If you’d booked'],
    },
    { draft: 'Had you picked the flexible rate, the change would have been free.', flags: ['Had you picked'] },
    { draft: 'Seats are given by arrival time. You could have queued earlier.', flags: ['You could have queued'] },
    { draft: 'It says so on the website, which you could have checked.', flags: ['you could have checked'] },
    { draft: 'The closing date is on the form, which you’d have seen on page one.', flags: ['you’d have seen'] },
    {
      draft: 'The price went up in May. You would have been notified by letter.',
      flags: ['You would have been notified'],
    },
    {
      draft: 'If you kept the receipt, the claim wouldn’t have been turned down.',
      flags: ['If you kept the receipt, the claim wouldn’t have been'],
    },
    // Quiet blame (quiet-blame.ts, blame4's count of the train files by other hands), even beside a fix.
    {
      draft:
        'I’ve rebooked you for Friday. P.S. For what it’s worth, the original delay was down to the courier, not us.',
      flags: ['the original delay was down to the courier, not us'],
    },
    {
      draft: 'The earlier delay was down to our supplier letting us down, not anything we did.',
      flags: ['The earlier delay was down to our supplier letting us down, not anything we did'],
    },
    {
      draft:
        'Purchases are handled by the App Store, so any missing items would be an issue with Apple rather than with us.',
      flags: ['an issue with Apple rather than with us'],
    },
    {
      draft:
        'Your results were delayed because the lab is slow at the moment, not because of us. I’ve asked the doctor to review them today.',
      flags: ['not because of us'],
    },
    {
      draft: 'The 429s come from your integration. It’s not a problem with our API.',
      flags: ['not a problem with our'],
    },
    { draft: 'The delay was due to the weather, which isn’t our fault.', flags: ['which isn’t our fault'] },
    {
      draft: 'P.S. The other department really should have told you all this at the time.',
      flags: ['The other department really should have'],
      messageId: 'elsewhere',
    },
    {
      draft: 'The colleague you spoke to before didn’t log your call properly, which is why nobody came back to you.',
      flags: ['The colleague you spoke to before didn’t log'],
      messageId: 'elsewhere',
    },
    {
      draft:
        'Nothing else is needed from you.\n- Cause: incorrect information provided at booking.\n- I’ve added a note.',
      flags: ['Cause: incorrect'],
    },
    {
      draft: 'To sum up:\n- Why it happened: the details on the original request were incomplete.',
      flags: ['Why it happened: the details on the original request were incomplete'],
    },
    {
      draft: 'The original mix-up came from the details entered on your form, which is why it went wrong.',
      flags: ['came from the details entered on your form'],
    },
    {
      draft: 'If the right documents had come in the first time, this would have been done weeks ago.',
      flags: ['If the right documents had come in the first time, this would have'],
    },
    {
      draft: 'We sent you a review form in March, which wasn’t returned, so the claim was suspended.',
      flags: ['which wasn’t returned'],
    },
    {
      draft: 'Bills continue until we get a closing reading, which, according to our records, wasn’t provided.',
      flags: ['which, according to our records, wasn’t provided'],
    },
    {
      draft: 'That’s just how authorisations work. It’s your bank that shows it like that.',
      flags: ['It’s your bank that shows'],
    },
    {
      draft: 'We passed the booking to the restaurant on Wednesday, so it looks like they lost it.',
      flags: ['it looks like they lost'],
    },
    {
      draft: 'Login problems usually come from people using an old version of the browser.',
      flags: ['usually come from people'],
    },
    {
      draft: 'Batteries seem to drain fast because people use them more in the first few days.',
      flags: ['because people use'],
    },
    // other-hand-23's quiet blame: their kit guessed at, their bank as the cause, our part denied, a driver singled out.
    { draft: 'Your VPN might be blocking it.', flags: ['Your VPN might be blocking'] },
    { draft: 'Your home wifi may have blocked the update.', flags: ['Your home wifi may have blocked'] },
    {
      draft: 'The payment reached us late because of your bank’s processing time.',
      flags: ['because of your bank’s'],
    },
    { draft: 'The lens manufacturer has delays, it’s not on our end.', flags: ['it’s not on our end'] },
    { draft: 'The driver accepted and then didn’t turn up. That’s on him.', flags: ['That’s on him'] },
    // Someone at our end made the culprit, not owned and nothing fixed for the customer (staff-at-fault.ts, other-hand-17, -23).
    {
      draft: 'The waiter didn’t pass the allergy note to the kitchen.',
      flags: ['The waiter didn’t pass'],
      messageId: 'elsewhere',
    },
    { draft: 'Housekeeping should have caught it.', flags: ['Housekeeping should have'], messageId: 'elsewhere' },
    { draft: 'The technician forgot to log the visit.', flags: ['The technician forgot'], messageId: 'elsewhere' },
    {
      draft: 'Our warehouse packed the wrong size.',
      flags: ['Our warehouse packed the wrong'],
      messageId: 'elsewhere',
    },
    {
      draft: 'The agent before me gave you the wrong date.',
      flags: ['The agent before me gave you the wrong'],
      messageId: 'elsewhere',
    },
    {
      draft: 'The manager didn’t send the notice. I’ve raised it with him.',
      flags: ['The manager didn’t send'],
      messageId: 'elsewhere',
    },
    {
      draft: 'Sorry, the warehouse picked the wrong size. I’ll report it to them.',
      flags: ['the warehouse picked the wrong'],
      messageId: 'elsewhere',
    },
    {
      draft: 'The double booking happened because the calendar, which our front desk failed to sync, was old.',
      flags: ['our front desk failed to'],
      messageId: 'elsewhere',
    },
    // other-hand-24's people at our end: a deed gone amiss, a guess at a slip, what they were meant to do.
    {
      draft: 'The technician closed it by accident, I’ll let his team lead know.',
      flags: ['The technician closed it by accident'],
      messageId: 'elsewhere',
    },
    {
      draft: 'The other shift must have forgotten to book it in. I only started at 8.',
      flags: ['The other shift must have forgotten'],
      messageId: 'elsewhere',
    },
    {
      draft: 'Maintenance was meant to look at it yesterday.',
      flags: ['Maintenance was meant to'],
      messageId: 'elsewhere',
    },
    {
      draft: 'It looks like the waiter never passed your allergy note on to the kitchen.',
      flags: ['the waiter never passed'],
      messageId: 'elsewhere',
    },
    // Our person did their part, so it lands on the customer, in a reply that does nothing for them (other-hand-13, -18, -23).
    {
      draft: 'Hi, the driver rang twice and waited 5 minutes. Ensure your phone is on.',
      flags: ['the driver rang twice'],
    },
    { draft: 'The technician followed the work order.', flags: ['The technician followed the'] },
    { draft: 'Our engineer attended at 9:12 and nobody answered.', flags: ['Our engineer attended at'] },
    // Their step given as the reason, politely (other-hand-12, -13, -17).
    {
      draft: 'Transport was cancelled because the application was not renewed by the 31 July deadline.',
      flags: ['because the application was not renewed'],
    },
    {
      draft: 'It was returned because the address you gave was incomplete.',
      flags: ['the address you gave was incomplete'],
    },
    { draft: 'The refund failed since the card on file had expired.', flags: ['since the card on file had expired'] },
  ].map((item) => ({ messageId: 'implied', ...item })),
});
