import requestSignOff from '@/lib/classify/cues/request-sign-off';
import { cueTable } from '@/tests/classify/cues/cue-table';

cueTable(requestSignOff, {
  nearMisses: [
    'Thanks for sorting the refund so fast! Could you also check the second order? Thanks, Amira',
    'The driver carried it up four flights. Please pass on our thanks',
    'Thank you so much, it works now.',
    'Could you check my order? Thank you for fixing the last one so quickly, you were brilliant about it all',
    'Please cancel it. I appreciate the quick reply. Thanks, Amira',
    'Thanks, Amira',
  ],
  matches: [
    { text: 'Hi, please cancel my subscription before it renews next month. Thanks, Amira', claims: 'Thanks' },
    { text: 'Can you tell me where my parcel is? Thank you.', claims: 'Thank you' },
    { text: 'I need a copy of my invoice for March.\nMany thanks\nJo Blake', claims: 'Many thanks' },
    { text: 'could u resend the code pls thx', claims: 'thx' },
  ],
});
