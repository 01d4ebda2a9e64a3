import { describe, expect, test } from 'vitest';
import { withoutReplyHistory } from '@/lib/dom/reply-history';

describe('withoutReplyHistory', () => {
  test('cuts at an "On … wrote:" header', () => {
    expect(
      withoutReplyHistory('Still broken.\n\nOn Mon, 5 May 2025 at 10:12, Sam <rt@vm> wrote:\n> Hi\n> Try again'),
    ).toBe('Still broken.');
  });

  test('cuts at a header a mail client wrapped over two lines', () => {
    expect(
      withoutReplyHistory('Thanks!\nOn Tue, 3 Mar 2026 at 09:00, Joy Example\n<joy@example.com> wrote:\n> old'),
    ).toBe('Thanks!');
  });

  test('drops a closing block of quoted lines without a header', () => {
    expect(withoutReplyHistory('Agreed, go ahead.\n> Shall we refund it?\n> Sam')).toBe('Agreed, go ahead.');
  });

  test('keeps quotes the customer answers in between', () => {
    const inline = '> Which plan?\nThe yearly one.\n> Since when?\nLast week.';
    expect(withoutReplyHistory(inline)).toBe(inline);
  });

  test('keeps a sentence that only starts like a header', () => {
    expect(withoutReplyHistory('On Monday the export failed again.\nIt said: timeout')).toBe(
      'On Monday the export failed again.\nIt said: timeout',
    );
  });
});
