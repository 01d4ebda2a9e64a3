import { readBlockText } from './read-block-text';

/**
 * The draft in an editor, read without writing: `value` for form fields, block
 * text of the editable root otherwise (every editor we know keeps its document
 * in the DOM; helpdesks.md, "Reading a draft is easy").
 */
export function readEditableText(editable: Element): string {
  if (editable.tagName === 'TEXTAREA' || editable.tagName === 'INPUT') {
    return (editable as HTMLTextAreaElement | HTMLInputElement).value;
  }
  // Editors draw their own UI inside the root (widget handles, fake selection
  // containers) and hide it from assistive tech; it is not part of the draft.
  return readBlockText(editable, { skip: '[aria-hidden="true"]' });
}
