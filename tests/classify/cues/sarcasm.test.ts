import cue from '@/lib/classify/cues/sarcasm';
import { cueTable } from '@/tests/classify/cues/cue-table';

cueTable(cue, {
  nearMisses: [
    'Thanks for sorting my refund so quickly, much appreciated.',
    'Perfect, nothing else from my side. Have a good weekend!',
    'Great! Another quick question: can I add a second driver to the rental?',
    'I love that you never charge for paper statements.',
    "It's great that it still works after the firmware update.",
    'Thanks for the quick reply... not sure I follow step 3 though.',
    'Thanks for the zero fee transfer, that saved me a lot.',
    'Sure, right after lunch works for the call.',
    'Yeah, right now it still shows the old price on my basket.',
    'Thanks so much for your help, nobody else could sort it.',
    'Wonderful service, nothing to complain about.',
    'Love that you keep adding new features every month.',
    'Amazing support as always, thanks!',
  ],
  matches: [
    { text: "Thanks for nothing, I'll take my business elsewhere.", claims: 'Thanks for nothing' },
    { text: 'Thank you so much for nothing.', claims: 'Thank you so much for nothing' },
    { text: 'Oh great, another delay on my train refund.', claims: 'Oh great, another' },
    { text: 'Brilliant. Still no sign of the engineer.', claims: 'Brilliant. Still' },
    { text: 'Wonderful... nobody answers the phone again.', claims: 'Wonderful... nobody' },
    { text: 'Love how I have to re-enter my card details every single month.', claims: 'Love how I have to' },
    { text: "Great that it still doesn't work after three updates.", claims: 'Great that it still' },
    { text: 'Nice how you never reply to emails.', claims: 'Nice how you never' },
    { text: 'Really helpful... not.', claims: 'helpful... not' },
    { text: 'Thanks for your useless advice, the printer is still jammed.', claims: 'Thanks for your useless advice' },
    { text: 'Thanks for the zero updates this week.', claims: 'Thanks for the zero updates' },
    { text: 'Yeah, right. Like the refund is really on its way.', claims: 'Yeah, right' },
    { text: 'Love how it always crashes when I export the report.', claims: 'Love how it always' },
  ],
});
