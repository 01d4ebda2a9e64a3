import { describe, expect, it } from 'vitest';
import { scoreMessage } from '@/lib/classify';
import { tokenize } from '@/lib/classify/tokenize';
import { levelOf } from '@/tests/classify/helpers';

describe('negation', () => {
  it('marks the words after a negator, up to the next clause break', () => {
    const tokens = tokenize("I'm not really happy, but fine");
    const negated = tokens.filter((t) => t.negated).map((t) => t.norm);
    expect(negated).toEqual(['really', 'happy']);
  });

  it('reads "not happy" as a complaint, not as gratitude or joy', () => {
    expect(levelOf("I'm not happy with how this was handled.", 'frustration')).not.toBe('none');
    expect(levelOf("I'm not happy with how this was handled.", 'gratitude')).toBe('none');
  });

  it('reads "not satisfied" as frustration and "satisfied" as not', () => {
    const negated = scoreMessage('I am not satisfied with the repair.')!.scores.frustration;
    const plain = scoreMessage('I am satisfied with the repair.')!.scores.frustration;
    expect(negated).toBeGreaterThan(plain);
    expect(levelOf('I am not satisfied with the repair.', 'frustration')).not.toBe('none');
    expect(levelOf('I am satisfied with the repair.', 'frustration')).toBe('none');
  });

  it('treats "no problem" and "no worries" as reassurance', () => {
    expect(levelOf('No problem at all, take care!', 'frustration')).toBe('none');
    expect(levelOf('No worries, I can wait until next week.', 'frustration')).toBe('none');
    const calm = scoreMessage('No problem, it happens.')!.scores.frustration;
    const trouble = scoreMessage('Big problem, it happens.')!.scores.frustration;
    expect(calm).toBeLessThan(trouble);
  });
});
