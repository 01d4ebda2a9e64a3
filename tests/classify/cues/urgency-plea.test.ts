import cue from '@/lib/classify/cues/urgency-plea';
import { cueTable } from '@/tests/classify/cues/cue-table';

cueTable(cue, {
  nearMisses: [
    "Right now I'm on the basic plan; can I upgrade mid-cycle?",
    'Can I add an emergency contact to my profile?',
    'The emergency exit on the coach was blocked, just so you know for next time.',
    'Immediate family members can share the plan, right?',
    "I'll do that right after lunch.",
    'Is this the critically acclaimed edition?',
    "I'm running out of printer ink, can I reorder?",
    'Is it possible to upgrade soon?',
    'Prioritise the blue one if you can.',
    'When is the soonest delivery slot?',
    'Could you set my order to high priority shipping?',
    'Your team sorted it in no time at all, thanks!',
    // A word mentioned, not pleaded, and a deed already done.
    'Fantastic. My "urgent" ticket has been marked low priority.',
    'The vacuum gave up and I immediately bought another one.',
    'Cancel subscription #A-55012 effective immediately please.',
    'What are your response times for critical incidents?',
  ],
  matches: [
    { text: 'Please call me back asap.', claims: 'asap' },
    { text: 'This is urgent: my card was swallowed by the ATM.', claims: 'urgent' },
    { text: 'I need the documents urgently for my mortgage.', claims: 'urgently' },
    { text: "It's an emergency, my heating is off and I have a newborn.", claims: 'emergency' },
    { text: 'Please cancel the order immediately.', claims: 'immediately' },
    { text: 'Fix it right away, please.', claims: 'right away' },
    { text: 'I need access right now, the audit starts in ten minutes.', claims: 'right now' },
    { text: 'Please reply as soon as possible.', claims: 'as soon as possible' },
    { text: 'This is time-sensitive: the contract expires today.', claims: 'time-sensitive' },
    { text: "We're running out of time before the launch.", claims: 'running out of time' },
    { text: 'This is critical for our month-end close.', claims: 'critical' },
    { text: 'Please make this top priority.', claims: 'top priority' },
  ],
});
