import { describe, expect, it } from 'vitest';
import { suggestKind } from '@/lib/journal/suggest-kind';

describe('a new win’s kind suggested from its words', () => {
  it.each([
    ['Calmed an angry customer about the double charge', 'save'],
    ['Customer said they won’t cancel after all', 'save'],
    ['Priya praised the fast fix in her review', 'compliment'],
    ['Dana thanked me for sorting the refund', 'thank-you'],
    ['Sam from billing helped me with the outage', 'teamwork'],
    ['Learned how RT merges tickets', 'learned'],
    ['Talked a customer through a refund that had them in tears; they stayed.', 'save'],
    ['Stayed late to get the order out', 'above-and-beyond'],
  ] as const)('“%s” → %s', (text, kind) => {
    expect(suggestKind(text)).toBe(kind);
  });

  it('suggests nothing, rather than a compliment, when the words do not say', () => {
    expect(suggestKind('Ticket 4821')).toBeNull();
    expect(suggestKind('')).toBeNull();
  });
});
