import { describe, expect, it } from 'vitest';
import { moodOf } from '@/tests/classify/helpers';

// Plainly worded helpdesk complaints: no swearing, little emotion vocabulary, still upset.
const COMPLAINTS = [
  "My order was supposed to arrive last week and it's still not here.",
  'I was charged twice for my subscription this month.',
  'I lost all my data after the last update.',
  'The app keeps crashing every time I open it.',
  'The package arrived damaged.',
  'Your website is not working again.',
  'I have been waiting for my refund for weeks.',
  'This is unacceptable. I want to speak to a manager.',
  'Nobody has got back to me about my broken laptop.',
  'The replacement never arrived and the tracking page says nothing.',
  'I am fed up with these constant outages.',
  'Where is my refund? It has been a month.',
  'The discount code does not work at checkout.',
  'Please cancel my account, this has been a waste of my time.',
];

// Everyday requests a support desk receives; none should raise a negative signal.
const NEUTRAL = [
  'Hello, I would like to update my shipping address.',
  'Is it possible to get an invoice with my company name on it?',
  'Could you tell me when the new version will be released?',
  'Hi, can I add a second user to my plan?',
  'Please send me a copy of my last receipt.',
  'I would like to change my password.',
  'What payment methods do you accept?',
  'Do you ship to Canada?',
  'Hi there, I have a question about the premium plan.',
  'Can I pause my subscription for a month while I travel?',
  'Good morning, please find the screenshot attached.',
  'Thank you for the quick reply, that answers my question.',
  // A complaint's topic named calmly (support corpus part e): the topic alone is no mood.
  'The engineer came today.',
  'The repair is done, you can close the ticket.',
];

describe('support-desk register', () => {
  it.each(COMPLAINTS)('catches the complaint "%s"', (message) => {
    const mood = moodOf(message);
    expect(mood.signals.frustration.level).not.toBe('none');
    expect(mood.upset).toBe(true);
  });

  it.each(NEUTRAL)('stays silent on "%s"', (message) => {
    const { signals, upset } = moodOf(message);
    expect(upset).toBe(false);
    for (const id of ['frustration', 'sadness', 'urgency', 'confusion'] as const) {
      expect({ id, level: signals[id].level }).toEqual({ id, level: 'none' });
    }
  });

  it('notices a bereavement mentioned in passing', () => {
    const mood = moodOf('My husband passed away last month, so please close his account.');
    expect(mood.signals.sadness.level).not.toBe('none');
    expect(mood.signals.sadness.evidence.map((e) => e.text)).toContain('passed away');
  });

  it('recognises disappointment and confusion in plain words', () => {
    expect(moodOf("I'm really disappointed, I was looking forward to this all month.").signals.sadness.level).not.toBe(
      'none',
    );
    expect(moodOf("I'm confused, I don't understand why my invoice is different.").signals.confusion.level).not.toBe(
      'none',
    );
  });
});
