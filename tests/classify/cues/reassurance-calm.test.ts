import cue from '@/lib/classify/cues/reassurance-calm';
import { cueTable } from '@/tests/classify/cues/cue-table';

cueTable(cue, {
  // This cue lowers frustration and sadness, so its near misses are messages where the trouble is still there.
  nearMisses: [
    "It was fine yesterday but it's not working now.",
    "Your agent said it's fixed now, but nothing has changed.",
    'Is it working now? It still shows the same error for me.',
    "It's not fine now, it's worse than before.",
    "Please don't tell me not to worry, just fix it.",
    'This may not be a big deal for you, but it is for me.',
    'I have no idea what the problem is, it just keeps failing.',
    'The problem is still not solved.',
  ],
  matches: [
    { text: 'No worries if it takes a few days.', claims: 'No worries' },
    { text: "Not a problem, I'll wait for the engineer.", claims: 'Not a problem' },
    { text: "Don't worry about the delay, it happens.", claims: "Don't worry" },
    { text: 'All good now, the card is working.', claims: 'All good now' },
    { text: "That's fine now, thanks for checking.", claims: "That's fine now" },
    { text: 'The Wi-Fi is sorted now, you can close the ticket.', claims: 'sorted now' },
    { text: 'No big deal, I can pick it up from the depot.', claims: 'No big deal' },
  ],
});
