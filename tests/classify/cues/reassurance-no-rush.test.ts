import cue from '@/lib/classify/cues/reassurance-no-rush';
import { cueTable } from '@/tests/classify/cues/cue-table';

cueTable(cue, {
  // This cue lowers urgency, so its near misses are messages that are in a hurry or complain about being ignored.
  nearMisses: [
    "I'm in a hurry, my flight leaves at six.",
    'Is there no rush delivery option? I need it by Friday.',
    'How is this not urgent? My shop has been offline all day.',
    "Clearly I'm not a priority for your company.",
    'Please hurry, the payroll run is tonight.',
    'Whenever I call, the line is busy.',
    "It's urgent, not something that can wait until Monday.",
    'Is a rush order possible for the wedding favours?',
    "I'm stressed, the payroll run is at noon.",
    'Just checked and the site is still down, customers are waiting.',
  ],
  matches: [
    { text: "No rush on the replacement, we're away this week.", claims: 'No rush' },
    { text: "I'm not in a hurry for the invoice copy.", claims: 'not in a hurry' },
    { text: 'This is not urgent, just a question about my points.', claims: 'not urgent' },
    { text: 'Reply whenever you get a chance.', claims: 'whenever you get a chance' },
    { text: 'Take your time with the refund check.', claims: 'Take your time' },
    { text: "It's not time-sensitive, next week is fine.", claims: 'not time-sensitive' },
    { text: 'Not a priority, only a typo on my invoice.', claims: 'Not a priority' },
    { text: 'Is the app down? No stress, just curious.', claims: 'No stress' },
    { text: 'Just want it on record, nothing urgent.', claims: 'nothing urgent' },
    { text: 'Servers down? Getting an error on login, just checking.', claims: 'just checking' },
  ],
});
