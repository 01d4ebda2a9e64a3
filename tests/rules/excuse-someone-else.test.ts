import rule from '@/lib/rules/excuse-someone-else';
import { ruleTable } from '@/tests/rules/rule-table';

ruleTable(rule, {
  valid: [
    // The same reason next to what we do about it, and "by" that names no one.
    'Refunds are processed by our payments team, and I’ve asked them to send yours today.',
    'VAT is applied by our billing provider; I’ve corrected your country, so the next invoice is right.',
    'Codes are sent by email within a minute of signing up.',
    'We only deliver to the UK mainland, nowhere else.',
    'The parcel reached the depot at the end of the day.',
    'That’s on your end, I’m afraid: the router needs a restart.',
    'There’s a national shortage, so I’ve reserved the next delivery for you; it arrives Thursday.',
    // Near misses of an outside cause and everyone else as the reason: next to an offer, or the customer's doing.
    'Your flight was delayed due to fog, so I’ve booked you a hotel and a seat on the 7 am.',
    'The fault is affecting everyone on your street; I’ll text you the moment it’s fixed, by 6 pm at the latest.',
    'The sale price is the same for all members, and I’ve applied it to your basket.',
    'I was delayed getting back to you, sorry. The refund went out this morning.',
    'Your account was put on hold due to your missed payments.',
  ],
  invalid: [
    { draft: 'VAT is applied by our billing provider based on the country you entered.', flags: ['is applied by'] },
    { draft: 'Branch closures are decided centrally based on usage.', flags: ['are decided centrally'] },
    { draft: 'Tradespeople on our platform are independent. Leave a review.', flags: ['are independent'] },
    { draft: 'Call the garage. We just take the bookings.', flags: ['We just take'] },
    {
      draft: 'The app is down because of an outage at one of our technology partners.',
      flags: ['because of an outage'],
    },
    { draft: 'Must be something at the bank’s end.', flags: ['at the bank’s end'] },
    {
      draft: 'Toilet faults are the responsibility of our maintenance contractor.',
      flags: ['are the responsibility of our'],
    },
    { draft: 'There’s a national shortage. Go to another pharmacy.', flags: ['national shortage'] },
    // An outside cause or everyone else as the whole answer (issue 15).
    {
      draft: 'Deliveries to your area are running late owing to road closures.',
      flags: ['running late owing to'],
    },
    { draft: 'The workshop was cancelled because of tutor illness.', flags: ['cancelled because of'] },
    { draft: 'Booking fees are standard across the industry.', flags: ['across the industry'] },
    { draft: 'Seat selection costs extra, as with most airlines.', flags: ['as with most'] },
    { draft: 'Long queues at lunch happen to everyone.', flags: ['happen to everyone'] },
  ],
});
