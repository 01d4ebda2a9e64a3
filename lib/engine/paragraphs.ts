import { textMemo, whenTextMemosClear } from '@/lib/engine/text-memo';

// The draft is cut into paragraphs by several passes of one analysis (binary check, masking, quotes).
let lastText = '';
let lastParagraphs: readonly string[] = [''];

/**
 * A draft as paragraphs: pieces that each end just after a blank line ("\n\n"), the last one
 * at the end of the text; joined, they are the text. While the agent types, one paragraph
 * changes and the others come back unchanged, so whole-text passes that never look across a
 * blank line (sentence splitting, straightening quotes) can remember each paragraph's result.
 */
export function paragraphsOf(text: string): readonly string[] {
  if (text === lastText) return lastParagraphs;
  if (text !== olderText) {
    // Two calls ago was the same kind of text (one analysis alternates between the draft and its lintable text).
    olderParagraphs = reused(cut(text), olderParagraphs);
  }
  [olderText, olderParagraphs, lastText, lastParagraphs] = [lastText, lastParagraphs, text, olderParagraphs];
  return lastParagraphs;
}
let olderText = '';
let olderParagraphs: readonly string[] = [''];
// A draft never seen (the cold benchmark) is cut afresh too.
whenTextMemosClear(() => {
  lastText = olderText = '';
  lastParagraphs = olderParagraphs = [''];
});

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

/**
 * Each paragraph equal to one of `before` (in place, or moved by the number of paragraphs
 * added or removed) replaced by that string object: the paragraph memos then find it
 * unchanged by identity, where an equal new string is compared character by character in each.
 */
function reused(paragraphs: string[], before: readonly string[]): string[] {
  const shift = before.length - paragraphs.length;
  for (let index = 0; index < paragraphs.length; index++) {
    const paragraph = paragraphs[index]!;
    if (before[index] === paragraph) paragraphs[index] = before[index]!;
    else if (before[index + shift] === paragraph) paragraphs[index] = before[index + shift]!;
  }
  return paragraphs;
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
  const valueOf = (paragraph: string): V => {
    if (paragraph.length > MAX_REMEMBERED_PARAGRAPH) return compute(paragraph);
    let value = memo.get(paragraph);
    if (value === undefined) {
      value = compute(paragraph);
      memo.set(paragraph, value);
    }
    return value;
  };
  return (paragraphs) => {
    // Asked again for the same paragraphs (several passes of one analysis): the same values.
    if (paragraphs === previousTexts) return previousValues;
    const shift = previousTexts.length - paragraphs.length;
    const values: V[] = [];
    for (let index = 0; index < paragraphs.length; index++) {
      const paragraph = paragraphs[index]!;
      if (previousTexts[index] === paragraph) values.push(previousValues[index]!);
      else if (previousTexts[index + shift] === paragraph) values.push(previousValues[index + shift]!);
      else values.push(valueOf(paragraph));
    }
    previousTexts = paragraphs;
    previousValues = values;
    return values;
  };
}
