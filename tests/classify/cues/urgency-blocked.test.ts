import cue from '@/lib/classify/cues/urgency-blocked';
import { cueTable } from '@/tests/classify/cues/cue-table';

cueTable(cue, {
  nearMisses: [
    "I can't work out how to add a new user.",
    'Will I lose money if I close the saver early?',
    'Is the shop down the road still open?',
    'Can I use the system offline on the train?',
    'I lost my card, can you block it?',
    'Our sales are up this month thanks to your plugin.',
    'I can access everything again now.',
    "We're not losing any sleep over it.",
    'I can sign in fine on my laptop.',
  ],
  matches: [
    { text: "We're losing sales every hour the checkout is broken.", claims: 'losing sales' },
    { text: 'We lost customers over the weekend because of this.', claims: 'lost customers' },
    { text: 'Our production server is down.', claims: 'server is down' },
    { text: 'The website is offline for all our customers.', claims: 'website is offline' },
    { text: 'Checkout down for everyone since 9am.', claims: 'Checkout down' },
    { text: "I can't log in to payroll.", claims: "can't log in" },
    { text: "Staff can't access the rota app.", claims: "can't access" },
    { text: "I can't pay for my parking.", claims: "can't pay" },
    { text: "Our team can't work without the shared drive.", claims: "can't work" },
  ],
});
