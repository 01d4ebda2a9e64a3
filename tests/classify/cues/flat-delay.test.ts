import flatDelay from '@/lib/classify/cues/flat-delay';
import { cueTable } from '@/tests/classify/cues/cue-table';

cueTable(flatDelay, {
  nearMisses: [
    'Will my parcel be delayed over the holidays?',
    'Is the late checkout at 2 pm still available?',
    'I need it within 3 days if possible.',
    'The battery lasts 10 hours without charging, is that right?',
    'Day 2 of the course starts at nine.',
    "I've been a customer for 10 years and still love it.",
  ],
  matches: [
    { text: 'Flight BA117 delayed 3 hours.', claims: 'delayed 3 hours' },
    { text: 'My train was late by 40 minutes again.', claims: 'late by 40 minutes' },
    { text: '11 days without internet.', claims: '11 days without internet' },
    { text: 'Day 9 without broadband @brightfibre.', claims: 'Day 9 without' },
    { text: 'The order is 2 weeks overdue.', claims: '2 weeks overdue' },
    { text: 'Ordered 3 weeks ago and still nothing.', claims: '3 weeks ago and still nothing' },
  ],
});
