import { describe, expect, it } from 'vitest';
import { preferredWay } from '@/lib/coach/rewrites/preference';
import { pointsOf, rewrite } from '@/tests/coach/rewrites/rewrite-helpers';

/**
 * Walk 2026-12-07 #3, item 4: a card with several findings chose its rewrite by whichever finding
 * sorted first. Each finding's change is now followed, and the most specific way is offered.
 */
const GENERIC = "Here's what I can do to put it right: [what you can do], by [when].";
const OWN = "Your bank determines currency, and I'll take it up with them for you by [when].";

describe('rewrites: a card with several findings keeps the better rewrite', () => {
  it('the walk\'s card ("by your bank, not by us"): the specific way wins whichever finding came first', () => {
    expect(preferredWay([{ rewrites: [GENERIC] }, { rewrites: [OWN] }])).toEqual([OWN]);
    expect(preferredWay([{ rewrites: [OWN] }, { rewrites: [GENERIC] }])).toEqual([OWN]);
  });

  it("a tie keeps the findings' order, and a way that clears nothing is passed over", () => {
    const other = "I'll check with your bank for you and get back to you by [when].";
    expect(preferredWay([{ rewrites: [OWN] }, { rewrites: [other] }])).toEqual([OWN]);
    expect(preferredWay([{ rewrites: [] }, { rewrites: [GENERIC] }])).toEqual([GENERIC]);
    expect(preferredWay([])).toEqual([]);
  });

  it.each([
    // Two findings (someone else's doing, and the "no" it leaves): the first one's fallback left the
    // remedy to invent; the refusal's ways name who can help.
    [
      "The card was declined by the merchant's terminal, not by us.",
      [
        "The card was declined by the merchant's terminal, not by us, but I can [what you can do instead] by [when].",
        "The card was declined by the merchant's terminal, not by us, but [who can help] can, and I'll pass this on by [when].",
      ],
    ],
    // The first finding's change never cleared the card, so no rewrite was offered at all.
    [
      "The parcel left us on time, so this one is down to the courier's depot losing track of it, not us.",
      ["The parcel left us on time. Here's what I can do to put it right: [what you can do], by [when]."],
    ],
  ])('"%s", a card of several findings, offers the better way', (sentence, expected) => {
    const [card] = pointsOf(sentence);
    expect(new Set([...card!.findings, ...(card!.also ?? [])].map((finding) => finding.ruleId)).size).toBeGreaterThan(
      1,
    );
    expect(rewrite(sentence)).toEqual(expected);
  });
});
