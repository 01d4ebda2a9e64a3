import cue from '@/lib/classify/cues/confusion-cues';
import { cueTable } from '@/tests/classify/cues/cue-table';

cueTable(cue, {
  nearMisses: [
    "I'm lost for words, thank you so much!",
    "It doesn't make sense to upgrade yet, so I'll stay on basic.",
    "I can't tell you how grateful I am.",
    'I have lost my password, can you reset it?',
    'I understand the new pricing, thanks for explaining.',
    'How do I change my delivery address?',
    "I'm sure which plan I want: the annual one.",
    'Just to be clear, I want the blue one.',
    'What does the premium plan include?',
    'I am missing a part from my order.',
    '3 orders in a row missing something. at this point it’s a lucky dip',
  ],
  matches: [
    { text: "I'm a bit confused about which tariff I'm on.", claims: "I'm a bit confused" },
    { text: 'I am lost in all these settings menus.', claims: 'I am lost' },
    { text: "I don't understand why the fee went up.", claims: "I don't understand why" },
    { text: "We can't figure out how to export the report.", claims: "can't figure out how" },
    { text: 'The new statement layout makes no sense.', claims: 'makes no sense' },
    { text: 'Not sure which adapter fits my model.', claims: 'Not sure which' },
    { text: 'What does this warning mean?', claims: 'What does this warning mean' },
    { text: 'The cancellation terms are unclear.', claims: 'unclear' },
    // Demo ticket 102 (QA 2026-12-07, f-102-1): the question itself carries the confusion.
    { text: "I don't see a Data tab anywhere. Am I missing something?", claims: 'Am I missing something' },
    { text: 'What am I doing wrong here?', claims: 'What am I doing wrong' },
    { text: 'Am I doing something wrong?', claims: 'Am I doing something wrong' },
  ],
});
