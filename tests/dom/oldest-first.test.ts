// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { oldestFirst } from '@/lib/dom/oldest-first';

const blocks = (html: string) => {
  document.body.innerHTML = html;
  return [...document.body.children];
};
const ids = (elements: Element[]) => elements.map((element) => element.id || element.textContent);

describe('oldestFirst', () => {
  test('turns round a thread whose ids only fall (FreeScout lists newest first)', () => {
    expect(
      ids(oldestFirst(blocks('<div id="thread-9051"></div><div id="thread-9032"></div><div id="thread-9027"></div>'))),
    ).toEqual(['thread-9027', 'thread-9032', 'thread-9051']);
  });

  test('keeps a thread whose ids grow', () => {
    expect(ids(oldestFirst(blocks('<div id="entry-1"></div><div id="entry-2"></div>')))).toEqual([
      'entry-1',
      'entry-2',
    ]);
  });

  test('orders by <time datetime> when every block has one', () => {
    const html =
      '<div>b<time datetime="2026-04-03T08:00:00Z"></time></div><div>a<time datetime="2026-04-02T08:00:00Z"></time></div>';
    expect(ids(oldestFirst(blocks(html)))).toEqual(['a', 'b']);
  });

  test('keeps page order when a block has no mark or the marks do not only fall', () => {
    expect(ids(oldestFirst(blocks('<div id="m-3"></div><div>x</div><div id="m-1"></div>')))).toEqual([
      'm-3',
      'x',
      'm-1',
    ]);
    expect(ids(oldestFirst(blocks('<div id="m-3"></div><div id="m-5"></div><div id="m-1"></div>')))).toEqual([
      'm-3',
      'm-5',
      'm-1',
    ]);
  });
});
