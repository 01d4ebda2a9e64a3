// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { deepActiveElement, focusedEditable, trackFocusedEditable } from '@/lib/dom/focused-editable';

const controller = { current: new AbortController() };
afterEach(() => {
  controller.current.abort();
  controller.current = new AbortController();
  document.body.replaceChildren();
});

function track(): HTMLElement[] {
  const seen: HTMLElement[] = [];
  trackFocusedEditable(document, (editable) => seen.push(editable), controller.current.signal);
  return seen;
}

describe('tracking the focused editable', () => {
  test('light DOM: a focused paragraph inside an editor reports the editor root', () => {
    document.body.innerHTML = '<div class="ProseMirror" contenteditable="true"><p tabindex="-1" id="p">x</p></div>';
    const seen = track();
    document.getElementById('p')!.focus();
    expect(seen.at(-1)?.className).toBe('ProseMirror');
  });

  test('open shadow root: the composed path reaches the inner editable', () => {
    document.body.innerHTML = '<div id="host"></div>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    const editor = document.createElement('div');
    editor.setAttribute('contenteditable', 'true');
    shadow.append(editor);
    const seen = track();
    editor.focus();
    expect(seen.at(-1)).toBe(editor);
    expect(deepActiveElement(document)).toBe(editor);
    expect(focusedEditable(document)).toBe(editor);
  });

  test('same-origin iframe (TinyMCE-like srcdoc): focus inside it is reported', () => {
    document.body.innerHTML =
      '<iframe srcdoc="<body id=&quot;tinymce&quot; class=&quot;mce-content-body&quot; contenteditable=&quot;true&quot;><p>Hi</p></body>"></iframe>';
    const frameDocument = document.querySelector('iframe')!.contentDocument!;
    const seen = track();
    frameDocument.body.focus();
    expect(seen.at(-1)).toBe(frameDocument.body);
  });

  test('deepActiveElement follows an iframe that holds focus into its document', () => {
    document.body.innerHTML = '<iframe srcdoc="<textarea></textarea>"></iframe>';
    const frame = document.querySelector('iframe')!;
    const textarea = frame.contentDocument!.querySelector('textarea')!;
    textarea.focus();
    // happy-dom leaves the parent's activeElement on <body> (browsers report the iframe), so
    // the browser's answer is supplied here to exercise the traversal.
    Object.defineProperty(document, 'activeElement', { configurable: true, get: () => frame });
    try {
      expect(deepActiveElement(document)).toBe(textarea);
    } finally {
      delete (document as { activeElement?: unknown }).activeElement;
    }
  });

  test('focus leaving for a button keeps the last editable; aborting stops tracking', () => {
    document.body.innerHTML = '<textarea id="t"></textarea><button id="b">x</button><textarea id="u"></textarea>';
    const seen = track();
    document.getElementById('t')!.focus();
    document.getElementById('b')!.focus();
    expect(seen.map((element) => element.id)).toEqual(['t']);
    controller.current.abort();
    document.getElementById('u')!.focus();
    expect(seen.map((element) => element.id)).toEqual(['t']);
  });
});
