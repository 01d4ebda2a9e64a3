import cue from '@/lib/classify/cues/repeated-contact';
import { cueTable } from '@/tests/classify/cues/cue-table';

cueTable(cue, {
  nearMisses: [
    'Can I add a second email address for invoices?',
    "This is the second time I've ordered from you and I love the quality.",
    "Yes, I'm still here, go ahead.",
    'How many times can I reschedule my flight without a fee?',
    'Is the waiting list for weeks or months at the moment?',
    'Can I forward receipts to multiple emails?',
    'Does the business plan include five calls a month with an adviser?',
    'No one gets access to the shared folder except admins, right?',
    "I've sent the documents you asked for. Anything else?",
    'I called the branch and they sorted it, thanks.',
    'Still loving the new app, great work!',
    'Could you send a second invoice for the other department?',
    'Do you still deliver on Sundays?',
    'I have already paid the invoice, just letting you know.',
    'No reply needed, just keeping you in the loop.',
  ],
  matches: [
    { text: "This is the third time I'm writing about the same faulty kettle.", claims: "third time I'm writing" },
    { text: 'This is my fourth email about the missing statement.', claims: 'fourth email' },
    { text: "I'm still waiting for the meter reading to be corrected.", claims: 'still waiting' },
    { text: "The parcel is still not delivered and tracking hasn't moved.", claims: 'still not delivered' },
    { text: 'How many times do I have to send you my ID?', claims: 'How many times' },
    { text: "I've been waiting on this transfer since last week.", claims: 'waiting on this transfer since last week' },
    { text: "I've phoned your team four times about the broadband outage.", claims: 'phoned your team four times' },
    { text: "After several calls I still don't have a working login.", claims: 'several calls' },
    { text: 'Nobody has replied to my ticket about the double booking.', claims: 'Nobody has replied' },
    { text: "There's been no response from your billing team since Monday.", claims: 'no response from' },
    { text: "I haven't heard back about my warranty claim.", claims: "haven't heard back" },
    { text: 'I already explained the issue to your colleague yesterday.', claims: 'already explained' },
    { text: 'No one has got back to me since Tuesday.', claims: 'No one has got back' },
  ],
});
