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
  lastText = text;
  lastParagraphs = cut(text);
  return lastParagraphs;
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
    previousTexts = paragraphs;
    previousValues = values;
    return values;
  };
}
