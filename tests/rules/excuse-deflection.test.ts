import rule from '@/lib/rules/excuse-deflection';
import { ruleTable } from '@/tests/rules/rule-table';

ruleTable(rule, {
  valid: [
    // Near misses of "it's not us" and someone else deciding (issue 15).
    'It wasn’t us who sent that letter, but I’ve asked the bank to stop it and will call you tomorrow.',
    'It’s not something we decide lightly, so I’ve asked a manager to look again by Friday.',
    'Someone else on the team handled the first call; I’m taking it from here and will ring you at 3.',
    'I’ve passed this to our billing team, and they will reply to you by Thursday.',
    'The courier is collecting the parcel tomorrow between 9 and 12.',
    'You’re right, that was our responsibility, and I’m sorry.',
    'Between you and the rest of the queue, you’re first: I’m on it now.',
    'That is the problem we found, and I have fixed it.',
    'It is our responsibility to get this right, so I have refunded you.',
    // Near misses for the responsibility-noun shape.
    'It’s your call whether to keep the old plan; both are fine.',
    'That’s not my favourite answer either, so I’ve asked the team to look again.',
    'It was our team’s mistake, and I’ve fixed it.',
    'Not our usual standard, I’m sorry: I’ve refunded the delivery fee.',
    // Near misses for fault: owning it, or "nothing wrong" said of the customer's account.
    'Nothing is wrong with your account, and your card was not charged.',
    'This was our fault, not yours, and I’ve refunded you.',
    // Near misses for naming who acts: past events, our own team, or a hand-off we own.
    'Your refund was processed by our team this morning.',
    'Deliveries to Skye are handled by our local partner, and I’ve asked them to bring yours on Friday.',
    'The repair is done by our engineers, who can come on Monday.',
    'Please talk to me here any time; I’ll keep this ticket open.',
    'I’m just a message away if anything else comes up.',
    'We just need your order number and we can start.',
    'The two charges are independent, so you’ll only be billed once.',
    'Our engineers are trained for exactly this, and one can visit on Monday.',
    // Drafts in new phrasing (issue 15): near misses that must stay clean.
    'That’s not my department, but I’ve passed it to Maria in billing, who will call you by 4 pm today.',
    'It’s not down to you at all; the fault was in our checkout and I’ve fixed your order.',
    'Billing handles refunds, so I’ve forwarded your message to them and they’ll reply within a day.',
  ],
  invalid: [
    { draft: 'That’s not my department.', flags: ['not my department'], messageId: 'deflection' },
    {
      draft: 'Accounts are suspended automatically, it’s not something support controls.',
      flags: ['not something support controls'],
      messageId: 'deflection',
    },
    {
      draft: 'We’re not responsible for parcels after delivery, that’s between you and the courier.',
      flags: ['We’re not responsible for', 'between you and the courier'],
      messageId: 'deflection',
    },
    {
      draft: 'Refunds are handled by finance, not support.',
      flags: ['handled by finance, not support'],
      messageId: 'deflection',
    },
    {
      draft: 'You must contact your bank. We’ve done our part.',
      flags: ['We’ve done our part'],
      messageId: 'deflection',
    },
    { draft: 'We can’t guarantee freshness after delivery.', flags: ['We can’t guarantee'], messageId: 'deflection' },
    {
      draft: 'We’re just the marketplace, the seller is responsible for shipping.',
      flags: ['We’re just the marketplace', 'the seller is responsible'],
      messageId: 'deflection',
    },
    {
      draft: 'Any errors are your employer’s responsibility.',
      flags: ['are your employer’s responsibility'],
      messageId: 'deflection',
    },
    // Responsibility nouns after "not my/our" and after a third party's name.
    { draft: 'Not my area, I only do billing.', flags: ['Not my area', 'I only do billing'], messageId: 'deflection' },
    { draft: 'Sorry, that isn’t our problem.', flags: ['isn’t our problem'], messageId: 'deflection' },
    {
      draft: 'That’s the courier’s problem, not ours.',
      flags: ['That’s the courier’s problem, not ours'],
      messageId: 'deflection',
    },
    { draft: 'That’s the vendor’s decision.', flags: ['That’s the vendor’s decision'], messageId: 'deflection' },
    {
      draft: 'The restaurant prepared the food, not us.',
      flags: ['The restaurant prepared the food, not us'],
      messageId: 'deflection',
    },
    { draft: 'That’s down to your bank, not us.', flags: ['That’s down to your bank, not us'], messageId: 'deflection' },
    // A third party named as the one who acts, with nothing done by us.
    {
      draft: 'Meter readings are taken by contractors.',
      flags: ['are taken by contractors'],
      messageId: 'deflection',
    },
    {
      draft: 'Refunds for postponed events are at the discretion of the promoter.',
      flags: ['at the discretion'],
      messageId: 'deflection',
    },
    { draft: 'Drivers are independent contractors.', flags: ['are independent contractors'], messageId: 'deflection' },
    { draft: 'We rely on their figures.', flags: ['We rely on'], messageId: 'deflection' },
    { draft: 'We’re only the letting agent.', flags: ['We’re only the letting'], messageId: 'deflection' },
    { draft: 'We just sell the tickets.', flags: ['We just sell'], messageId: 'deflection' },
    {
      draft: 'We don’t handle VAT queries here.',
      flags: ['We don’t handle VAT queries here'],
      messageId: 'deflection',
    },
    // Referrals with no hand-off.
    { draft: 'Please talk to billing.', flags: ['talk to billing'], messageId: 'deflection' },
    {
      draft: 'Not sure, you’d have to ask the pharmacy.',
      flags: ['you’d have to ask the pharmacy'],
      messageId: 'deflection',
    },
    {
      draft: 'Kindly direct your query to them.',
      flags: ['Kindly direct your query to'],
      messageId: 'deflection',
    },
    { draft: 'That’s a question for accounts.', flags: ['That’s a question for accounts'], messageId: 'deflection' },
    // Fault denied.
    {
      draft: 'It’s not our fault the courier lost it.',
      flags: ['not our fault'],
      messageId: 'fault',
    },
    { draft: 'ur internet is too slow, nothing wrong our end', flags: ['nothing wrong our end'], messageId: 'fault' },
    {
      draft: 'We take no responsibility for accidents in store.',
      flags: ['We take no responsibility'],
      messageId: 'fault',
    },
    { draft: 'It was the courier’s fault.', flags: ['It was the courier’s fault'], messageId: 'fault' },
    {
      draft: 'Our staff are highly trained professionals.',
      flags: ['Our staff are highly trained'],
      messageId: 'fault',
    },
    {
      draft: 'The booking system doesn’t make errors like that.',
      flags: ['doesn’t make errors like that'],
      messageId: 'fault',
    },
    {
      // Fault denied and then something done: still shown at the default sensitivity.
      draft: 'That’s not our fault, but I’ve refunded the fee anyway.',
      flags: ['not our fault'],
      messageId: 'fault',
    },
    // Drafts in new phrasing (issue 15): the general shapes.
    { draft: 'It’s not down to us if the carrier is late.', flags: ['not down to us'], messageId: 'fault' },
    {
      draft: 'You’ll want to speak to the landlord about that.',
      flags: ['You’ll want to speak to the landlord'],
      messageId: 'deflection',
    },
    {
      draft: 'Go through the billing team for that one.',
      flags: ['Go through the billing team'],
      messageId: 'deflection',
    },
    // Someone else's doing, or fault denied, as the answer (issue 15).
    { draft: 'The delay is at customs. It’s not us.', flags: ['It’s not us'], messageId: 'fault' },
    {
      draft: 'Exam dates? That isn’t something we decide.',
      flags: ['isn’t something we decide'],
      messageId: 'deflection',
    },
    { draft: 'I think someone else handles refunds.', flags: ['someone else handles'], messageId: 'deflection' },
  ],
});
