import { describe, expect, it } from 'vitest';
import { play } from '@/tests/coach/scenario-harness';

/**
 * A win is a thank-you for help received (walk 2026-12-07, item 5): "Thanks! But where do I find
 * the invoice?" was offered as one. Played through the real classifier and coach: the sidebar
 * offers the thank-you (observed.thanks) or does not.
 */
function offered(message: string): boolean {
  const [moment] = play([{ draft: '' }], { generation: 0, customer: [message] });
  return moment!.observed.thanks !== null;
}

const WINS = [
  'Thank you so much, that fixed it!',
  'That worked! Thank you so much for sorting this out so quickly, really appreciate it.',
  'Thank you for your help, it works now. Have a nice day!',
  // Help received, then a new question: the thanks is still for help received.
  'Thank you, that worked. One more question: can I export to CSV?',
  // Near misses of the "open problem" words: a problem that is gone.
  'Thanks, it doesn’t crash anymore. You’re a star.',
  'Thanks a lot, the parcel arrived this morning.',
  // Near misses of a request: nothing asked of the agent.
  'Thank you so much! Please pass my thanks to the whole team.',
  'I’d like to thank you, the new headset is perfect.',
  'That worked, thanks! Please close the ticket.',
];

const NOT_WINS: Array<[message: string, why: string]> = [
  ['Thanks! But where do I find the invoice?', 'a confused question wrapped in thanks (the walk’s example)'],
  ['Thanks! Where do I find the invoice?', 'the same without "but"'],
  ['Thanks, but I still don’t understand how to export.', 'still confused'],
  ['Thanks for the quick reply. The app still crashes when I open it though.', 'the problem still stands'],
  ['Thanks for looking into this. My order hasn’t arrived.', 'thanks for looking, nothing found yet'],
  ['Hi, can you tell me where the invoice is? Thanks!', 'thanks ahead of the answer'],
  ['Appreciate any help you can give.', 'thanks in advance, in other words'],
  [
    'Hi, please cancel my subscription before it renews next month. Thanks, Amira',
    'a request signed off with thanks (RT walk: offered as a win)',
  ],
  ['Could you send me a copy of the invoice. Thank you!', 'a request with no question mark'],
  ['I would like to return the lamp. Thanks, Ines', 'a request in other words'],
];

describe('the sidebar offers a thank-you as a win only when it thanks for help received', () => {
  it.each(WINS)('offers "%s"', (message) => {
    expect(offered(message)).toBe(true);
  });
  it.each(NOT_WINS)('does not offer "%s" (%s)', (message) => {
    expect(offered(message)).toBe(false);
  });
});
