import { describe, expect, it } from 'vitest';
import { redactQuote } from '@/lib/coach/redact';

describe('redactQuote', () => {
  it.each([
    ['Thanks! Reach me at dana.w@example.com anytime', 'Thanks! Reach me at [email] anytime'],
    ['Call me on +44 20 7946 0958 if needed', 'Call me on [phone] if needed'],
    ['My card 4111 1111 1111 1111 was refunded, thank you', 'My card [card] was refunded, thank you'],
    ['Order #48213 arrived, you are a star', 'Order [number] arrived, you are a star'],
    ['order number A-99812 finally came', 'order [number] finally came'],
    ['See https://tracking.example.com/x?id=1 thanks', 'See [link] thanks'],
  ])('%s', (input, expected) => {
    expect(redactQuote(input)).toBe(expected);
  });

  it('keeps ordinary praise, small numbers and times untouched', () => {
    const praise = 'You fixed it in 5 minutes, thank you so much! Best support in 2 years.';
    expect(redactQuote(praise)).toBe(praise);
  });
});
