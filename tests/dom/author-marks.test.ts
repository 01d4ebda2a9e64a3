// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { authorsOf, customerBlocks } from '@/lib/dom/author-marks';

const blocks = (html: string) => {
  document.body.innerHTML = html;
  return [...document.body.children];
};

describe('author marks', () => {
  test('reads customer and staff from the classes that tell blocks apart', () => {
    expect(
      authorsOf(
        blocks(
          '<div class="thread thread-type-customer"></div><div class="thread thread-type-message"></div><div class="thread thread-type-note"></div>',
        ),
      ),
    ).toEqual(['customer', 'unknown', 'staff']);
  });

  test('ignores a marker word every block shares', () => {
    // "note" in a shared wrapper class says nothing about who wrote each block.
    expect(
      authorsOf(blocks('<div class="note-card"><i class="a"></i></div><div class="note-card"><i class="b"></i></div>')),
    ).toEqual(['unknown', 'unknown']);
  });

  test("keeps the unmarked blocks when only the staff's are marked (osTicket response/note)", () => {
    const list = blocks(
      '<div class="entry message">a</div><div class="entry response">b</div><div class="entry note">c</div>',
    );
    expect(customerBlocks(list).map((block) => block.textContent)).toEqual(['a']);
  });

  test('keeps only marked customer blocks when some are marked', () => {
    const list = blocks(
      '<div data-direction="incoming">a</div><div data-direction="outgoing">b</div><div data-direction="other">c</div>',
    );
    expect(customerBlocks(list).map((block) => block.textContent)).toEqual(['a']);
  });
});
