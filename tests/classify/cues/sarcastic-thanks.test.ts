import sarcasticThanks from '@/lib/classify/cues/sarcastic-thanks';
import { cueTable } from '@/tests/classify/cues/cue-table';

cueTable(sarcasticThanks, {
  nearMisses: [
    'Thanks for the quick fix, works perfectly.',
    'Thanks, but this is the third time I have asked.',
    'Thank you for being so patient with me.',
    'Great job on the new app, I love it.',
    'I really appreciate being kept in the loop.',
    'Thanks so much for cancelling without a fuss.',
  ],
  matches: [
    {
      text: 'thanks for being so unhelpful and wasting my afternoon',
      claims: 'thanks for being so unhelpful',
    },
    { text: 'Thanks a lot for losing my bag.', claims: 'Thanks a lot for losing' },
    { text: 'thank you @skyair for stranding us in Oslo', claims: 'thank you @skyair for stranding' },
    { text: 'Great job losing my luggage again.', claims: 'Great job losing' },
    { text: 'Love being kept on hold for an hour.', claims: 'Love being kept on hold' },
  ],
});
