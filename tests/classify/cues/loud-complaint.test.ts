import loudComplaint from '@/lib/classify/cues/loud-complaint';
import { cueTable } from '@/tests/classify/cues/cue-table';

cueTable(loudComplaint, {
  nearMisses: [
    'THANK YOU SO MUCH!!',
    'I LOVE IT, BEST GIFT EVER!!',
    'Please send the PDF to our HR team.',
    'My order ID is AB 1234, is it shipped?',
    'That was quick!! Thanks.',
    'ROLL THE DICE!!',
    'WHAT ARE YOU DOING',
  ],
  matches: [
    { text: 'WHERE IS MY REFUND', claims: 'WHERE IS MY REFUND' },
    { text: 'I need this FIXED NOW!!', claims: 'FIXED NOW!!' },
    { text: "I DON'T WANT ANOTHER VOUCHER.", claims: "I DON'T WANT ANOTHER VOUCHER" },
    { text: 'still NOT FIXED?!', claims: 'NOT FIXED?!' },
  ],
});
