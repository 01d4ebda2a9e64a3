import politeRequest from '@/lib/classify/cues/polite-request';
import { cueTable } from '@/tests/classify/cues/cue-table';

cueTable(politeRequest, {
  nearMisses: [
    'Thanks for the quick reply, it works now.',
    'I really appreciate the help with my account.',
    'Much appreciated!',
    'I appreciate that you called me back.',
    'Thank you so much for the refund! Thanks in advance for checking the second order too.',
    "I'd appreciate a call back. Thanks for sorting the first one so fast.",
  ],
  matches: [
    { text: 'Could you check my order? Thanks in advance.', claims: 'Thanks in advance' },
    { text: "I'd appreciate it if you could call me back.", claims: "'d appreciate" },
    { text: 'Any help would be greatly appreciated.', claims: 'would be greatly appreciated' },
    { text: 'I would be grateful for a call back.', claims: 'would be grateful' },
    { text: 'Please confirm the address, appreciate it if you can do it today.', claims: 'appreciate it if' },
  ],
});
