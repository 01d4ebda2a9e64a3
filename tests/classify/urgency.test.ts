import { describe, expect, it } from 'vitest';
import { levelOf, moodOf } from '@/tests/classify/helpers';

describe('urgency: the customer needs it fast (rules only: GoEmotions has no such label)', () => {
  it.each([
    // A near-future time bound to the customer's need.
    ['I need the replacement by Friday.', 'need the replacement by Friday'],
    ['Can this be fixed before my flight?', 'before my flight'],
    ['my bag didnt arrive in Munich. it has my wedding suit in it and the wedding is saturday', 'wedding is saturday'],
    ["my suitcase is still missing after 5 days and i'm flying home tomorrow", 'flying home tomorrow'],
    ["hi, the card reader at our market stall won't connect and we open in 20 mins", 'open in 20 mins'],
    [
      'WHY is the export button greyed out?? I need this report for the board at 10am.',
      'need this report for the board at 10am',
    ],
    // Something blocked now, with people affected.
    ['Our checkout is down and we are losing sales.', 'losing sales'],
    ['is the payment gateway down? none of our customers can check out', 'none of our customers can check out'],
    ["Our POS terminals are offline. Card payments aren't going through.", "payments aren't going through"],
    ['Our clinic system has been down since 7am and patients are turning up.', 'patients are turning up'],
    ['our POS is down on a Saturday lunchtime', 'POS is down'],
    // A small child with them now, money cut off now, the middle of the night, going away on a near day.
    ["Our pram didn't come off the plane in Palma. We have a 7-month-old.", 'We have a 7-month-old'],
    ['You closed my account without warning. I have no access to my money.', 'I have no access to my money'],
    ["My card got blocked while I'm abroad and I can't pay the hotel. Please, it's 11pm here.", "it's 11pm"],
    ['I need to know whether my policy covers me for skiing. I leave on Saturday.', 'leave on Saturday'],
  ])('"%s" is at least a hint, citing "%s"', (message, cue) => {
    const signal = moodOf(message).signals.urgency;
    expect(signal.level).not.toBe('none');
    expect(signal.evidence.map((e) => e.text)).toContain(cue);
  });

  it.each([
    'This is urgent, please call me back.',
    "I can't log in and my presentation starts in two hours!",
    'Urgent: our payroll run is at 9am tomorrow and we cannot add the new starter.',
  ])('"%s" is confident', (message) => {
    expect(levelOf(message, 'urgency')).toBe('confident');
  });

  it.each([
    'No rush, whenever you get a chance.',
    "It's not urgent, but could you refund the extra charge?",
    'How do I change the colour of the dashboard?',
    'Thanks, have a lovely weekend!',
    // Money at stake is frustration or a billing question, not a hurry.
    'I was charged twice for the same order.',
    'I would like a refund please.',
    'You took $129.99 from my card.',
    "I've been offered a £30 credit for a $45 per night room. Not good enough.",
    // A past deadline that was broken is a broken promise.
    'You said within 24 hours; that was Tuesday.',
    'I was told a manager would phone me by 5pm Friday. I have had no phone call.',
    // A past date in a calm update.
    'The engineer came today and the boiler works.',
    'Just letting you know I paid the invoice by card today. Thanks!',
    // A fault that has gone on for weeks is a complaint; a question about one can wait.
    'No signal in my own kitchen for a month. Paying £38 for a paperweight.',
    'is the app down? cant log in, no stress just curious',
    // Calm near misses of the same shapes: a plan, money mentioned calmly, a child named for an order.
    "I'm moving out on the 28th, what do I need to do to close my account?",
    'I have no cash on me, can I pay by card at the door?',
    'Do you sell car seats suitable for a 2 year old?',
    'Waited in for the engineer 8-1. It is now 4pm. Could you rebook for next week, no rush.',
  ])('"%s" is not urgent', (message) => {
    expect(levelOf(message, 'urgency')).toBe('none');
  });
});
