import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/analysis';
import { DEFAULT_ENGINE_SETTINGS } from '@/lib/engine/types';

/**
 * "Any 'no' says who can help, or when" quotes the words that answer the "no", like every other
 * tick (QA qa7, item 6: it was the only tick with no quote, on the demo and on RT).
 */
const UPSET = 'This is unacceptable!! I need my refund.';
function answer(draft: string) {
  const { checklist } = analyze({ draft, customerMessages: [UPSET], locale: 'en', settings: DEFAULT_ENGINE_SETTINGS });
  const item = checklist.find((candidate) => candidate.id === 'no-has-alternative')!;
  return { status: item.status, quote: item.evidence?.text };
}

describe('the answered "no" quotes its answer', () => {
  it.each([
    [
      "Hi Dana, I checked and we can't refund the second charge, but I can move it to store credit by Friday.",
      'but I can move it to store credit by Friday',
    ],
    ["We can't expedite it. Delivery usually takes 10 business days.", 'Delivery usually takes 10 business days'],
    [
      "Unfortunately we can't refund the duplicate charge, it's our policy. Our billing team can reverse it tomorrow.",
      'Our billing team can reverse it tomorrow',
    ],
    [
      "We can't unlock the account from here. I'll ask the security team to do it today.",
      "I'll ask the security team to do it today",
    ],
    ['No refunds after 30 days, but you can exchange it for store credit.', 'but you can exchange it for store credit'],
    // The answer before the "no" (walk 2026-12-07: the tick had no quote).
    ["I can offer you store credit, but we can't refund a sale item.", 'I can offer you store credit'],
    [
      "I'll ask our billing team to check it by Friday, but we can't refund it.",
      "I'll ask our billing team to check it by Friday",
    ],
    ["Our returns team can swap it, we can't refund a sale item.", 'Our returns team can swap it'],
    // A stop inside a number ends no clause: the quote began at "50 credit" before.
    ["We can't refund it, but the €18.50 credit can be used from Friday.", 'but the €18.50 credit can be used from Friday'],
  ])('"%s"', (draft, quote) => {
    expect(answer(draft)).toEqual({ status: 'done', quote });
  });

  it('a "no" left unanswered quotes nothing and is not ticked', () => {
    expect(answer("We can't refund the second charge.")).toEqual({ status: 'missing', quote: undefined });
    // An offer in an earlier sentence does not answer this "no" (the refusal finder's call), so nothing is quoted.
    expect(answer("I've sent you a prepaid label. We can't refund a sale item.")).toEqual({
      status: 'missing',
      quote: undefined,
    });
  });

  it('a "no" the sidebar flags as having no way forward is never ticked, whatever date it names', () => {
    // Real RT, 2026-12-07: the card "Says no, with no way forward" and this tick, quoting "50 charge on
    // 3 May stands", showed together. A past date is not when anything changes.
    const draft = "Hi Amira, unfortunately we can't cancel mid-cycle — it's our policy, and the €18.50 charge on 3 May stands.";
    const { findings } = analyze({ draft, customerMessages: [UPSET], locale: 'en', settings: DEFAULT_ENGINE_SETTINGS });
    expect(findings.some((finding) => finding.category === 'no-alternative')).toBe(true);
    expect(answer(draft)).toEqual({ status: 'missing', quote: undefined });
  });
});
