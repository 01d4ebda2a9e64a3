import cue from '@/lib/classify/cues/urgency-blocked';
import { cueTable } from '@/tests/classify/cues/cue-table';

cueTable(cue, {
  nearMisses: [
    'I paid cash at the counter, no card needed.',
    'I have no cash on me, can I pay by card at the door?',
    'I have no money worries, just want to switch plans.',
    'Is there a way to pay by bank transfer?',
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
    {
      text: 'You closed my account without warning. I have no access to my money.',
      claims: 'I have no access to my money',
    },
    { text: "I've got nothing to buy food with tonight", claims: "I've got nothing to buy" },
    {
      text: "My card got blocked while I'm abroad and I have no way to pay the hotel.",
      claims: 'I have no way to pay',
    },
    { text: "Our hotel booking ends tomorrow and I'm running out of money.", claims: 'running out of money' },
    { text: "We're losing sales every hour the checkout is broken.", claims: 'losing sales' },
    { text: 'We lost customers over the weekend because of this.', claims: 'lost customers' },
    { text: 'Our production server is down.', claims: 'production server is down' },
    { text: 'Our website has been offline since 7am.', claims: 'website has been offline' },
    { text: 'Is the payment gateway down? None of our customers can check out.', claims: 'payment gateway down' },
    { text: 'None of our customers can check out.', claims: 'None of our customers can check out' },
    { text: "Card payments aren't going through.", claims: "payments aren't going through" },
    { text: 'No water since 6am, 2 kids.', claims: 'No water' },
    { text: 'Patients are turning up and we are writing names on paper.', claims: 'Patients are turning up' },
    { text: 'Checkout down for everyone since 9am.', claims: 'Checkout down' },
    { text: "I can't log in to payroll.", claims: "can't log in" },
    { text: "Staff can't access the rota app.", claims: "Staff can't access" },
    { text: "I can't pay for my parking.", claims: "can't pay for" },
    { text: "Our team can't work without the shared drive.", claims: "team can't work" },
  ],
});
