// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { editorOf, messageBlockOf } from '@/lib/dom/element-picker';

describe('what the picker snaps to', () => {
  test('a word or an icon inside a message is taken for the whole message block', () => {
    document.body.innerHTML =
      '<div class="msg"><p><b id="word">Refund</b> me the second charge please, today.</p><i id="icon"></i></div>';
    expect(messageBlockOf(document.getElementById('word')!)?.localName).toBe('p');
    expect(messageBlockOf(document.getElementById('icon')!)?.className).toBe('msg');
  });

  test('nothing when the pointer is on the page itself', () => {
    expect(messageBlockOf(document.body)).toBeNull();
  });

  test('the editor the pointer is in, or the one its wrapper holds', () => {
    document.body.innerHTML =
      '<div class="wrap"><div id="ed" contenteditable="true"><p id="line">Hi</p></div></div><div id="plain"><textarea></textarea></div>';
    expect(editorOf(document.getElementById('line')!)?.id).toBe('ed');
    expect(editorOf(document.querySelector('.wrap')!)?.id).toBe('ed');
    expect(editorOf(document.getElementById('plain')!)?.localName).toBe('textarea');
  });
});
