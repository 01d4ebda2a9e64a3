import rule from '@/lib/rules/commanding';
import { ruleTable } from '@/tests/rules/rule-table';

ruleTable(rule, {
  valid: [
    // An urgent step next to what we are already doing about it: safety, not bossiness.
    'Open every window and leave the flat straight away. I’m arranging an emergency visit right now.',
    // Warnings that protect the customer, with their reason or their end (issue 15).
    'That text isn’t from us. Please don’t reply to it, as it’s a scam; I’ve blocked the sender.',
    'Thanks for checking. Please don’t send the payment until you’ve checked the account name with me.',
    'Thanks for asking. Don’t call if you’d rather not; a reply here is enough.',
    // Ensuring, when we do it or share the step (issue 15).
    'We’ll ensure your refund reaches you by Friday.',
    'Please ensure the box is sealed; I’ll book the courier for 10 am tomorrow.',
    'To ensure you get the discount, I’ve applied it to your account already.',
    // A lesson to read up is condescension's; a step the agent shares is help (issue 15).
    'Please read the shipping page before ordering next time.',
    'Request a callback any time and I’ll ring you back within the hour.',
    'Retry the payment now and it will go through; I’ve lifted the block on your card.',
    // Telling them they are done is not an order (issue 15, drafts by another hand).
    'I’ve cancelled the penalty fare, so there’s nothing further you need to do.',
    'If you need to move a lot of photos, the Transfer tool is quickest.',
    'All you need to do is open the app and tap the card.',
    'You don’t need to print anything.',
    'You don’t have to be home for the delivery.',
    'You must be worn out after a whole day of this.',
    'You must have been so worried; the parcel is safe.',
    'Do you need to change the date as well?',
    'Whatever you need to know, just ask.',
    '> You will have to refund me\nI’ve refunded the order.',
    // Drafts in new phrasing (issue 15): near misses that must stay clean.
    'Talk to me any time if the replacement gives you trouble.',
    'Call us whenever suits you, the line is open until 8.',
    'Open the app and tap Transfer; thanks for asking before you tried!',
    // The agent takes part of the step on, in the same or the next sentence (issue 15).
    'To be safe, I’ve logged out all devices; you’ll need to sign in again, and I’ll stay on the line while you set a new password.',
    'Appeals must be lodged by 20 May using the form on our website; I can send it to you.',
    'You need to do it by the Thursday before delivery. I’ve also skipped it for you just now.',
    // Near misses of the new shapes (issue 15): reassurance, an interjection, a noun phrase, a heading.
    'Don’t worry, the parcel is on its way.',
    'Look, the parcel left the depot this morning.',
    'Call volumes are very high today.',
    'Update: the parcel left the depot this morning.',
    // A how-to answer: steps on a screen are help, not an order.
    "Go to Settings > Team, click the user's name and switch their role to Admin.",
    // The step made light right after it (issue 15).
    'You’ll need to renew the permit online each spring. It’s quick, and the link is on your letter.',
    'You need to send a meter reading by Friday; it takes about 2 minutes in the app.',
    'You’ll need to confirm your income, and I’m happy to go through the form with you by phone.',
    'You’ll need to apply for the grant by May. The advice line on 0800 555 0100 can help you fill it in.',
    'You’ll need to return the reader in its box. If you’ve lost the box, you can post it in any padded bag.',
    // "kindly" saying how something was done, not asking.
    'Sorry, that letter wasn’t worded kindly at all.',
  ],
  invalid: [
    // The same steps with nothing from us are still orders.
    {
      draft: 'Open every window. Leave the flat straight away.',
      flags: ['Leave the flat straight away'],
    },
    // Near misses: ease that is ours, not the step's, and a request after "kindly".
    { draft: 'You’ll need to wait a week. It’s busy here.', flags: ['You’ll need to'] },
    { draft: 'You’ll need to pay the fee first. Then you can appeal.', flags: ['You’ll need to'] },
    { draft: 'We kindly ask that you stop calling.', flags: ['kindly ask'] },
    { draft: 'You’ll have to wait 24 hours.', flags: ['You’ll have to'] },
    // Near misses: what we did already, or what we do only once they obey, is no shared step.
    { draft: 'You must contact your bank about this. We’ve done our part.', flags: ['You must contact'] },
    {
      draft: 'You’ll need to read your meter yourself and send us the reading before we can look at anything.',
      flags: ['You’ll need to'],
    },
    { draft: 'You must contact your bank about this.', flags: ['You must contact'] },
    { draft: 'You need to reconnect your store.', flags: ['You need to reconnect'] },
    { draft: 'It’s simple: you have to use a card that supports it.', flags: ['you have to use'] },
    { draft: 'You’d have to ask sales.', flags: ['You’d have to'] },
    { draft: 'You are required to send the receipt.', flags: ['You are required to'] },
    { draft: 'Special meals must be requested 48 hours before departure.', flags: ['must be requested'] },
    // Drafts in new phrasing (issue 15): the general shapes.
    { draft: 'Resubmit the form with the right postcode.', flags: ['Resubmit the form with the right postcode'] },
    { draft: 'All disputes must be submitted through the portal.', flags: ['must be submitted'] },
    // Orders by other hands (issue 15): any task verb, and a ban, in a reply that offers nothing.
    {
      draft: 'Ensure your device time is synced. TOTP codes are time-based.',
      flags: ['Ensure your device time is synced'],
    },
    { draft: 'E-scooters are banned on all our trains. Don’t bring it.', flags: ['Don’t bring it'] },
    {
      draft: 'Provide a copy of your bank statement. We will not proceed without it.',
      flags: ['Provide a copy of your bank statement'],
    },
    // A lesson for next time is an order as well as blame (issue 15), and so are steps put on the customer.
    {
      draft: 'Orders placed after 8pm are processed the following day. Order earlier next time.',
      flags: ['Order earlier next time'],
    },
    {
      draft: 'You must have selected the US store. Make sure you’re on the UK site next time.',
      flags: ['Make sure you’re on the UK site next time'],
    },
    {
      draft: 'The form is designed to be completed in one sitting. Prepare all documents beforehand.',
      flags: ['Prepare all documents beforehand'],
    },
    { draft: 'Quotes expire after 7 days. Request a new one.', flags: ['Request a new one'] },
    // A duty handed over with "ensure" (issue 15).
    { draft: 'Thanks for your message. Please ensure you bring photo ID.', flags: ['ensure you bring photo ID'] },
    {
      draft: 'Sorry for the wait. Ensure the meter is readable on the day.',
      flags: ['Ensure the meter is readable on the day'],
    },
    // Being told not to get in touch (issue 15).
    {
      draft: 'Thanks for waiting. Do not email the office about parking.',
      flags: ['Do not email'],
    },
    {
      draft: 'Sorry about the delay. Please don’t keep calling the helpline.',
      flags: ['Please don’t keep calling'],
    },
  ],
});
