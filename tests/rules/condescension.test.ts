import rule from '@/lib/rules/condescension';
import { ruleTable } from '@/tests/rules/rule-table';

ruleTable(rule, {
  valid: [
    // Near miss of "as previously advised": a recap that helps.
    'As previously discussed, I’ve booked the engineer for Friday at 9.',
    // Near misses for what the customer is presumed to know, and words explained by themselves (issue 15).
    'As a member you’d be the first to know about the sale.',
    'I’m sure you’ll love the new colour, and it ships tomorrow.',
    'I know this has been a long wait, and I’ve booked the engineer for 9 am tomorrow.',
    'It means it’s out for delivery today.',
    'Pending means the bank hasn’t released it yet; it clears within 2 days.',
    'There’s no small print: the refund is yours to keep.',
    'You know what, I’ve just refunded the whole order.',
    'As you mentioned, the parcel was left outside; I’ve sent a replacement.',
    'Clearly the newest backup is the one that matters, so the older ones are safe to delete.',
    'Please read through the attached guide whenever suits you; it has screenshots of every step.',
    'Take a breath, this is fixable: I’ve restored your files from last night.',
    '> Calm down? Don’t tell me to calm down!\nI’m sorry, that was the wrong thing for us to say.',
    // Near misses for repetition: recaps that help, apologies said again, telling someone else.
    'As discussed on the phone, I’ve booked the engineer for Monday.',
    'As promised, here is the refund confirmation.',
    'I’ve explained the situation to the courier and they will redeliver tomorrow.',
    'I mentioned it to the manager earlier and she approved the refund.',
    'Again, I’m so sorry for the trouble.',
    'Thanks again for your patience.',
    'I’m sorry this is the third time you’ve had to write to us.',
    // Near misses for belittling: kind uses of the same words.
    'You’ve clearly put a lot of work into this, thank you.',
    'It’s easy to miss, so I’ve sent a screenshot.',
    'Everyone can join the call, so bring whoever you like.',
    'The steps are listed in the guide I’ve attached, with screenshots.',
    // Drafts in new phrasing (issue 15): near misses that must stay clean.
    'As mentioned, here is the link again: I’ve also emailed it so it’s easy to find.',
    'As I mentioned on the phone, I’ve already refunded the £20; it should show by Friday.',
    'You clearly put a lot of care into this report, thank you.',
    'You obviously care about your garden, so I’ve picked the hardier variety for the replacement.',
    'I already explained this to my manager, and she approved your refund this morning.',
    'I’ve told the courier twice now to leave parcels with your neighbour, and I’ll check tomorrow that they do.',
    // Near misses of the new shapes (issue 15).
    'We should have known about the outage sooner, and I’m sorry we didn’t tell you.',
    'I’m sure you’ll love the new room.',
    'It says on the booking that breakfast is included, and I’ve checked: it is.',
    'Are you sure you’d like to cancel? I can pause it instead.',
    // Our own failing owned, the customer credited, an idiom (issue 15).
    'The delivery charge wasn’t shown clearly enough at checkout, so I’ve taken it off.',
    'You clearly asked for a window seat, and we should have given you one.',
    'Could you check the vase and tell me if it’s all in one piece?',
    // Asking for patience is an excuse, not talking down; a rule's source named after the rule is a refusal.
    'We had a warehouse migration and many orders are stuck. Please understand we are doing our best.',
    'Itinerary changes are at the captain’s discretion, as stated in your ticket contract.',
    'Seat fees are non-refundable, as outlined in our terms.',
  ],
  invalid: [
    // Repetition said with them, and the pointer that opens the sentence or names what they were sent.
    {
      draft: 'Listen, I’ve gone through this with you already.',
      messageId: 'repeat',
      flags: ['I’ve gone through this with you already'],
    },
    {
      draft: 'As stated in our terms, seat fees are non-refundable.',
      messageId: 'repeat',
      flags: ['As stated in our terms'],
    },
    {
      draft: 'Results are not given over the phone, as stated on our website.',
      messageId: 'repeat',
      flags: ['as stated on our website'],
    },
    {
      draft: 'As our FAQ clearly states, refunds take 5 days.',
      messageId: 'belittle',
      flags: ['As our FAQ clearly states'],
    },
    // "As previously advised": repetition marked by the word itself (issue 15).
    {
      draft: 'As previously advised on three occasions, itemised bills are in My Account.',
      messageId: 'repeat',
      flags: ['As previously advised'],
    },
    // Near misses: the same words said at the customer.
    { draft: 'The charge is shown clearly at checkout.', messageId: 'belittle', flags: ['shown clearly'] },
    { draft: 'You clearly didn’t read the form.', messageId: 'belittle', flags: ['You clearly'] },
    { draft: 'It’s all in the guide.', messageId: 'belittle', flags: ['It’s all in'] },
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
    // Repetition aimed at the customer.
    {
      draft: 'As mentioned several times, refunds take 10 days.',
      flags: ['As mentioned several times'],
      messageId: 'repeat',
    },
    {
      draft: 'I already explained this twice.',
      flags: ['I already explained this twice'],
      messageId: 'repeat',
    },
    {
      draft: 'One is the deposit. I explained this on the phone yesterday.',
      flags: ['I explained this on the phone'],
      messageId: 'repeat',
    },
    {
      draft: 'As explained in your loan agreement, the rate is variable.',
      flags: ['As explained in your loan agreement'],
      messageId: 'repeat',
    },
    { draft: 'For the last time, the refund has gone out.', flags: ['For the last time'], messageId: 'repeat' },
    { draft: 'Again, refunds take 10 days.', flags: ['Again, '], messageId: 'repeat' },
    // Belittling.
    {
      draft: 'You clearly didn’t follow the guide.',
      flags: ['You clearly'],
      messageId: 'belittle',
    },
    {
      draft: 'You need to log out and in again. Everyone knows that.',
      flags: ['Everyone knows'],
      messageId: 'belittle',
    },
    { draft: 'Surely you’ve seen it.', flags: ['Surely you’ve'], messageId: 'belittle' },
    { draft: 'It literally says so when you sign up.', flags: ['It literally says'], messageId: 'belittle' },
    { draft: 'Have you actually turned it on?', flags: ['Have you actually turned'], messageId: 'belittle' },
    {
      draft: 'It really isn’t that hard to understand.',
      flags: ['isn’t that hard'],
      messageId: 'belittle',
    },
    {
      draft: 'This is explained on the checkout page.',
      flags: ['This is explained on the'],
      messageId: 'belittle',
    },
    {
      draft: 'Switzerland isn’t in the EU. Pretty basic geography.',
      flags: ['Pretty basic geography'],
      messageId: 'belittle',
    },
    // Drafts in new phrasing (issue 15): the general shapes.
    {
      draft: 'I’ve now told you three times that the fee stands.',
      flags: ['I’ve now told you three times'],
      messageId: 'repeat',
    },
    { draft: 'I explained it twice on the phone already.', flags: ['I explained it twice'], messageId: 'repeat' },
    {
      draft: 'This was already explained to you last week.',
      flags: ['This was already explained to you last week'],
      messageId: 'repeat',
    },
    { draft: 'As we went over, the plan renews yearly.', flags: ['As we went over'], messageId: 'repeat' },
    { draft: 'You obviously skipped the setup steps.', flags: ['You obviously'], messageId: 'belittle' },
    { draft: 'You evidently ignored the warning on the box.', flags: ['You evidently'], messageId: 'belittle' },
    // Shapes from drafts by other hands (issue 15).
    {
      draft: 'Premiums go up as pets get older. You should have expected an increase.',
      messageId: 'belittle',
      flags: ['You should have expected'],
    },
    { draft: 'Sale items are final sale. Says so on the tag.', messageId: 'belittle', flags: ['Says so on'] },
    { draft: 'Use Chrome. Everyone uses Chrome nowadays.', messageId: 'belittle', flags: ['Everyone uses'] },
    {
      draft: 'Let me break this down for you: we close unused accounts.',
      messageId: 'belittle',
      flags: ['break this down for you'],
    },
    {
      draft: 'Minibar use is recorded by sensors. Are you sure no one in your party used it?',
      messageId: 'belittle',
      flags: ['Are you sure no one'],
    },
    {
      draft: 'BER means beyond economic repair. Didn’t the technician tell you?',
      messageId: 'belittle',
      flags: ['Didn’t the technician tell'],
    },
    // What the customer is presumed to know, a word explained by itself (issue 15): shapes, not phrases.
    {
      draft: 'Rents are reviewed every year, and as a tenant you’d know they rarely go down.',
      messageId: 'belittle',
      flags: ['as a tenant you’d know'],
    },
    { draft: 'Wipers wear out, as most drivers know.', messageId: 'belittle', flags: ['as most drivers know'] },
    {
      draft: 'It’s company policy to close complaints after 8 weeks. I’m sure you can understand why.',
      messageId: 'belittle',
      flags: ['I’m sure you can understand'],
    },
    {
      draft: 'You’ll appreciate that it’s out of our hands.',
      messageId: 'belittle',
      flags: ['You’ll appreciate that'],
    },
    {
      draft: 'iPlayer needs a licence too. Most people know this.',
      messageId: 'belittle',
      flags: ['Most people know'],
    },
    { draft: 'Postcodes have a space in the middle, you know.', messageId: 'belittle', flags: ['you know'] },
    { draft: 'Pending means pending.', messageId: 'belittle', flags: ['Pending means pending'] },
    { draft: 'It’ll be ready when it’s ready.', messageId: 'belittle', flags: ['be ready when it’s ready'] },
    { draft: 'It takes however long it takes.', messageId: 'belittle', flags: ['takes however long it takes'] },
    {
      draft: 'The advertised price is for new customers only. Read the small print.',
      messageId: 'belittle',
      flags: ['Read the small print'],
    },
    {
      draft: 'Eligibility criteria were published in the guidance notes. Perhaps re-read them.',
      messageId: 'belittle',
      flags: ['Perhaps re-read'],
    },
  ],
});
