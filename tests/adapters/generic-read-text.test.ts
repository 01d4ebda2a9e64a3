// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { readEditableText } from '@/lib/adapters/generic';
import { readBlockText } from '@/lib/dom/read-block-text';

function html(markup: string): HTMLElement {
  const element = document.createElement('div');
  element.innerHTML = markup;
  return element;
}

describe('plain text with stable block newlines', () => {
  test.each([
    ['paragraphs become lines', '<p>One</p><p>Two</p>', 'One\nTwo'],
    ['br is a newline', 'One<br>Two', 'One\nTwo'],
    ['an empty paragraph is a blank line', '<p>Hi</p><p><br></p><p>Bye</p>', 'Hi\n\nBye'],
    ["CKEditor 5's filler br is a blank line", '<p>Hi</p><p><br data-cke-filler="true"></p><p>Bye</p>', 'Hi\n\nBye'],
    [
      "ProseMirror's trailing break adds nothing",
      '<p>Hi<br class="ProseMirror-trailingBreak"></p><p>Bye</p>',
      'Hi\nBye',
    ],
    ['source indentation collapses', '<div>\n    <p>  Hello\n   there  </p>\n</div>', 'Hello there'],
    ['inline elements join', '<p>Hel<b>lo</b> <i>you</i></p>', 'Hello you'],
    ['list items are lines', '<ul><li>a</li><li>b</li></ul>', 'a\nb'],
    ['pre keeps its spaces', '<pre>a  b\n c</pre>', 'a  b\n c'],
    [
      'scripts, styles and hidden nodes are not text',
      '<p>a<script>x()</script><style>p{}</style><span hidden>h</span></p>',
      'a',
    ],
    ['nested blocks do not double newlines', '<div><div><p>a</p></div></div><div><p>b</p></div>', 'a\nb'],
  ])('%s', (_name, markup, expected) => {
    expect(readBlockText(html(markup))).toBe(expected);
  });

  test('skips what the caller names, without touching the DOM', () => {
    const element = html('<p>Thanks!</p><div class="signature">Sam · Acme</div>');
    const before = element.innerHTML;
    expect(readBlockText(element, { skip: '.signature' })).toBe('Thanks!');
    expect(element.innerHTML).toBe(before);
  });
});

describe('reading a draft', () => {
  test('a textarea gives its value as typed', () => {
    const textarea = document.createElement('textarea');
    textarea.value = 'Line 1\n\n  Line 3';
    expect(readEditableText(textarea)).toBe('Line 1\n\n  Line 3');
  });

  test('editor UI inside the root is not part of the draft', () => {
    const root = html('<p>Text</p><div class="ck-widget__type-around"><div aria-hidden="true">↵</div></div>');
    expect(readEditableText(root)).toBe('Text');
  });
});
