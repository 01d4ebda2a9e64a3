import { describe, expect, it } from 'vitest';
import { levelOf, moodOf } from '@/tests/classify/helpers';

describe('marked sarcasm', () => {
  it.each([
    'Thanks for nothing.',
    'Great, another week of waiting.',
    'Oh wonderful, still no reply from anyone.',
    'Love how I have to explain this every single time.',
    'Thanks for the help... not.',
  ])('"%s" is frustration, not gratitude', (message) => {
    const mood = moodOf(message);
    expect(mood.signals.frustration.level).not.toBe('none');
    expect(mood.signals.gratitude.level).toBe('none');
    expect(mood.signals.gratitude.evidence).toEqual([]);
  });

  it('leaves sincere thanks alone', () => {
    expect(levelOf('Thanks for sorting this out so quickly!', 'gratitude')).not.toBe('none');
    expect(levelOf('Thanks for sorting this out so quickly!', 'frustration')).toBe('none');
    expect(levelOf('Great, that works perfectly now.', 'frustration')).toBe('none');
  });
});
