import ownMistake from '@/lib/classify/cues/own-mistake';
import { cueTable } from '@/tests/classify/cues/cue-table';

cueTable(ownMistake, {
  nearMisses: [
    'You sent the wrong size by mistake.',
    'Your mistake cost me a day off work.',
    'Someone on your team made a mistake with my order.',
    'I was charged by mistake twice.',
  ],
  matches: [
    {
      text: 'Please cancel order 4471, I ordered the wrong size by mistake.',
      claims: 'I ordered the wrong size by mistake',
    },
    { text: 'Sorry, my mistake, the address is 12 Elm Street.', claims: 'my mistake' },
    { text: 'We accidentally booked two rooms.', claims: 'We accidentally booked' },
  ],
});
