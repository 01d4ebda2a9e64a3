import cue from '@/lib/classify/cues/plain-question';
import { cueTable } from '@/tests/classify/cues/cue-table';

cueTable(cue, {
  // This cue lowers confusion, so its near misses are questions where lowering it would be wrong:
  // the customer is lost, or asks what something means.
  nearMisses: [
    'Why was I charged a late fee?',
    'How do I even find the settings page?',
    "I'm confused, which box do I tick?",
    'Sorry, what? That makes no sense to me.',
    'Wait, so do I pay now or later?',
    'What does "pending authorisation" mean?',
    "Honestly no idea what I'm supposed to click next.",
    'Um, where has my order gone??',
    'So which one is the right cable?',
    'Huh, why did my balance go negative?',
    'Honestly, how does this even work?',
    'Confused. Why are there two charges?',
    "I'm lost, where's the download button?",
    'Does this mean my card is blocked?',
    'So what happens to my data now?',
    'Eh, which one of these is my account number?',
  ],
  matches: [
    { text: 'Do you deliver to the Isle of Man?', claims: 'Do' },
    { text: 'Hi, can I change my seat after check-in?', claims: 'Hi, can' },
    { text: 'Good morning! Is it possible to split the bill into two payments?', claims: 'Good morning! Is' },
    { text: 'How long does a bank transfer take?', claims: 'How long' },
    { text: "I'd like to add my partner to the policy.", claims: "I'd like" },
    { text: 'Please send the receipt to my work email.', claims: 'Please' },
    { text: 'Thanks for that. When will the technician arrive?', claims: '. When' },
    { text: 'Which plan includes priority support?', claims: 'Which' },
    { text: 'Hello\nCould you resend the activation link?', claims: '\nCould' },
    { text: 'Hey, would you be able to resend the invoice?', claims: 'Hey, would' },
    { text: 'Are you open on bank holidays?', claims: 'Are' },
    { text: 'May I pay by bank transfer?', claims: 'May' },
    { text: 'Should I unplug the router first?', claims: 'Should' },
    { text: 'What time does the store open on Sundays?', claims: 'What' },
    { text: 'Where do I send the return label?', claims: 'Where' },
    { text: 'I would like to cancel my gym membership.', claims: 'I would like' },
  ],
});
