import { textMemo, whenTextMemosClear } from '@/lib/engine/text-memo';

// The draft is cut into paragraphs by several passes of one analysis (binary check, masking,
// quotes), and its lintable copy once more: the last two texts are kept, so each kind is found
// again on the next call.
let lastText = '';
let lastParagraphs: readonly string[] = [''];
let olderText = '';
let olderParagraphs: readonly string[] = [''];

/**
 * A draft as paragraphs: pieces that each end just after a blank line ("\n\n"), the last one
 * at the end of the text; joined, they are the text. While the agent types, one paragraph
 * changes and the others come back unchanged, so whole-text passes that never look across a
 * blank line (sentence splitting, straightening quotes) can remember each paragraph's result.
 * An unchanged paragraph is handed out as the same string as last time: the memos below then
 * know it by a pointer comparison instead of reading it again.
 */
export function paragraphsOf(text: string): readonly string[] {
  if (text === lastText) return lastParagraphs;
  if (text === olderText) {
    [olderText, olderParagraphs, lastText, lastParagraphs] = [lastText, lastParagraphs, olderText, olderParagraphs];
    return lastParagraphs;
  }
  // The older text is, in one analysis's order of calls, the previous version of this one.
  const paragraphs = sameAsBefore(cut(text), olderParagraphs);
  olderText = lastText;
  olderParagraphs = lastParagraphs;
  lastText = text;
  lastParagraphs = paragraphs;
  return paragraphs;
}

/**
 * Tells paragraphsOf the paragraphs of a text that was built from them (each but the last
 * ends with its blank line, as cut() would end it), so it need not cut and compare that text.
 */
export function knownParagraphs(text: string, paragraphs: readonly string[]): void {
  olderText = lastText;
  olderParagraphs = lastParagraphs;
  lastText = text;
  lastParagraphs = paragraphs;
}

/** `paragraphs`, each replaced by the equal string of `before` (in place, or shifted by the count added). */
function sameAsBefore(paragraphs: string[], before: readonly string[]): string[] {
  const shift = before.length - paragraphs.length;
  for (let index = 0; index < paragraphs.length; index++) {
    const paragraph = paragraphs[index]!;
    if (before[index] === paragraph) paragraphs[index] = before[index]!;
    else if (before[index + shift] === paragraph) paragraphs[index] = before[index + shift]!;
  }
  return paragraphs;
}

function cut(text: string): string[] {
  const paragraphs: string[] = [];
  for (let from = 0; ;) {
    const gap = text.indexOf('\n\n', from);
    if (gap === -1) {
      paragraphs.push(from === 0 ? text : text.slice(from));
      return paragraphs;
    }
    paragraphs.push(text.slice(from, gap + 2));
    from = gap + 2;
  }
}

// A paragraph longer than this (a pasted log) is worked out afresh: remembering it would cost about as much.
const MAX_REMEMBERED_PARAGRAPH = 4_000;

/**
 * `compute` of each paragraph, remembered by the paragraph's text. The previous call's
 * paragraphs are compared first, in place and shifted by the number added or removed: two
 * strings compare faster than a memo hashes one.
 */
export function paragraphMemo<V>(compute: (paragraph: string) => V): (paragraphs: readonly string[]) => V[] {
  const memo = textMemo<V>();
  let previousTexts: readonly string[] = [];
  let previousValues: V[] = [];
  whenTextMemosClear(() => {
    previousTexts = [];
    previousValues = [];
  });
  return (paragraphs) => {
    const shift = previousTexts.length - paragraphs.length;
    const values = paragraphs.map((paragraph, index) => {
      if (previousTexts[index] === paragraph) return previousValues[index]!;
      if (previousTexts[index + shift] === paragraph) return previousValues[index + shift]!;
      if (paragraph.length > MAX_REMEMBERED_PARAGRAPH) return compute(paragraph);
      let value = memo.get(paragraph);
      if (value === undefined) {
        value = compute(paragraph);
        memo.set(paragraph, value);
      }
      return value;
    });
    memo.keep(paragraphs, values, MAX_REMEMBERED_PARAGRAPH);
    previousTexts = paragraphs;
    previousValues = values;
    return values;
  };
}
