import cue from '@/lib/classify/cues/low-spirits';
import { cueTable } from '@/tests/classify/cues/cue-table';

cueTable(cue, {
  nearMisses: [
    'I was alone in the car, nobody else was with me.',
    "I'm so excited for the new season, can I pre-order?",
    'Is it a shame to ask for a discount? Just kidding, what offers are there?',
    "Don't feel bad, it happens. The parcel turned up today.",
    'The shelf arrived broken. Can you send a new one?',
    "I'm looking forward to the upgrade next week.",
    "I'm scared to even ask, but is the price going up?",
    'I used to love to watch the old show, is it on the app?',
    'I used to love that show.',
    'They are a really small band, is the venue accessible?',
  ],
  matches: [
    { text: 'I feel really let down. I recommended you to my whole office.', claims: 'I feel really let down' },
    { text: "I'm 84 and on my own, and I'm frightened of these bills.", claims: "I'm frightened" },
    { text: "The baby is due in two weeks and I'm just so deflated.", claims: "I'm just so deflated" },
    { text: "She's getting distressed because she thinks we've stopped calling.", claims: "She's getting distressed" },
    {
      text: 'I was so looking forward to this trip. First time seeing my sister in 4 years.',
      claims: 'I was so looking forward',
    },
    {
      text: 'We ended up eating in the car. It was supposed to be a special night.',
      claims: 'It was supposed to be a special',
    },
  ],
});
