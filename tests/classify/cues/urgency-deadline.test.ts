import cue from '@/lib/classify/cues/urgency-deadline';
import { cueTable } from '@/tests/classify/cues/cue-table';

cueTable(cue, {
  nearMisses: [
    'Is the store open until midnight on Saturdays?',
    'Is the discount valid until Sunday?',
    "I'm away until Monday, so please deliver after that.",
    "Can I move my bill's due date to the 15th?",
    'The coupon expired last week, can I still use it?',
    'Can I pay on the 15th of each month?',
    "We're planning a trip next year. Do you ship adapters abroad?",
    'Before I forget, thanks for the help!',
    'Do you open before 9am?',
    'Can I book an appointment for next Tuesday?',
    "I'll be travelling within Europe next month.",
    "I've been in two minds about the upgrade.",
    'Two days later the refund arrived, thanks!',
    'No need to reply today, next week is fine.',
    "I don't need it tonight, tomorrow works.",
    'I needed a new charger last month.',
  ],
  matches: [
    { text: 'I need the certificate by Friday.', claims: 'by Friday' },
    { text: 'Can you confirm before tomorrow?', claims: 'before tomorrow' },
    { text: 'Please sort it by 5pm.', claims: 'by 5pm' },
    { text: 'The invoice must be paid no later than the 30th of June.', claims: 'no later than the 30th of June' },
    { text: 'I need the adapter before my trip to Spain.', claims: 'before my trip' },
    { text: 'Can it arrive before our wedding?', claims: 'before our wedding' },
    { text: 'My flight leaves tomorrow and the booking still shows unpaid.', claims: 'My flight leaves tomorrow' },
    { text: "Our launch is this week and the API keys don't work.", claims: 'Our launch is this week' },
    { text: 'I need an answer within the next two hours.', claims: 'within the next two hours' },
    { text: 'Could you process it within 3 days?', claims: 'within 3 days' },
    { text: 'Today is the deadline for the grant application.', claims: 'deadline' },
    { text: 'The bill is due tomorrow.', claims: 'due tomorrow' },
    { text: "I'm on call tonight and need a new sim today.", claims: 'need a new sim today' },
    { text: 'We need someone out tonight, the pipe has burst.', claims: 'need someone out tonight' },
  ],
});
