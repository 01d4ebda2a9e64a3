import { describe, expect, it } from 'vitest';
import { levelOf, moodOf } from '@/tests/classify/helpers';

describe('urgency (rules only: GoEmotions has no such label)', () => {
  it.each([
    ['I need the replacement by Friday.', 'by Friday'],
    ['Can this be fixed before my flight?', 'before my flight'],
    ['I was charged twice for the same order.', 'charged twice'],
    ['I would like a refund please.', 'refund'],
    ['You took $129.99 from my card.', '$129.99'],
    ['Our checkout is down and we are losing sales.', 'losing sales'],
  ])('"%s" is at least a hint, citing "%s"', (message, cue) => {
    const signal = moodOf(message).signals.urgency;
    expect(signal.level).not.toBe('none');
    expect(signal.evidence.map((e) => e.text)).toContain(cue);
  });

  it.each([
    'This is urgent, please call me back.',
    'I need a refund by tomorrow or I will dispute the charge with my bank.',
    "I can't log in and my presentation starts in two hours!",
  ])('"%s" is confident', (message) => {
    expect(levelOf(message, 'urgency')).toBe('confident');
  });

  it.each([
    'No rush, whenever you get a chance.',
    "It's not urgent, but could you refund the extra charge?",
    'How do I change the colour of the dashboard?',
    'Thanks, have a lovely weekend!',
  ])('"%s" is not urgent', (message) => {
    expect(levelOf(message, 'urgency')).toBe('none');
  });
});
