import cue from '@/lib/classify/cues/negated-praise';
import { cueTable } from '@/tests/classify/cues/cue-table';

cueTable(cue, {
  nearMisses: [
    "If I'm not happy with the sofa, can I return it within 30 days?",
    "I'm not good with computers, so please bear with me.",
    'Not only fast but really helpful, thank you.',
    'Never been happier with a bank.',
    "I couldn't be more pleased with the service.",
    'Not sure if this photo is good enough for the ID check.',
    'Not bad at all for the price, happy customer.',
  ],
  matches: [
    { text: "I'm not happy with the state of the carpet after the fitting.", claims: "I'm not happy" },
    { text: 'The second engineer was not very helpful either.', claims: 'not very helpful' },
    { text: 'Your response time is far from acceptable.', claims: 'far from acceptable' },
    { text: "I'm no longer satisfied with the broadband speed.", claims: 'no longer satisfied' },
    { text: "The compensation offered isn't good enough.", claims: "isn't good enough" },
    { text: "That's hardly fair on loyal customers.", claims: 'hardly fair' },
    { text: 'Not impressed with the packaging at all.', claims: 'Not impressed' },
  ],
});
