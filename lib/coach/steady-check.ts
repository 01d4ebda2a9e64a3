import type { ChecklistItem } from '@/lib/engine/types';
import { LONG_PAUSE_MS, TYPING_PAUSE_MS } from '@/lib/coach/sentence-around';

/** The pre-send check on screen, and where the agent last typed (the caret, as far as the draft shows it). */
export interface ShownCheck {
  items: ChecklistItem[];
  draft: string;
  caret: number;
}

/** What the last edit put in `after` (empty for a deletion): from where it starts to the caret after it. */
function lastEdit(before: string, after: string): { start: number; caret: number } {
  const shorter = Math.min(before.length, after.length);
  let same = 0;
  while (same < shorter && before.charCodeAt(same) === after.charCodeAt(same)) same++;
  let tail = 0;
  while (
    tail < shorter - same &&
    before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)
  )
    tail++;
  return { start: same, caret: after.length - tail };
}

// Just past a finished sentence: its end mark (with closing quotes) or a line break, then only spaces.
const SENTENCE_JUST_ENDED = /(?:[.!?]["')\]\u201d\u2019]*|\n)[ \t]*$/;
const WHOLE_SENTENCE = /[.!?]["')\]\u201d\u2019]*\s+\S|\n\s*\S/;
const WORD_BEFORE = /[\p{L}\p{N}'\u2019-]$/u;

/**
 * The check follows the cards' rhythm (issue 14; QA qa7: it changed 48 times while a good reply
 * was typed, quoting "I've refunded the seco" and flipping a row's label mid-sentence). What the
 * agent is still typing (the sentence at the caret while keys arrive) does not change it: it is
 * taken afresh when a sentence has just ended at the caret, or at a typing pause that does not
 * leave a word half typed (a long rest takes it whatever), or when a sentence or more arrives at once. Otherwise the check on screen stays.
 */
export function steadyCheck(
  live: ChecklistItem[],
  shown: ShownCheck | null,
  draft: string,
  idleMs: number,
): ShownCheck | null {
  if (draft.trim() === '') return null;
  const edit = shown && shown.draft !== draft ? lastEdit(shown.draft, draft) : undefined;
  const caret = edit?.caret ?? shown?.caret ?? draft.length;
  const before = draft.slice(Math.max(0, caret - 12), caret);
  const settled =
    !shown ||
    idleMs >= LONG_PAUSE_MS ||
    // A sentence or more at once (a paste, a copied rewrite) is not being typed.
    (edit !== undefined && WHOLE_SENTENCE.test(draft.slice(edit.start, edit.caret))) ||
    (idleMs >= TYPING_PAUSE_MS && !WORD_BEFORE.test(before)) ||
    SENTENCE_JUST_ENDED.test(before);
  return { items: settled ? live : shown.items, draft, caret };
}
