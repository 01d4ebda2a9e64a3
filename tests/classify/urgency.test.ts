import { describe, expect, it } from 'vitest';
import { levelOf, moodOf } from '@/tests/classify/helpers';

const chips = (...messages: string[]) => moodOf(...messages).signals.urgency.evidence.map((e) => e.text);

describe('urgency (rules only: GoEmotions has no such label)', () => {
  it.each([
    ['I need the replacement by Friday.', ['by Friday']],
    ['Can this be fixed before my flight?', ['before my flight']],
    ['Our checkout is down and we are losing sales.', ['checkout is down', 'losing sales']],
    ['This is urgent, please call me back.', ['urgent']],
    ['Hi, you took my rent money twice. I need that back today or my bank charges me.', ['need that back today']],
  ])('"%s" is at least a hint, its chips quoting %j', (message, expected) => {
    expect(levelOf(message, 'urgency')).not.toBe('none');
    expect(chips(message)).toEqual(expected);
  });

  // The chip quotes what makes the message urgent: a deadline, "today", "asap", "urgent". Money
  // at stake and "!!" add to a hurry but are never quoted as one (the sidebar's "In a hurry"
  // once cited "refund" for "I need a refund … by Friday").
  it.each([
    [
      'Still no desk, and now I see you charged my card TWICE. This is unacceptable!! I need a refund for the duplicate charge by Friday or I am disputing it with my bank.',
      ['by Friday'],
    ],
    ['I need a refund asap!!', ['asap']],
    ['Please refund me, this is urgent.', ['urgent']],
    ['I was charged twice and I need it fixed by tomorrow!!!', ['by tomorrow']],
    ['You took $129.99 from my card, I need it back within 24 hours.', ['within 24 hours']],
  ])('"%s" quotes only the hurry: %j', (message, expected) => {
    expect(chips(message)).toEqual(expected);
  });

  it.each([
    'This is urgent, please call me back.',
    'I need a refund by tomorrow or I will dispute the charge with my bank.',
    "I can't log in and my presentation starts in two hours!",
  ])('"%s" is confident', (message) => {
    expect(levelOf(message, 'urgency')).toBe('confident');
  });

  // A refund or a double charge is about money, not time: no "In a hurry", so no chip either.
  it.each([
    'No rush, whenever you get a chance.',
    "It's not urgent, but could you refund the extra charge?",
    'How do I change the colour of the dashboard?',
    'Thanks, have a lovely weekend!',
    'I would like a refund please.',
    'I was charged twice for the same order.',
    'You took $129.99 from my card.',
    'Where is my refund? I want my money back!!!',
    'No need to reply today, next week is fine.',
  ])('"%s" is not urgent, and has no urgency chip', (message) => {
    expect(levelOf(message, 'urgency')).toBe('none');
    expect(chips(message)).toEqual([]);
  });
});
