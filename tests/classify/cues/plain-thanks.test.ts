import plainThanks from '@/lib/classify/cues/plain-thanks';
import { cueTable } from '@/tests/classify/cues/cue-table';

cueTable(plainThanks, {
  nearMisses: [
    "I'd appreciate it if you could call me back today.",
    'I would appreciate a refund for the broken lamp.',
    'Any help would be much appreciated.',
    'It would be greatly appreciated if someone could reply.',
    'Could you check my order? Thanks in advance.',
    'No thanks, I will keep my old plan.',
    'Thanks for nothing.',
    'Thanks to the delay I missed my connecting flight.',
    "I don't appreciate being lied to.",
    'You are welcome to call us back any time.',
    'Welcome to the club.',
  ],
  matches: [
    { text: 'Thx!', claims: 'Thx' },
    { text: 'tyvm for this advice, I was completely lost', claims: 'tyvm' },
    { text: 'Ty. All sorted now.', claims: 'Ty' },
    { text: 'Much appreciated.', claims: 'Much appreciated' },
    { text: 'Appreciate it.. the label printed fine this time', claims: 'Appreciate it' },
    { text: 'I really appreciate the advice about the router.', claims: 'I really appreciate' },
    { text: 'We appreciate you staying late to finish the migration.', claims: 'We appreciate' },
    { text: 'Your help was hugely appreciated, Priya.', claims: 'hugely appreciated' },
    { text: 'Thank you so much for sorting the refund so quickly.', claims: 'Thank you so much for ' },
    { text: "You're welcome! Glad the parcel turned up.", claims: "You're welcome" },
    { text: 'Your welcome, happy to help', claims: 'Your welcome' },
  ],
});
