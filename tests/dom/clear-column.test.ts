// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { clearSpanInColumn, formControlBoxes } from '@/lib/dom/clear-column';

// RT's reply page at 1366 × 768 (walk 2026-12-07 #7, item 2): the panel's column is 1018–1338;
// Update Type, Status, Owner and Worked sit in it from 180 to 320; below them the page is empty.
const COLUMN = { left: 1018, right: 1338 };
const SPAN = { top: 86, bottom: 768 };
const CONTROLS = [180, 216, 253, 289].map((top) => ({ left: 942, top, right: 1290, bottom: top + 30 }));

describe('the open panel’s stretch of its column clear of the page’s controls', () => {
  it('is the empty page under RT’s side box, not over its fields', () => {
    expect(clearSpanInColumn(COLUMN, SPAN, CONTROLS)).toEqual({ top: 327, bottom: 768 });
  });

  it('ignores what lies outside the column (the reply box to its left)', () => {
    const reply = { left: 45, top: 367, right: 747, bottom: 667 };
    expect(clearSpanInColumn(COLUMN, SPAN, [reply, null])).toEqual(SPAN);
  });

  it('is empty when controls fill the column from top to bottom', () => {
    const rows = Array.from({ length: 20 }, (_, i) => ({
      left: 1000,
      top: 80 + i * 36,
      right: 1300,
      bottom: 110 + i * 36,
    }));
    const clear = clearSpanInColumn(COLUMN, SPAN, rows);
    expect(clear.bottom - clear.top).toBeLessThan(30);
  });
});

describe('the page’s form controls on screen', () => {
  it('counts fields and buttons, not hidden inputs nor the sidebar’s own', () => {
    document.body.innerHTML = `<input id="a"><input type="hidden"><button id="b">Save</button><div id="ours"><button>x</button></div>`;
    const boxes = new Map([
      ['a', { left: 0, top: 10, right: 100, bottom: 30 }],
      ['b', { left: 0, top: 40, right: 60, bottom: 60 }],
    ]);
    for (const element of document.querySelectorAll<HTMLElement>('input, button'))
      element.getBoundingClientRect = () => {
        const box = boxes.get(element.id) ?? { left: 0, top: 70, right: 50, bottom: 90 };
        return {
          ...box,
          width: box.right - box.left,
          height: box.bottom - box.top,
          x: box.left,
          y: box.top,
        } as DOMRect;
      };
    (document.querySelector('input[type=hidden]') as HTMLElement).getBoundingClientRect = () => new DOMRect(0, 0, 0, 0);
    expect(formControlBoxes(document.getElementById('ours')!).map((box) => box.top)).toEqual([10, 40]);
  });
});
