import { describe, expect, it } from 'vitest';
import { scoreMessage } from '@/lib/classify';
import { findIntensity } from '@/lib/classify/intensity';
import { levelOf, moodOf } from '@/tests/classify/helpers';

describe('capitals and repeated punctuation', () => {
  it('finds shouting only when several words are in capitals, ignoring acronyms', () => {
    const text = 'WHERE IS MY ORDER';
    expect(findIntensity(text).shouting.map((s) => text.slice(s.start, s.end))).toEqual(['WHERE', 'IS', 'MY', 'ORDER']);
    expect(findIntensity('Please send the PDF ASAP').shouting).toHaveLength(0);
    expect(findIntensity('It is URGENT').shouting).toHaveLength(0);
  });

  it('makes a complaint in capitals louder than the same words in lower case', () => {
    const shouted = scoreMessage('WHERE IS MY REFUND, THIS IS RIDICULOUS')!.scores.frustration;
    const plain = scoreMessage('where is my refund, this is ridiculous')!.scores.frustration;
    expect(shouted).toBeGreaterThan(plain);
    // Capitals turn a plain question into a complaint. Not "confident": since the cues' weights
    // are learned (scripts/train-config.ts), two cues are no longer a hand-set 0.85 floor.
    expect(levelOf('where is my order?', 'frustration')).toBe('none');
    expect(levelOf('WHERE IS MY ORDER?', 'frustration')).toBe('hint');
  });

  it('lets "!!!" amplify a complaint and "???" amplify confusion', () => {
    const loud = scoreMessage('My order never arrived!!!')!.scores.frustration;
    const calm = scoreMessage('My order never arrived.')!.scores.frustration;
    expect(loud).toBeGreaterThan(calm);
    const puzzled = scoreMessage("I don't understand which plan I'm on???")!.scores.confusion;
    const asked = scoreMessage("I don't understand which plan I'm on.")!.scores.confusion;
    expect(puzzled).toBeGreaterThan(asked);
  });

  it('does not turn enthusiastic thanks into frustration', () => {
    const mood = moodOf('THANK YOU SO MUCH!!! You saved my day!!');
    expect(mood.signals.gratitude.level).not.toBe('none');
    expect(mood.signals.frustration.level).toBe('none');
  });
});
