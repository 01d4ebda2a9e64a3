import cue from '@/lib/classify/cues/urgency-money';
import { cueTable } from '@/tests/classify/cues/cue-table';

cueTable(cue, {
  nearMisses: [
    "What's your refund policy on sale items?",
    'Is there a money back guarantee on the mattress?',
    'Do you offer refunds on sale items?',
    'Is this ticket refundable?',
    'My payment went through fine, thanks.',
    'The billing address needs updating.',
    'I was charged correctly this time.',
    'Order number 12345 arrived fine.',
    'The payment page is a bit slow.',
    'Is the double room available in May?',
    'Is the euro symbol shown on invoices?',
    "I'll pay the balance next week.",
  ],
  matches: [
    { text: 'I was charged double for one coffee order.', claims: 'charged double' },
    { text: "I've been double-charged for my parking.", claims: 'double-charged' },
    { text: 'I think I was overcharged on the water bill.', claims: 'overcharged' },
    { text: 'I want a refund for the cancelled tour.', claims: 'refund' },
    { text: "I still haven't been refunded.", claims: 'refunded' },
    { text: "I'd like my money back.", claims: 'money back' },
    { text: "I'll raise a chargeback with my bank.", claims: 'chargeback' },
    { text: "There's an unauthorised payment on my statement.", claims: 'unauthorised payment' },
    { text: 'Payment declined twice at checkout.', claims: 'Payment declined' },
    { text: "There's a billing error on my last invoice.", claims: 'billing error' },
    { text: 'You took £120 instead of £12.', claims: '£120' },
    { text: 'It cost me 40 euros to rebook.', claims: '40 euros' },
  ],
});
