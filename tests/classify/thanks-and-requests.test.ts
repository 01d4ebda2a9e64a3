import { describe, expect, it } from 'vitest';
import { moodOf } from '@/tests/classify/helpers';

/**
 * A customer's thanks is what the sidebar offers to save as a win (issue 15): thanks said in
 * shorthand or with "appreciate" must read as gratitude, and requests, refusals and sarcasm
 * that borrow the same words must not (lib/classify/cues/polite-request.ts, sarcasm.ts).
 */
describe('thanks in shorthand and with "appreciate"', () => {
  it.each([
    'Thx!',
    'thx for sorting it',
    'tyvm for the quick fix',
    'Much appreciated.',
    'Appreciate it.',
    'I really appreciate the advice.',
    'I really appreciate you sorting this out so fast.',
    'Hugely appreciated, Sam.',
    "You're welcome!",
  ])('"%s" reads as gratitude, with its words as evidence', (message) => {
    const gratitude = moodOf(message).signals.gratitude;
    expect(gratitude.level).not.toBe('none');
    expect(gratitude.evidence.length).toBeGreaterThan(0);
  });
});

describe('the same words that are not thanks', () => {
  it.each([
    'Thanks in advance.',
    'Could you check why my order shows as delivered? Thanks in advance.',
    'Thanks in advance for looking into why my order shows as delivered when it isn’t here.',
    "I'd appreciate it if you could call me back before Friday about the missing bag.",
    "Any help with the invoice would be greatly appreciated, the numbers don't match my statement.",
    'It would be greatly appreciated if someone could reply.',
    "No thanks, I'll keep my current plan and stay on the old price.",
  ])('"%s" is a request or a refusal, not gratitude', (message) => {
    expect(moodOf(message).signals.gratitude.level).toBe('none');
  });

  it.each(["Thanks for nothing, I've been waiting three weeks for a reply.", 'Thanks for being so unhelpful.'])(
    '"%s" is frustration, not gratitude',
    (message) => {
      const mood = moodOf(message);
      expect(mood.signals.gratitude.level).toBe('none');
      expect(mood.signals.frustration.level).not.toBe('none');
    },
  );

  it('still reads thanks for what was done next to a request for what is not', () => {
    const mood = moodOf(
      'Thank you so much for the refund yesterday! Thanks in advance for checking the second order too.',
    );
    expect(mood.signals.gratitude.level).not.toBe('none');
  });
});
