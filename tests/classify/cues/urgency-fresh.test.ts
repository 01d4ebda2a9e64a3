import cue from '@/lib/classify/cues/urgency-fresh';
import { cueTable } from '@/tests/classify/cues/cue-table';

cueTable(cue, {
  nearMisses: [
    'I ordered it two days ago and it still has not shipped.',
    'The engineer came 3 hours ago and left a mess.',
    'Just wanted to say thanks for the quick fix.',
    'I have been waiting 40 minutes on hold.',
  ],
  matches: [
    { text: 'Left my laptop in the car 5 mins ago, can you reach the driver?', claims: '5 mins ago' },
    { text: 'Car accident just now, nobody hurt, what do I do?', claims: 'just now' },
    { text: 'My password was changed 10 minutes ago and it was not me.', claims: '10 minutes ago' },
  ],
});
