import { describe, expect, it } from 'vitest';
import { withoutSignOff } from '@/lib/coach/sign-off';

describe('a saved thank-you without the customer’s signature', () => {
  it.each([
    [
      'Thank you so much for sorting this out so quickly, I really appreciate your help! Priya',
      'Thank you so much for sorting this out so quickly, I really appreciate your help!',
    ],
    ['It works now, thank you.\nThanks,\nDana Lee', 'It works now, thank you.'],
    ['You saved my weekend. Best, Sam O’Neil', 'You saved my weekend.'],
    ['Brilliant support, thanks! — Marta', 'Brilliant support, thanks!'],
  ])('“%s”', (quote, kept) => {
    expect(withoutSignOff(quote)).toBe(kept);
  });

  it.each([
    'Thank you so much, it arrived this morning and works perfectly. Amazing',
    'Thanks for the help. Thanks',
    'Thank you Priya for the help',
    'thanks! really appreciate it',
    'Thank you! I am so grateful',
    'Thank you! I am grateful',
    'It works. Thank You',
  ])('keeps “%s” whole', (quote) => {
    expect(withoutSignOff(quote)).toBe(quote);
  });
});
