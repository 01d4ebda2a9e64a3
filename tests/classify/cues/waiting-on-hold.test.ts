import waitingOnHold from '@/lib/classify/cues/waiting-on-hold';
import { cueTable } from '@/tests/classify/cues/cue-table';

cueTable(waitingOnHold, {
  nearMisses: [
    "I'm on hold with my bank right now, can you wait a moment?",
    'Thanks, I will wait for your reply.',
    'Is there a waiting list for the blue model?',
    'The wait time for a return label is usually two days, right?',
    'Can I put my membership on hold for a month while I travel?',
  ],
  matches: [
    {
      text: 'eight hours waiting for a callback, how much longer?!',
      claims: 'eight hours waiting',
    },
    { text: 'On hold for 45 minutes now.', claims: 'On hold for 45 minutes' },
    { text: "I've been kept on hold again.", claims: 'kept on hold' },
    { text: 'waited 2 hrs at the counter', claims: 'waited 2 hrs' },
    { text: 'How much longer do I have to wait?', claims: 'How much longer' },
    { text: '3 days and counting.', claims: '3 days and counting' },
  ],
});
