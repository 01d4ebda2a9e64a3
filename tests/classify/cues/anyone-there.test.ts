import anyoneThere from '@/lib/classify/cues/anyone-there';
import { cueTable } from '@/tests/classify/cues/cue-table';

cueTable(anyoneThere, {
  nearMisses: [
    'Can someone help me change my delivery address?',
    'Could someone tell me when the sale starts?',
    'Is someone available to help with a bulk order?',
    'Can anyone else on my account see my orders?',
    'Hello, I have a question about sizes.',
  ],
  matches: [
    { text: 'can anyone there help us?', claims: 'can anyone there help' },
    { text: 'Is anybody actually reading these?', claims: 'Is anybody actually reading' },
    { text: 'Does anyone at @bigbank ever answer the phone?', claims: 'Does anyone at @bigbank ever answer' },
    { text: 'hello?? I asked yesterday', claims: 'hello??' },
    { text: 'anyone???', claims: 'anyone???' },
  ],
});
