import { readEditableText } from '@/lib/dom/read-editable-text';
import { settleTimer } from '@/lib/dom/settle-timer';

const DRAFT_SETTLE_MS = 120;

/**
 * Reads one reply box's draft as the agent types, without ever writing to it.
 * Per keystroke only a time is noted; the editor's DOM is read once typing
 * settles. Torn down with the signal, so listeners never pile up across tickets.
 */
export function readDraft(
  composer: HTMLElement,
  onDraft: (draft: string) => void,
  onCaretLeft: (range: Range | undefined) => void,
  signal: AbortSignal,
): void {
  const settled = settleTimer(DRAFT_SETTLE_MS, () => onDraft(readEditableText(composer)));
  // One listener per keystroke, not two: each call into our world costs the page tens of
  // microseconds (bench trace). A text field's value changes without DOM mutations, so it
  // is heard through input events; a rich editor's every change, typed or not (CKEditor 5
  // renders without input events), shows as a mutation.
  const isTextField = composer.localName === 'textarea' || composer.localName === 'input';
  let mutations: MutationObserver | undefined;
  if (isTextField) composer.addEventListener('input', settled.poke, { signal, passive: true });
  else {
    // Also for an editor in a same-origin iframe (CKEditor 4): one observer sees both documents.
    mutations = new MutationObserver(settled.poke);
    mutations.observe(composer, { childList: true, subtree: true, characterData: true });
  }
  // Only read here: the range is copied so Esc in the sidebar can return the agent to the same spot.
  composer.addEventListener(
    'focusout',
    () => {
      const selection = composer.ownerDocument.getSelection();
      const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : undefined;
      onCaretLeft(range && composer.contains(range.startContainer) ? range.cloneRange() : undefined);
    },
    { signal },
  );
  signal.addEventListener(
    'abort',
    () => {
      mutations?.disconnect();
      settled.cancel();
    },
    { once: true },
  );
  onDraft(readEditableText(composer));
}
