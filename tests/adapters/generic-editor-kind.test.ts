// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import { editableRoot, editorKind } from '@/lib/adapters/generic';

/** Each editor's DOM shape as its library renders it (structure only: the editors do not run in unit tests). */
const EDITORS: [string, string][] = [
  [
    'ckeditor5',
    '<div class="ck ck-editor__main"><div class="ck ck-content ck-editor__editable" contenteditable="true"><p id="inner">x</p></div></div>',
  ],
  ['prosemirror', '<div class="ProseMirror" contenteditable="true"><p id="inner">x</p></div>'],
  [
    'slate',
    '<div data-slate-editor="true" contenteditable="true"><div data-slate-node="element"><span id="inner">x</span></div></div>',
  ],
  [
    'lexical',
    '<div data-lexical-editor="true" contenteditable="true"><p><span id="inner" data-lexical-text="true">x</span></p></div>',
  ],
  ['quill', '<div class="ql-container"><div class="ql-editor" contenteditable="true"><p id="inner">x</p></div></div>'],
  [
    'draftjs',
    '<div class="DraftEditor-root"><div class="public-DraftEditor-content" contenteditable="true"><div data-contents="true"><span id="inner">x</span></div></div></div>',
  ],
  [
    'froala',
    '<div class="fr-wrapper"><div class="fr-element fr-view" contenteditable="true"><p id="inner">x</p></div></div>',
  ],
  [
    'redactor',
    '<div class="redactor-box"><div class="redactor-editor" contenteditable="true"><p id="inner">x</p></div></div>',
  ],
  [
    'redactor',
    '<div class="redactor_box"><div class="redactor_redactor redactor_editor" contenteditable="true"><p id="inner">x</p></div></div>',
  ],
  [
    'summernote',
    '<div class="note-editor"><div class="note-editable" contenteditable="true"><p id="inner">x</p></div></div>',
  ],
  ['tinymce', '<div class="mce-content-body" contenteditable="true"><p id="inner">x</p></div>'],
  ['contenteditable', '<div contenteditable="true"><p id="inner">x</p></div>'],
  ['textarea', '<textarea id="inner">x</textarea>'],
  ['input', '<input id="inner" value="x">'],
];

describe('editor classification', () => {
  beforeEach(() => document.body.replaceChildren());

  test.each(EDITORS)('%s: classified from a node inside it', (kind, html) => {
    document.body.innerHTML = html;
    const root = editableRoot(document.getElementById('inner'));
    expect(root).not.toBeNull();
    expect(editorKind(root!)).toBe(kind);
  });

  test('TinyMCE iframe body (body#tinymce) is classified', () => {
    const doc = document.implementation.createHTMLDocument('tiny');
    doc.body.id = 'tinymce';
    doc.body.className = 'mce-content-body';
    doc.body.setAttribute('contenteditable', 'true');
    expect(editorKind(editableRoot(doc.body)!)).toBe('tinymce');
  });

  test('a nested editable inside a non-editable widget resolves to the outer editor', () => {
    document.body.innerHTML =
      '<div class="ck-editor__editable" contenteditable="true"><figure contenteditable="false"><figcaption id="cap" contenteditable="true">c</figcaption></figure></div>';
    const root = editableRoot(document.getElementById('cap'));
    expect(root?.classList.contains('ck-editor__editable')).toBe(true);
  });

  test('non-editable nodes, read-only fields and contenteditable="false" are not editables', () => {
    document.body.innerHTML =
      '<p id="plain">x</p><textarea id="ro" readonly></textarea><input id="cb" type="checkbox"><div contenteditable="false"><span id="off">x</span></div>';
    for (const id of ['plain', 'ro', 'cb', 'off']) expect(editableRoot(document.getElementById(id)), id).toBeNull();
  });
});
