import rule from '@/lib/rules/condescension-told-you';
import { ruleTable } from '@/tests/rules/rule-table';

ruleTable(rule, {
  valid: [
    // Near misses of the quiet forms: a recap, a check, ease that is ours, a way shown, an offer.
    'Easy to miss on the app, so I’ve sent you the link again.',
    'I’ll look it up and call you back by 4 pm.',
    'As with your last order, I’ve added free delivery.',
    'There’s nothing more to pay: I’ve taken the fee off.',
    'A manager will call you today about the refund.',
    'You should always get a receipt, so I’ve emailed you one now and we’ll check the till.',
    'Let me know if it’s easier for you to call, and I’ll ring at 3.',
    'I thought you might like the blue one, so I’ve put it aside.',
    'I’ve already sent the refund, and it shows within 5 days.',
    'You did, and I’m sorry, I should have checked before asking.',
    'Sorry, that’s an easy one to miss.',
    'To recap what we agreed: I’ll refund the £20 today and call you on Friday.',
    'Just to confirm, the refund went out today.',
    'It’s a quick fix — I’ve done it for you.',
    'You’ll find it under Settings › Billing (I’ve attached a screenshot).',
    'For future orders, the code SAVE10 still works.',
    'We can’t refund this, but I’ve sent a replacement today.',
    'I don’t know yet, I’ll find out by 3 pm.',
    'I’ll try once more to reach the courier today.',
    'Lots of people miss it, so you’re not the first.',
    'How many times did the charge appear on your statement?',
    'It’s not hard to fix, and I’ll send you a guide now.',
    'It’s easy to miss on that page, so here is the link.',
    'Our drivers are told to leave parcels in a safe place.',
    'The timetable is on our website, and I’ve attached this week’s too.',
    'Please wait until Friday before contacting us again.',
    'Please check with your neighbours before contacting us.',
    'Seat fees are non-refundable, as outlined in our terms.',
    'Payments over £1,000 can be held for review, as explained in the terms and conditions.',
    'Had you already paid when the order was cancelled? If so, I’ll refund it today.',
    // Near misses of what anyone knows and of care taught as a habit: a right, a tip with its reason, a step of ours.
    'Any customer can ask for a copy of the contract, so I’ve attached yours.',
    'Anyone on the account can change the address in the app.',
    'Always keep the receipt, so we can refund it without a question.',
    'I checked the meter readings more carefully and found our mistake; I’ve refunded £12.',
    'You really should have had a reply by now, and I’m sorry: I’ve asked the team to call you today.',
    'It couldn’t be simpler to cancel: I’ve done it for you.',
    // Near misses of hindsight and homework: a condition, a recommendation of a thing, a tip with its reason.
    'If you’d checked in before 6 we could have held the room, so I’ve booked our sister hotel for you.',
    'I’d recommend the blue one, it’s warmer.',
    'Surely not! I’m so sorry, I’ve put the right one in the post today.',
    'It’s a lovely colour, isn’t it? I’ve posted the swatch today.',
    'For future reference, you can book online, which saves the queue.',
    'For future reference, the reset button is under the lid, so you won’t need to wait for us next time.',
    'Here is how to reset it: hold the power button for ten seconds, wait for the light to flash, then sign in again.',
    // Reminders given as help (issue 15).
    'As your confirmation email says, the room is ready at 3 pm, and I’ve asked for early check-in too.',
    'It’s important to us that you feel safe, so I’ve changed the locks today.',
    'Your data will be deleted within 30 days, as our privacy notice explains.',
    'Are you sure you want to cancel? I can pause the plan for a month instead.',
    'I’ll look again this time tomorrow and email you what I find.',
    // Instructions, kind pointers and plain facts that share words with the shapes.
    'Please enter the code exactly as shown in the email, including the dash.',
    'Everyone else on your street was reconnected at noon, so I’ve sent an engineer to check your line.',
    'Most people find the new layout easier after a day or two, but I can switch yours back now.',
    'It’s simple to change: I’ve done it for you, and it takes effect tomorrow.',
    'Thanks for your patience, and please listen out for the courier’s call at 10.',
    'Would you like me to explain the bill line by line? I’m happy to.',
    { draft: 'As stated in your policy, I’ve refunded the excess in full.', settings: { sensitivity: 'medium' } },
    // Help in the next sentence (issue 15).
    'A 12.5% service charge is added for tables of 6, as printed on the menu. It’s optional, so let me know and I’ll take it off.',
    // Asking whether something reached the customer is a real question (issue 15).
    'Did you not receive the code? I’ll send a new one now.',
    'Didn’t you get our email on Monday? I’ve resent it just in case.',
    'I did not see your call. Did you not hear back from the branch?',
    // How something works, told as help rather than as the end of the matter.
    'That’s how the refund works: it goes back to your card and shows within 5 days.',
    'Here’s what that means for you: the fee is gone and your next bill is £12 lower.',
    'I’ve checked, and every hotel on that street does free parking, so I’ve added two options below.',
    'It works everywhere in the EU, and I’ve turned roaming on for you.',
    'That’s just how our system works, the export is limited to 10,000 rows.',
    // What they may already know, said next to help or about us.
    'As you may know, we moved to a new warehouse in May, so I’ve rebooked your collection for Friday.',
    'The fees page lists it, but it’s easy to miss, so here is the line that applies to you.',
    'Our drivers are expected to knock and wait two minutes; I’ve reported that yours didn’t.',
    'The name suggests it covers travel, and I can see why you thought so.',
    'Your statement shows the fee clearly itemised, and I’ve refunded it today.',
    // Next time, as a way back to us or a choice they have.
    'Please let me know next time and I’ll hold the table for you.',
    'Next time, you can book with the app and skip the queue.',
    'I’ve saved your card, so it’s quicker next time.',
    'I’ll make sure the driver rings the bell next time.',
    // Reassurance and real questions.
    'It’s normal to feel worried after a missed payment, so I’ve paused the reminders.',
    'I’m sure the parcel is safe; I’ve asked the depot to confirm by noon.',
    'I would have expected a reply within a day too, and I’m sorry it took a week.',
    'Have you tried the new app? I can add the 10% discount there for you.',
    // Everyday troubleshooting questions, even with no help next to them.
    'Have you tried restarting the router?',
    'Did you check your spam folder?',
    'Have you checked that the cable is firmly in?',
    'Did you check out as a guest? If so, I can find the order by your email.',
  ],
  invalid: [
    // What anyone in their place is said to know, by any noun (issue 15, talk-down-shapes.ts WHAT_ANYONE_KNOWS).
    {
      draft: 'A venue change isn’t a reschedule, as any regular gig-goer would know.',
      flags: ['as any regular gig-goer would know'],
    },
    {
      draft: 'The damage was gradual, which any homeowner would have noticed.',
      flags: ['which any homeowner would have noticed'],
    },
    {
      draft: 'Anyone submitting an application should be familiar with these.',
      flags: ['Anyone submitting an application should be familiar'],
    },
    { draft: 'Our staff need days off too, believe it or not.', flags: ['believe it or not'] },
    // Care taught as a habit (CARE_LESSONS).
    { draft: 'Please check your emails more carefully in future.', flags: ['check your emails more carefully'] },
    { draft: 'Always follow the care label.', flags: ['Always follow the care label'] },
    {
      draft: 'The fee is correct and you should really check where a site is based before you buy.',
      flags: ['you should really check'],
    },
    {
      draft: 'Pay on time and there’s no interest. It really couldn’t be simpler.',
      flags: ['It really couldn’t be simpler'],
    },
    // Hindsight held against them and reading set as homework (issue 15, drafts by other hands).
    {
      draft: 'The valet covers the outside only, as you’d have seen in the product description.',
      flags: ['as you’d have seen'],
    },
    { draft: 'If you’d checked the basket total, you’d have spotted it.', flags: ['If you’d checked'] },
    { draft: 'I’d recommend reading the pricing page before signing up.', flags: ['I’d recommend reading'] },
    { draft: 'The landlord is entitled to inspect. Most tenants understand this.', flags: ['Most tenants understand'] },
    { draft: 'If you’ve paid, there’s nothing to worry about, is there?', flags: [', is there?'] },
    {
      draft: 'Surely if it was online only, it would say online only?',
      flags: ['Surely if it was online only, it would say online only?'],
    },
    {
      draft: 'For future reference, fridges need 24 hours to settle after delivery.',
      flags: ['For future reference'],
    },
    // The customer's own step asked back as a reproach (issue 15).
    { draft: 'The new terms were emailed in May. Did you not read them?', flags: ['Did you not read'] },
    { draft: 'Haven’t you tried restarting the router?', flags: ['Haven’t you tried'] },
    { draft: 'Didn’t you back up your files first?', flags: ['Didn’t you back'] },
    { draft: 'Log in and download it. As stated on every bill.', flags: ['As stated on every'] },
    { draft: 'Prices rise each April. This was disclosed at point of sale.', flags: ['This was disclosed at'] },
    { draft: 'That’s your account fee. It’s in the terms, which you agreed to.', flags: ['which you agreed to'] },
    { draft: 'Changes within 24 hours incur a fee. You knew that.', flags: ['You knew that'] },
    {
      draft: 'The portal works fine for everyone else. Try a different browser.',
      flags: ['works fine for everyone else'],
    },
    { draft: 'Most people manage to find it, it’s under Account.', flags: ['Most people manage to find'] },
    { draft: 'Seat selection is optional. Not complicated.', flags: ['Not complicated'] },
    { draft: 'The old screen has gone. You’ll have to get used to it.', flags: ['get used to it'] },
    { draft: 'It’s all listed. Tax, NI, pension. What’s confusing?', flags: ['What’s confusing'] },
    { draft: 'We weren’t told you were in hospital. How would we know?', flags: ['How would we know'] },
    {
      draft: 'Talk to your doctor. We’re a travel agent, not a clinic.',
      flags: ['We’re a travel agent, not a clinic'],
    },
    { draft: 'Passwords are case-sensitive, in case you weren’t aware.', flags: ['in case you weren’t aware'] },
    { draft: 'Let me explain it slowly. You earn points. You spend points.', flags: ['Let me explain it slowly'] },
    // Closing the subject with the way things are (issue 15).
    { draft: 'Prices go up at peak times. That’s just how taxis work.', flags: ['That’s just how taxis work'] },
    {
      draft: 'Seats are released in order. That’s what a waiting list means.',
      flags: ['That’s what a waiting list means'],
    },
    { draft: 'Holds are placed on all deposits. Every bank does it.', flags: ['Every bank does it'] },
    {
      draft: 'Cards need a PIN abroad, you would find the same everywhere.',
      flags: ['you would find the same everywhere'],
    },
    // What they are presumed to know already (issue 15).
    { draft: 'Returns need a receipt, as you’d know.', flags: ['as you’d know'] },
    { draft: 'Debts stay with the estate, as is well known.', flags: ['as is well known'] },
    {
      draft: 'The limit is 23 kg. You’d see that if you checked the booking.',
      flags: ['You’d see that if you checked'],
    },
    { draft: 'The rules are clear if you read them.', flags: ['clear if you read'] },
    { draft: 'The fee is in the handbook. Members are expected to read it.', flags: ['are expected to read'] },
    { draft: 'It is a fixed fare, as the name suggests.', flags: ['as the name suggests'] },
    { draft: 'The deposit was clearly highlighted on the order form.', flags: ['was clearly highlighted'] },
    { draft: 'I would gently point out that the form asks for this.', flags: ['I would gently point out'] },
    { draft: 'Some guests mistake our quick service for rudeness.', flags: ['mistake our quick service for rudeness'] },
    // Quiet forms (drafts by other hands): repetition aimed at them, ease claimed against their
    // trouble, other customers held up, a pointer to what they should have read.
    { draft: 'It was widely publicised.', flags: ['widely publicised'] },
    { draft: 'Customs checks are normal. I thought everyone knew that.', flags: ['I thought everyone knew'] },
    {
      draft: 'A callback is a request, not a guarantee. Those are different things.',
      flags: ['Those are different things'],
    },
    {
      draft: 'You should always double-check account details before sending.',
      flags: ['You should always double-check'],
    },
    { draft: 'In the box marked reference. Hard to miss.', flags: ['Hard to miss'] },
    {
      draft: 'A manager will tell you exactly the same thing I have.',
      flags: ['A manager will tell you exactly the same'],
    },
    { draft: 'It works for the other 10,000 students.', flags: ['works for the other'] },
    { draft: 'Thousands of customers use it every day without a problem.', flags: ['Thousands of customers use it'] },
    { draft: 'It’s printed on the sticker, as with every router.', flags: ['as with every router'] },
    { draft: 'Let me put this in simple terms for you.', flags: ['in simple terms for you'] },
    {
      draft: 'Your plan includes 10GB and you used 12GB. That’s all there is to it.',
      flags: ['That’s all there is to it'],
    },
    {
      draft: 'Let me make this really easy for you. Click Instructors. Pick one.',
      flags: ['Let me make this really easy for you'],
    },
    { draft: 'I’ll go through this slowly.', flags: ['I’ll go through this slowly'] },
    { draft: 'I’ve already sent you the link twice.', flags: ['I’ve already sent you the link twice'] },
    { draft: 'You’d just add a profile. I assumed you’d know that.', flags: ['I assumed you’d know'] },
    { draft: 'You’re probably using the wrong email. People do that a lot.', flags: ['People do that a lot'] },
    { draft: 'You can cancel anytime. That’s in big letters on the homepage.', flags: ['in big letters'] },
    {
      draft: 'Smart casual, as most people would expect from a restaurant like ours.',
      flags: ['as most people would expect'],
    },
    {
      draft: 'You’d just call us. I’m not sure what else you were expecting.',
      flags: ['not sure what else you were expecting'],
    },
    { draft: 'Just to reiterate, refunds take 5 days.', flags: ['Just to reiterate'] },
    { draft: 'I’ll explain it once more.', flags: ['I’ll explain it once more'] },
    { draft: 'How many times do we need to tell you?', flags: ['How many times do we need to tell'] },
    { draft: 'Per my email of 4 March, the bill is not wrong.', flags: ['Per my email'] },
    { draft: 'The bill is correct. I’d kindly refer you back to it.', flags: ['refer you back to'] },
    { draft: 'As you were told, the request is on the system.', flags: ['As you were told'] },
    { draft: 'It’s a simple two-step process.', flags: ['It’s a simple two-step process'] },
    { draft: 'Member ID is on every letter. It’s not hard to find.', flags: ['not hard to find'] },
    { draft: 'Top of the homepage, big red banner. You can’t miss it.', flags: ['You can’t miss it'] },
    { draft: 'You could’ve done this yourself in the app.', flags: ['You could’ve done this yourself'] },
    { draft: 'Is the printer on? These are the basics.', flags: ['These are the basics'] },
    { draft: 'Most customers manage this without help.', flags: ['Most customers manage this without help'] },
    {
      draft: 'Many customers forget that heating uses more in winter.',
      flags: ['Many customers forget'],
    },
    { draft: 'Tenants often misunderstand the rules.', flags: ['Tenants often misunderstand'] },
    { draft: 'Zone numbers are displayed on every single sign.', flags: ['on every single sign'] },
    { draft: 'This information is freely available online.', flags: ['freely available'] },
    {
      draft: 'The refund timeline is on the cancellation page, which I’d suggest you read.',
      flags: ['which I’d suggest you read'],
    },
    {
      draft: 'The uniform policy was emailed in July. We’d expect parents to read it.',
      flags: ['We’d expect parents to read'],
    },
    { draft: 'Had you read the renewal notes you’d have seen it.', flags: ['Had you read'] },
    { draft: 'Go back and read the returns policy section 5.', flags: ['Go back and read'] },
    {
      draft: 'Delivery is shown at checkout in bold. I’m not sure how it could be clearer.',
      flags: ['not sure how it could be clearer'],
    },
    {
      draft: 'Just a tip for the future: double-check the details before saving.',
      flags: ['Just a tip for the future'],
    },
    {
      draft: 'Read the decision letter carefully before contacting us.',
      flags: ['Read the decision letter carefully before contacting us'],
    },
    { draft: 'As stated in our terms, seat fees are non-refundable.', flags: ['As stated in our'] },
    // A lesson for next time (issue 15).
    {
      draft: 'The size chart was on the page. Maybe measure first next time.',
      flags: ['Maybe measure first next time'],
    },
    { draft: 'Next time, read the confirmation before you travel.', flags: ['Next time, read'] },
    {
      draft: 'Our hours are on the door, so it’s worth looking there next time.',
      flags: ['worth looking there next time'],
    },
    // Saying it should have been obvious (issue 15).
    { draft: 'Parcels need a signature, as I’m sure you know.', flags: ['as I’m sure you know'] },
    {
      draft: 'Fares rise in January, which I would have thought was common knowledge.',
      flags: ['I would have thought was', 'common knowledge'],
    },
    { draft: 'A deposit is something every tenant should understand.', flags: ['something every tenant should'] },
    { draft: 'Colours fade a little in the wash. That’s normal.', flags: ['That’s normal'] },
    { draft: 'Most shops charge for bags these days.', flags: ['Most shops charge for bags these days'] },
    // Reading asked back as a test (issue 15).
    { draft: 'Have you read the instructions that came with it?', flags: ['Have you read'] },
    { draft: 'The code is on the box. Did you look on the box?', flags: ['Did you look on'] },
    // Pointed reminders (issue 15).
    { draft: 'Bags are extra, as the booking page clearly states.', flags: ['as the booking page clearly states'] },
    { draft: 'Seals must be checked on arrival, as anyone in catering knows.', flags: ['as anyone in catering knows'] },
    { draft: 'It’s important to read your statements each month.', flags: ['It’s important to'] },
    { draft: 'Use the returns form. That’s what it’s for.', flags: ['That’s what it’s for'] },
    { draft: 'It renews yearly, as the terms say, which I assume you read.', flags: ['I assume you read'] },
    { draft: 'Are you sure you’re looking at the right account?', flags: ['Are you sure you’re'] },
    { draft: 'Prices rise when demand rises. Basic economics.', flags: ['Basic economics'] },
    {
      draft: 'I’ve sent it again. Please check your spam folder this time.',
      flags: ['check your spam folder this time'],
    },
  ],
});
