import { readBlockText } from '@/lib/dom/read-block-text';

/**
 * UI that editors draw inside their root and hide from assistive tech or mark
 * as their own (CKEditor 5 widget handles, ProseMirror's gap cursor); not part of the draft.
 */
const EDITOR_UI = '[aria-hidden="true"], .ck-widget__type-around, .ck-widget__selection-handle, .ProseMirror-gapcursor';

/**
 * The draft in an editor, read without writing: `value` for form fields, block
 * text of the editable root otherwise (every editor we know keeps its document
 * in the DOM; helpdesks.md, "Reading a draft is easy").
 */
export function readEditableText(editable: Element): string {
  // CKEditor 4's placeholder plugin (confighelper, used by Request Tracker 5) writes the hint
  // ("Type your message here") into the empty editor and marks it `placeholder`; it is no draft.
  if (editable.matches('.cke_editable.placeholder')) return '';
  if (editable.tagName === 'TEXTAREA' || editable.tagName === 'INPUT') {
    return (editable as HTMLTextAreaElement | HTMLInputElement).value;
  }
  return readBlockText(editable, { skip: EDITOR_UI });
}
