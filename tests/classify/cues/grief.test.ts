import cue from '@/lib/classify/cues/grief';
import { cueTable } from '@/tests/classify/cues/cue-table';

cueTable(cue, {
  nearMisses: [
    'My phone died halfway through the payment.',
    'The battery died after two days.',
    'I passed on your details to my accountant.',
    "I've lost my card and need a new one.",
    'I work in the hospital pharmacy, do I qualify for the staff discount?',
    'I got a parking fine in the hospital car park.',
    'The plant died within a week, can I get a refund?',
    'Losing my place in the queue is annoying.',
    'The hospital appointment letter never arrived.',
    'My laptop has died, can I still get into my account from my phone?',
    'My daughter is a hospital nurse, can she use the key worker discount?',
    'Passed on to the billing team, thanks!',
  ],
  matches: [
    { text: 'My mother passed away in June and I need to close her card.', claims: 'passed away' },
    { text: 'Dad passed on last week; can I transfer his subscription to me?', claims: 'passed on' },
    { text: 'My wife has died and the account is in her name.', claims: 'has died' },
    { text: "I'll miss the delivery because of the funeral on Friday.", claims: 'funeral' },
    { text: "We're bereaved and can't face sorting the insurance yet.", claims: 'bereaved' },
    { text: "I lost my job last month and can't make this payment.", claims: 'lost my job' },
    { text: "I'm heartbroken, the urn arrived smashed.", claims: 'heartbroken' },
    { text: 'My son is terminally ill and we need to cancel the trip.', claims: 'terminally ill' },
    { text: "My partner is in hospital so I can't take the call.", claims: 'in hospital' },
    { text: 'Our dog died on Sunday and I forgot to pause the food delivery.', claims: 'died' },
    { text: "We're still grieving, please stop the reminder letters.", claims: 'grieving' },
    { text: "I'm devastated, the christening album was lost in the post.", claims: 'devastated' },
  ],
});
