// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { clearanceFor, placeSelector } from '@/lib/dom/fixed-bar-clearance';

// A 1280 px viewport with a 320 px sidebar: the strip starts at x = 960.
const STRIP = 960;

describe('clearanceFor', () => {
  it("slides RT's pinned page menu (x 581…1280) left by exactly the overlap", () => {
    expect(clearanceFor({ left: 581, right: 1280, width: 699, height: 26 }, STRIP)).toBe(
      'translate: -320px 0 !important;',
    );
  });

  it('slides a small "back to top" button at right: 20px just clear of the sidebar', () => {
    expect(clearanceFor({ left: 1220, right: 1260, width: 40, height: 40 }, STRIP)).toBe(
      'translate: -300px 0 !important;',
    );
  });

  it('narrows a full-width bar to end at the sidebar, keeping its left part on screen', () => {
    expect(clearanceFor({ left: 0, right: 1280, width: 1280, height: 50 }, STRIP)).toBe(
      'max-width: 960px !important; box-sizing: border-box !important;',
    );
  });

  it('leaves bars that are clear already, and boxes the page does not draw', () => {
    expect(clearanceFor({ left: 0, right: 960, width: 960, height: 50 }, STRIP)).toBeNull();
    expect(clearanceFor({ left: 1000, right: 1000, width: 0, height: 0 }, STRIP)).toBeNull();
  });
});

describe('placeSelector', () => {
  it('names the element by its place under <body> and its current classes, and matches it alone', () => {
    document.body.innerHTML =
      '<div id="header"></div><div><ul class="page-menu"></ul><ul class="page-menu pinned" id="page-menu"></ul></div>';
    const menu = document.querySelector('#page-menu')!;
    const selector = placeSelector(menu)!;
    expect(selector).toBe('body > div:nth-child(2) > ul:nth-child(2).page-menu.pinned');
    expect([...document.querySelectorAll(selector)]).toEqual([menu]);
  });

  it('stops matching once the page takes the class away (RT unpins its menu)', () => {
    document.body.innerHTML = '<ul class="page-menu pinned"></ul>';
    const menu = document.querySelector('ul')!;
    const selector = placeSelector(menu)!;
    menu.classList.remove('pinned');
    expect(document.querySelector(selector)).toBeNull();
  });

  it('has nothing for elements outside <body>', () => {
    expect(placeSelector(document.documentElement)).toBeNull();
    expect(placeSelector(document.body)).toBeNull();
  });
});
