import { describe, expect, it } from 'vitest';
import { scoreMessage } from '@/lib/classify';
import { moodOf } from '@/tests/classify/helpers';

describe('repeated contact', () => {
  it.each([
    "This is the third time I'm writing about the same invoice.",
    'Still waiting for someone to look at my ticket.',
    "I've emailed three times and nobody has replied.",
    'I already explained this to your colleague last week.',
    'How many times do I have to ask for the same thing?',
    "I still haven't received a response.",
  ])('"%s" raises frustration', (message) => {
    const signal = moodOf(message).signals.frustration;
    expect(signal.level).not.toBe('none');
    expect(signal.evidence.length).toBeGreaterThan(0);
  });

  it('"again" nudges a message towards frustration', () => {
    const again = scoreMessage('The export failed again.')!.scores.frustration;
    const once = scoreMessage('The export failed.')!.scores.frustration;
    expect(again).toBeGreaterThan(once);
  });

  it('two complaint cues together are confident', () => {
    const mood = moodOf("This is the third time I'm writing and I was charged twice.");
    expect(mood.signals.frustration.level).toBe('confident');
  });
});
