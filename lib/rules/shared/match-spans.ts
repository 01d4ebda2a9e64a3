import type { RuleContext } from '@/lib/engine/rule';
import { sentenceMemo } from '@/lib/engine/sentence-facts';
import {
  anchorIdsOf,
  declaredAnchorCount,
  registerAnchorWords,
  sentencesWithIds,
  wordHash,
} from '@/lib/engine/word-index';
import type { Span } from '@/lib/engine/types';

/**
 * Every match of a global pattern in `text`, shifted by `offset`. A named group `flag`
 * (pattern compiled with the `d` flag) narrows the reported span to that group.
 */
export function matchSpans(text: string, pattern: RegExp, offset = 0, spans: Span[] = []): Span[] {
  // exec on the shared global pattern: matchAll would clone the RegExp on every call.
  pattern.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) {
    if (match[0].length === 0) pattern.lastIndex++;
    const flagged = match.indices?.groups?.flag;
    if (flagged) spans.push({ start: offset + flagged[0], end: offset + flagged[1] });
    else spans.push({ start: offset + match.index, end: offset + match.index + match[0].length });
  }
  return spans;
}

/** Anchor words written as one space-separated string: compact in the bundle, easy to read. */
export function anchorWords(list: string): readonly string[] {
  const words = list.split(' ');
  registerAnchorWords(words);
  return words;
}

// Anchor lists are module constants: their word ids are worked out once, not on every call.
const ids = new WeakMap<readonly string[], { declared: number; ids: number[] }>();
function anchorIds(anchors: readonly string[]): number[] {
  let known = ids.get(anchors);
  if (!known || known.declared !== declaredAnchorCount()) {
    known = { declared: declaredAnchorCount(), ids: anchorIdsOf(anchors.map(wordHash)) };
    ids.set(anchors, known);
  }
  return known.ids;
}

/** Sentences (ascending indices) containing at least one of the anchor words. */
export function sentencesWith(context: RuleContext, anchors: readonly string[]): number[] {
  return sentencesWithIds(context.words, anchorIds(anchors));
}

/**
 * Matches of `pattern` inside the sentences that contain an anchor word. Every phrase a
 * rule looks for contains one of its anchors, so this finds the same spans as a scan of
 * the whole draft at a fraction of the cost (the engine runs on every pause in typing).
 * Phrases never cross a sentence boundary.
 */
export function matchAnchored(context: RuleContext, anchors: readonly string[], pattern: RegExp): Span[] {
  if (!anchoredSeen.has(pattern)) {
    anchoredSeen.add(pattern);
    anchoredPatterns.push([anchors, pattern]);
  }
  const { remembered, scan } = sentenceScanOf(pattern);
  const spans: Span[] = [];
  for (const index of sentencesWith(context, anchors)) {
    const start = context.sentences[index]!.start;
    // Offsets relative to the sentence, so they stay valid when text before it changes.
    for (const span of remembered(context, index, scan)) {
      spans.push({ start: start + span.start, end: start + span.end });
    }
  }
  return spans;
}

/**
 * Every pattern matchAnchored has been asked to find, with its anchors: the property test in
 * tests/rules/anchored-matching.test.ts checks that no phrase of any rule can match without
 * one of its anchor words (such a phrase would silently never be found).
 */
export const anchoredPatterns: Array<readonly [readonly string[], RegExp]> = [];
const anchoredSeen = new WeakSet<RegExp>();

interface SentenceScan {
  /** One memo per pattern (see engine/sentence-facts.ts): a keystroke changes one sentence, the others are not re-scanned. */
  remembered: ReturnType<typeof sentenceMemo<readonly Span[]>>;
  scan: (text: string) => readonly Span[];
}
const sentenceScans = new WeakMap<RegExp, SentenceScan>();
function sentenceScanOf(pattern: RegExp): SentenceScan {
  let scan = sentenceScans.get(pattern);
  if (!scan) {
    scan = { remembered: sentenceMemo(), scan: (text) => nonEmpty(matchSpans(text, pattern)) };
    sentenceScans.set(pattern, scan);
  }
  return scan;
}

const NO_SPANS: readonly Span[] = [];
const nonEmpty = (spans: Span[]): readonly Span[] => (spans.length === 0 ? NO_SPANS : spans);

/** Patterns paired with the anchor words each one needs. */
export type AnchoredPatterns = ReadonlyArray<readonly [readonly string[], RegExp]>;

/**
 * matchAnchored for several patterns, each tried only where its own anchors occur: a rule
 * with one common anchor ("you") and one rare one ("policy") then pays for each pattern
 * only where it can match. Overlapping matches from different patterns keep the first.
 */
export function matchAnchoredGroups(context: RuleContext, groups: AnchoredPatterns): Span[] {
  const spans: Span[] = [];
  for (const [anchors, pattern] of groups) spans.push(...matchAnchored(context, anchors, pattern));
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Span[] = [];
  let keptEnd = -1;
  for (const span of spans) {
    if (span.start < keptEnd) continue;
    kept.push(span);
    keptEnd = span.end;
  }
  return kept;
}

/** Escapes user-provided words (custom jargon) for a `u` pattern, where a needless escape like `\-` is an error. */
export function escapePattern(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
