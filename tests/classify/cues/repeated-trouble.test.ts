import cue from '@/lib/classify/cues/repeated-trouble';
import { cueTable } from '@/tests/classify/cues/cue-table';

cueTable(cue, {
  nearMisses: [
    'Thanks again for sorting out my booking!',
    "Hi again, it's Maria from the earlier chat.",
    'The app keeps getting better with every update.',
    'Keep up the good work!',
    "Can I pause deliveries for a few weeks while I'm away?",
    'Against all odds the parcel made it in time.',
  ],
  matches: [
    { text: 'The card reader failed again this morning.', claims: 'again' },
    { text: 'My train was cancelled yet again.', claims: 'yet again' },
    { text: 'The Wi-Fi has been dropping for days.', claims: 'for days' },
    { text: 'The app keeps logging me out on my tablet.', claims: 'keeps logging me out' },
    { text: 'I kept getting a timeout at the payment step.', claims: 'kept getting' },
    { text: "I've tried resetting the router several times.", claims: 'several times' },
  ],
});
