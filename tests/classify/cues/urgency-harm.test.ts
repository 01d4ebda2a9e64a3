import cue from '@/lib/classify/cues/urgency-harm';
import { cueTable } from '@/tests/classify/cues/cue-table';

cueTable(cue, {
  nearMisses: [
    'Is a burst pipe covered under buildings or contents?',
    'My claim for the burst pipe was submitted in January.',
    'Could you check the gas meter? No smell of gas, just a ticking sound.',
    "What's the number for reporting a gas smell?",
    'The room smells of smoke and it was meant to be non-smoking.',
    'My partner has a nut allergy. Is the granola nut-free?',
    'My account got hacked two weeks ago and it is still posting spam.',
    'Does my insurance cover a washing machine flooding the kitchen?',
  ],
  matches: [
    { text: "someone's emptied my account and the fraud line has a 90 min wait", claims: "someone's emptied" },
    { text: "There's water pouring through my ceiling from the flat above.", claims: 'water pouring' },
    { text: 'Burst main outside our house, flooding into the garage.', claims: 'flooding into' },
    { text: "There's a smell of gas in the hallway.", claims: 'smell of gas' },
    { text: "There's a parcel at my door that's smoking.", claims: "that's smoking" },
    { text: 'Someone just changed my password and email!', claims: 'Someone just changed my' },
    { text: "We've been hacked I think, there are admin users I didn't create.", claims: "We've been hacked" },
    { text: 'My dad is on oxygen at home and the power is off.', claims: 'on oxygen' },
    { text: 'My prescription ran out yesterday and the repeat is not approved.', claims: 'prescription ran out' },
  ],
});
