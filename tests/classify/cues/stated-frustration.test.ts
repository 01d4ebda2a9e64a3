import cue from '@/lib/classify/cues/stated-frustration';
import { cueTable } from '@/tests/classify/cues/cue-table';

cueTable(cue, {
  nearMisses: [
    "I'm not angry, just want to understand the charge.",
    "I'm not really upset, I just want to know what happened.",
    "I can't believe how fast the replacement came, thank you!",
    'How do I handle angry customers in the shared inbox?',
    "We're happy with the upgrade, no complaints at all.",
    'The frustration-free packaging was great.',
    "Don't be annoyed, but can I change my order again?",
  ],
  matches: [
    { text: "I'm absolutely furious about this bill.", claims: "I'm absolutely furious" },
    { text: 'We are really unhappy with the installation.', claims: 'We are really unhappy' },
    { text: 'Feeling quite irritated by the constant marketing emails.', claims: 'Feeling quite irritated' },
    { text: "I'm getting annoyed now.", claims: "I'm getting annoyed" },
    { text: 'The login loop is driving me up the wall.', claims: 'driving me up the wall' },
    { text: "I can't believe you cancelled my booking without asking.", claims: "can't believe" },
    { text: 'So frustrated with this router.', claims: 'So frustrated' },
  ],
});
