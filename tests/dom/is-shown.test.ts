// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { isShown } from '@/lib/dom/is-shown';

describe('isShown', () => {
  const shown = (html: string, style = '') => {
    document.head.innerHTML = `<style>${style}</style>`;
    document.body.innerHTML = html;
    return isShown(document.getElementById('target')!);
  };

  test('a plain element is shown', () => {
    expect(shown('<div><p id="target">Hello</p></div>')).toBe(true);
  });

  test.each([
    ['the hidden attribute on an ancestor', '<div hidden><p id="target">x</p></div>', ''],
    ['aria-hidden on an ancestor', '<div aria-hidden="true"><p id="target">x</p></div>', ''],
    ['inert on an ancestor', '<div inert><p id="target">x</p></div>', ''],
    [
      'display:none on an ancestor from a stylesheet',
      '<div class="hidden"><p id="target">x</p></div>',
      '.hidden{display:none}',
    ],
    ['display:none on the element itself', '<p id="target" style="display:none">x</p>', ''],
    ['visibility:hidden inherited from an ancestor', '<div style="visibility:hidden"><p id="target">x</p></div>', ''],
  ])('%s hides it', (_case, html, style) => {
    expect(shown(html, style)).toBe(false);
  });

  test('a detached element is not shown', () => {
    expect(isShown(document.createElement('p'))).toBe(false);
  });
});
