// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { topChromeBottom } from '@/lib/dom/top-chrome';

/** A page whose boxes are given, and whose hit test answers from them (happy-dom lays nothing out). */
function pageWith(html: string, boxes: Record<string, { top: number; bottom: number }>) {
  document.body.innerHTML = html;
  const placed = Object.entries(boxes).map(([id, box]) => {
    const element = document.getElementById(id)!;
    vi.spyOn(element, 'getBoundingClientRect').mockReturnValue(new DOMRect(0, box.top, 1024, box.bottom - box.top));
    return { element, ...box };
  });
  // happy-dom has no hit test at all: this one answers from the boxes above, topmost first.
  Object.defineProperty(document, 'elementsFromPoint', {
    configurable: true,
    value: (_x: number, y: number) =>
      placed
        .filter((item) => item.top <= y && y < item.bottom)
        .map((item) => item.element)
        .reverse(),
  });
  vi.spyOn(document.documentElement, 'clientHeight', 'get').mockReturnValue(768);
}
const ours = () => document.createElement('heartdesk-sidebar');

afterEach(() => {
  vi.restoreAllMocks();
  delete (document as Partial<Document>).elementsFromPoint;
});

describe('topChromeBottom', () => {
  it('ends below both of RT’s menu rows, across the small gap between them', () => {
    // Like RT 5: the main menu with its search box (0–34), the tab row (40–70), then the page.
    pageWith(
      `<div id="menu"><input id="search"></div><ul><li><a id="tab" href="#">History</a></li></ul>
       <div id="page"><p id="text">The Basics</p><button id="gear">⚙</button></div>`,
      {
        menu: { top: 0, bottom: 34 },
        search: { top: 4, bottom: 30 },
        tab: { top: 40, bottom: 70 },
        page: { top: 76, bottom: 700 },
        text: { top: 100, bottom: 130 },
        gear: { top: 114, bottom: 134 },
      },
    );
    expect(topChromeBottom(676, 996, ours())).toBe(70);
  });

  it('is 0 where the top of the column holds nothing to click', () => {
    pageWith(`<div id="page"><h1 id="title">Order never arrived</h1></div>`, {
      page: { top: 0, bottom: 768 },
      title: { top: 20, bottom: 50 },
    });
    expect(topChromeBottom(676, 996, ours())).toBe(0);
  });

  it('never takes more than a quarter of the window as top bars', () => {
    pageWith(`<nav id="tall"><a id="link" href="#">Everything</a></nav>`, {
      tall: { top: 0, bottom: 600 },
      link: { top: 0, bottom: 600 },
    });
    expect(topChromeBottom(676, 996, ours())).toBe(0);
  });
});
