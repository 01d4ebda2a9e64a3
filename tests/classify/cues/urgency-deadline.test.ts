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
    // A deadline already broken is a broken promise, not a new hurry.
    'You said within 24 hours; that was Tuesday.',
    'I was told a manager would phone me by 5pm Friday. Nobody did.',
    'Your website says "We\'ll get back to you within 24 hours." Today is Thursday.',
    // A near time told as past, or a plan with no need behind it.
    'My new card arrived today, thanks.',
    'Refund sorted in 5 min, brilliant.',
    'The driver went above and beyond tonight.',
    'Can I collect today?',
    'Is the café open on bank holiday Monday?',
    'Please cancel the cleaning booked for next month.',
  ],
  matches: [
    { text: 'my bag has my suit in it and the wedding is saturday', claims: 'wedding is saturday' },
    { text: "My suitcase is still missing and I'm flying home tomorrow.", claims: 'flying home tomorrow' },
    { text: "The card reader won't connect and we open in 20 mins.", claims: 'open in 20 mins' },
    { text: 'I need this report for the board at 10am.', claims: 'need this report for the board at 10am' },
    { text: 'I need the certificate by Friday.', claims: 'need the certificate by Friday' },
    { text: 'Please sort it by 5pm.', claims: 'Please sort it by 5pm' },
    { text: 'The invoice must be paid no later than the 30th of June.', claims: 'must be paid no later than the 30th' },
    { text: 'I need the adapter before my trip to Spain.', claims: 'before my trip' },
    { text: 'My flight leaves tomorrow and the booking still shows unpaid.', claims: 'flight leaves tomorrow' },
    { text: "Our launch is this week and the API keys don't work.", claims: 'launch is this week' },
    { text: 'I need an answer within the next two hours.', claims: 'need an answer within the next two hours' },
    { text: 'Our fridge is dead. Can an engineer come today?', claims: 'Can an engineer come today' },
    { text: 'Today is the deadline for the grant application.', claims: 'deadline' },
    { text: 'The bill is due tomorrow.', claims: 'due tomorrow' },
    { text: 'The 2fa code is not arriving, 40 mins to go.', claims: '40 mins to go' },
  ],
});
