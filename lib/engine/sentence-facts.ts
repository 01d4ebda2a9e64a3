import type { Sentence } from '@/lib/engine/sentences';
import { textMemo, whenTextMemosClear } from '@/lib/engine/text-memo';
import { hasMatch, scansWords, wordScannerOf } from '@/lib/engine/word-scan';

/**
 * What rules work out about one sentence (its pattern matches, its anchor words), kept
 * between analyze() calls and keyed by the sentence's text. The sidebar re-analyses the
 * draft on every pause in typing and a keystroke changes one sentence, so the others come
 * back from here instead of being scanned again. Only results that depend on the text
 * alone are kept, so a remembered result is exactly what a fresh scan would give.
 *
 * Each sentence costs one lookup per call (in buildContext); a rule's result is then an
 * array read by slot number.
 */
export interface SentenceFacts {
  /** Ids of the anchor words in the sentence, and how many anchors were declared then (word-index.ts). */
  anchors: readonly number[] | null;
  anchorsKnown: number;
  /** Results that depend on this sentence's text only, by slot (see sentenceMemo). */
  readonly own: unknown[];
  /**
   * Results that also depend on the next sentence, by that sentence's facts (null: last
   * sentence), then by slot. Created on first use: most sentences never need one.
   */
  withNext: Map<SentenceFacts | null, unknown[]> | null;
}

const memo = textMemo<SentenceFacts>();

export function factsOf(text: string): SentenceFacts {
  let facts = memo.get(text);
  if (!facts) {
    // Sized for every slot declared so far, so filling it does not grow it step by step.
    facts = { anchors: null, anchorsKnown: 0, own: new Array<unknown>(slots), withNext: null };
    memo.set(text, facts);
  }
  return facts;
}

// The previous call's sentences: while the agent types, all but one sentence are unchanged
// and in place (or moved by the number of sentences added before them), and comparing two
// strings is cheaper than hashing every sentence for the memo again.
let previousTexts: string[] = [];
let previousFacts: SentenceFacts[] = [];
whenTextMemosClear(() => {
  previousTexts = [];
  previousFacts = [];
});

/** factsOf for each sentence of a draft, in order. */
export function factsOfSentences(sentences: readonly Sentence[]): SentenceFacts[] {
  const texts = sentences.map((sentence) => sentence.text);
  const shift = previousTexts.length - texts.length;
  const facts = texts.map((text, index) => {
    if (previousTexts[index] === text) return previousFacts[index]!;
    if (previousTexts[index + shift] === text) return previousFacts[index + shift]!;
    return factsOf(text);
  });
  memo.keep(texts, facts);
  previousTexts = texts;
  previousFacts = facts;
  return facts;
}

let slots = 0;

/**
 * The part of a rule's context the memos read. Declared here rather than taking the whole
 * RuleContext, so this file does not import rule.ts (which imports it): no file cycle.
 */
export interface SentenceSource {
  readonly sentences: readonly Sentence[];
  readonly sentenceFacts: readonly SentenceFacts[];
}

const MAX_NEXT_SENTENCES = 4;

/**
 * A result of one sentence's text, computed once per distinct sentence:
 * `const matches = sentenceMemo<Span[]>(); … matches(context, index, (text) => scan(text))`.
 * `compute` must depend on the text alone (and module constants); it may read the text
 * through the context and index it is given (sentenceFeaturesAt does).
 */
export function sentenceMemo<V, C extends SentenceSource = SentenceSource>(): (
  context: C,
  index: number,
  compute: (text: string, context: C, index: number) => V,
) => V {
  const slot = slots++;
  return (context, index, compute) => {
    const facts = context.sentenceFacts[index]!;
    let value = facts.own[slot] as V | undefined;
    if (value === undefined) {
      // The context and index are passed on so `compute` can be one constant function, not a closure made per call.
      value = compute(context.sentences[index]!.text, context, index);
      facts.own[slot] = value;
    }
    return value;
  };
}

/**
 * A result of one sentence and the one after it ("is there an alternative in this sentence
 * or the next?"), optionally narrowed by a `key` (a span inside the sentence). `compute`
 * must depend on the two texts and the key alone.
 */
export function sentencePairMemo<V>(): (
  context: SentenceSource,
  index: number,
  key: string,
  compute: (text: string, nextText: string) => V,
) => V {
  const slot = slots++;
  return (context, index, key, compute) => {
    const facts = context.sentenceFacts[index]!;
    const next = context.sentenceFacts[index + 1] ?? null;
    const pairs = (facts.withNext ??= new Map());
    let pair = pairs.get(next);
    if (!pair) {
      // A sentence is usually followed by the same one; a few entries cover repeated lines.
      if (pairs.size >= MAX_NEXT_SENTENCES) pairs.clear();
      pair = new Array<unknown>(slots);
      pairs.set(next, pair);
    }
    let byKey = pair[slot] as Map<string, V> | undefined;
    if (!byKey) {
      byKey = new Map();
      pair[slot] = byKey;
    }
    let value = byKey.get(key);
    if (value === undefined) {
      value = compute(context.sentences[index]!.text, context.sentences[index + 1]?.text ?? '');
      byKey.set(key, value);
    }
    return value;
  };
}

interface TestMemo {
  memo: ReturnType<typeof sentenceMemo<boolean>>;
  test: (text: string) => boolean;
}
const testMemos = new WeakMap<RegExp, TestMemo>();
// Callers loop over the sentences with one pattern: the last pattern's memo is kept at hand.
let lastPattern: RegExp | null = null;
let lastMemo: TestMemo | null = null;

/** `pattern.test(sentence text)`, once per distinct sentence. Not for `g`/`y` patterns (their test() moves lastIndex). */
export function sentenceTest(context: SentenceSource, index: number, pattern: RegExp): boolean {
  let memoized = pattern === lastPattern ? lastMemo : testMemos.get(pattern);
  if (!memoized) {
    const scanner = pattern.global || pattern.sticky ? null : wordScannerOf(pattern);
    memoized = {
      memo: sentenceMemo<boolean>(),
      test: scanner
        ? (text) => (scansWords(text) ? hasMatch(scanner, text) : pattern.test(text))
        : (text) => pattern.test(text),
    };
    testMemos.set(pattern, memoized);
  }
  lastPattern = pattern;
  lastMemo = memoized;
  return memoized.memo(context, index, memoized.test);
}
