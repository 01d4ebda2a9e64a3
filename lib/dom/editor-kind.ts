/**
 * Which editor library owns an editable root. The coach only reads, but the
 * kind tells the content script how the editor behaves (e.g. CKEditor 5 changes
 * the DOM without `input` events, so it must be observed) and shows in the
 * options page's health check. Tests follow Briskine's classifier
 * (helpdesks.md, "Editor classification") plus the editors product.md names.
 */
export type EditorKind =
  | 'textarea'
  | 'input'
  | 'ckeditor4'
  | 'ckeditor5'
  | 'prosemirror'
  | 'slate'
  | 'lexical'
  | 'quill'
  | 'draftjs'
  | 'froala'
  | 'redactor'
  | 'summernote'
  | 'tinymce'
  | 'contenteditable';

/** Ordered: the first test that matches the root (or, for wrappers, its container) wins. */
const KIND_TESTS: readonly (readonly [
  Exclude<EditorKind, 'textarea' | 'input' | 'contenteditable'>,
  (root: Element) => boolean,
])[] = [
  // CKEditor 4 edits a `body.cke_editable` inside its iframe (Request Tracker 5, read from a running
  // instance), or an inline `div.cke_editable`.
  ['ckeditor4', (root) => root.matches('.cke_editable')],
  ['ckeditor5', (root) => root.matches('.ck-editor__editable')],
  ['prosemirror', (root) => root.matches('.ProseMirror')],
  ['slate', (root) => root.hasAttribute('data-slate-editor')],
  ['lexical', (root) => root.hasAttribute('data-lexical-editor')],
  ['quill', (root) => root.matches('.ql-editor')],
  // Draft.js: the editable div holds `[data-contents]`, inside `.DraftEditor-root`.
  [
    'draftjs',
    (root) => root.closest('.DraftEditor-root') !== null || root.querySelector(':scope > [data-contents]') !== null,
  ],
  ['froala', (root) => root.matches('.fr-element')],
  // Redactor 3 uses a dash, Redactor 1–2 (old Help Scout UI) an underscore.
  ['redactor', (root) => root.matches('.redactor-editor, .redactor_editor, .redactor-styles')],
  ['summernote', (root) => root.matches('.note-editable')],
  // TinyMCE iframe mode: the iframe's body is `body#tinymce.mce-content-body`; inline mode keeps the class.
  ['tinymce', (root) => root.matches('#tinymce, .mce-content-body')],
];

export function editorKind(root: Element): EditorKind {
  if (root.tagName === 'TEXTAREA') return 'textarea';
  if (root.tagName === 'INPUT') return 'input';
  for (const [kind, test] of KIND_TESTS) if (test(root)) return kind;
  return 'contenteditable';
}
