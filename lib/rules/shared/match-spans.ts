import type { RuleContext } from '@/lib/engine/rule';
import { phrasesAtWordStart } from '@/lib/engine/phrases';
import { sentenceMemo } from '@/lib/engine/sentence-facts';
import { whenTextMemosClear } from '@/lib/engine/text-memo';
import {
  anchorIdsOf,
  anchorQuery,
  declaredAnchorCount,
  registerAnchorWords,
  sentencesMatching,
  wordHash,
  type AnchorQuery,
} from '@/lib/engine/word-index';
import type { Span } from '@/lib/engine/types';
import { nextMatch, scansWords, wordScannerOf } from '@/lib/engine/word-scan';

/**
 * Every match of a global pattern in `text`, shifted by `offset`. A named group `flag`
 * (pattern compiled with the `d` flag) narrows the reported span to that group.
 */
export function matchSpans(text: string, pattern: RegExp, offset = 0, spans: Span[] = []): Span[] {
  // exec on the shared global pattern: matchAll would clone the RegExp on every call.
  pattern.lastIndex = 0;
  const scanner = pattern.global && scansWords(text) ? wordScannerOf(pattern) : null;
  let match: RegExpExecArray | null;
  if (scanner) {
    for (let from = 0; (match = nextMatch(scanner, text, from)) !== null;) {
      from = match.index + Math.max(1, match[0].length);
      pushMatch(spans, match, offset);
    }
    return spans;
  }
  while ((match = pattern.exec(text)) !== null) {
    if (match[0].length === 0) pattern.lastIndex++;
    pushMatch(spans, match, offset);
  }
  return spans;
}

function pushMatch(spans: Span[], match: RegExpExecArray, offset: number): void {
  const flagged = match.indices?.groups?.flag;
  if (flagged) spans.push({ start: offset + flagged[0], end: offset + flagged[1] });
  else spans.push({ start: offset + match.index, end: offset + match.index + match[0].length });
}

/** Anchor words written as one space-separated string: compact in the bundle, easy to read. */
export function anchorWords(list: string): readonly string[] {
  const words = list.split(' ');
  registerAnchorWords(words);
  return words;
}

// Anchor lists are module constants: their word ids are worked out once, not on every call.
const queries = new WeakMap<readonly string[], { declared: number; query: AnchorQuery }>();
function queryOf(anchors: readonly string[]): AnchorQuery {
  let known = queries.get(anchors);
  if (!known || known.declared !== declaredAnchorCount()) {
    known = { declared: declaredAnchorCount(), query: anchorQuery(anchorIdsOf(anchors.map(wordHash))) };
    queries.set(anchors, known);
  }
  return known.query;
}

/** Sentences (ascending indices) containing at least one of the anchor words. Read-only: it is shared between calls. */
export function sentencesWith(context: RuleContext, anchors: readonly string[]): readonly number[] {
  return sentencesMatching(context.words, queryOf(anchors));
}

/**
 * Matches of `pattern` inside the sentences that contain an anchor word. Every phrase a
 * rule looks for contains one of its anchors, so this finds the same spans as a scan of
 * the whole draft at a fraction of the cost (the engine runs on every pause in typing).
 * Phrases never cross a sentence boundary.
 */
export function matchAnchored(
  context: RuleContext,
  anchors: readonly string[],
  pattern: RegExp,
  /** Where to add the spans (matchAnchoredGroups collects several patterns' in one array). */
  spans: Span[] = [],
): Span[] {
  return matchScan(context, sentenceScanOf(pattern, anchors), spans);
}

function matchScan(context: RuleContext, { remembered, scan, query }: SentenceScan, spans: Span[]): Span[] {
  const sentences = sentencesMatching(context.words, query);
  for (let i = 0; i < sentences.length; i++) {
    const index = sentences[i]!;
    const found = remembered(context, index, scan);
    if (found.length === 0) continue;
    const start = context.sentences[index]!.start;
    // Offsets relative to the sentence, so they stay valid when text before it changes.
    for (const span of found) spans.push({ start: start + span.start, end: start + span.end });
  }
  return spans;
}

/**
 * Every pattern matchAnchored has been asked to find, with its anchors: the property test in
 * tests/rules/anchored-matching.test.ts checks that no phrase of any rule can match without
 * one of its anchor words (such a phrase would silently never be found).
 */
export const anchoredPatterns: Array<readonly [readonly string[], RegExp]> = [];

interface SentenceScan {
  anchors: readonly string[];
  /** One memo per pattern (see engine/sentence-facts.ts): a keystroke changes one sentence, the others are not re-scanned. */
  remembered: ReturnType<typeof sentenceMemo<readonly Span[]>>;
  scan: (text: string) => readonly Span[];
  query: AnchorQuery;
  declared: number;
}
// One lookup per call finds everything about a pattern (this runs for every pattern on every keystroke).
const sentenceScans = new WeakMap<RegExp, SentenceScan>();
function sentenceScanOf(pattern: RegExp, anchors: readonly string[]): SentenceScan {
  let scan = sentenceScans.get(pattern);
  if (!scan) {
    anchoredPatterns.push([anchors, pattern]);
    scan = { remembered: sentenceMemo(), scan: (text) => nonEmpty(matchSpans(text, pattern)) } as SentenceScan;
    sentenceScans.set(pattern, scan);
  }
  // Other anchors for the same pattern, or words declared since: the list's ids are looked up again.
  if (scan.anchors !== anchors || scan.declared !== declaredAnchorCount()) {
    scan.anchors = anchors;
    scan.query = queryOf(anchors);
    scan.declared = declaredAnchorCount();
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
  let state = groupStates.get(groups);
  if (!state) {
    const scans = groups.map(([anchors, pattern]) => sentenceScanOf(pattern, anchors));
    state = { scans, answer: { index: null, facts: [], read: new Uint8Array(0), found: [] } };
    answers.push(state.answer);
    groupStates.set(groups, state);
  }
  const { scans, answer } = state;
  if (unchangedFor(context, answer)) return withoutOverlaps(placed(context, answer));
  const facts = context.sentenceFacts;
  answer.index = context.words;
  answer.facts = facts;
  if (answer.read.length < facts.length) answer.read = new Uint8Array(facts.length * 2);
  else answer.read.fill(0, 0, facts.length);
  answer.found.length = 0;
  for (let i = 0; i < groups.length; i++) {
    let scan = scans[i]!;
    // The same checks as sentenceScanOf, without a lookup per pattern.
    if (scan.anchors !== groups[i]![0] || scan.declared !== declaredAnchorCount()) {
      scan = scans[i] = sentenceScanOf(groups[i]![1], groups[i]![0]);
    }
    const sentences = sentencesMatching(context.words, scan.query);
    for (let s = 0; s < sentences.length; s++) {
      const index = sentences[s]!;
      answer.read[index] = 1;
      for (const span of scan.remembered(context, index, scan.scan)) answer.found.push(index, span);
    }
  }
  return withoutOverlaps(placed(context, answer));
}

/**
 * A group list's last answer, by sentence: the sentences its patterns read and each match
 * found, as (sentence number, span inside that sentence) in the order the patterns found them.
 * Rewritten in place on each call that cannot reuse it.
 */
interface GroupAnswer {
  /** The word index it was found with (null: none yet). A new index never equals an old one, even after clearTextMemos(). */
  index: RuleContext['words'] | null;
  facts: RuleContext['sentenceFacts'];
  /** read[i] is 1 when a pattern read sentence i (only the first facts.length entries count). */
  read: Uint8Array;
  found: Array<number | Span>;
}

// Each group list's scans, in its order (a rule's groups are constant, so one lookup per call
// finds them all), and its last answer. While the agent types, the word index usually comes
// back as the same object (the edit added or removed no anchor word) and every pattern would
// read the same sentences: when none of them changed either, the matches are the last call's,
// only moved with their sentences.
const groupStates = new WeakMap<AnchoredPatterns, { scans: SentenceScan[]; answer: GroupAnswer }>();
// The answers hold their draft's sentence facts: let them go with the memos.
const answers: GroupAnswer[] = [];
whenTextMemosClear(() => {
  for (const answer of answers) {
    answer.index = null;
    answer.facts = [];
    answer.found.length = 0;
  }
});

function unchangedFor(context: RuleContext, last: GroupAnswer): boolean {
  const facts = context.sentenceFacts;
  if (context.words !== last.index || facts.length !== last.facts.length) return false;
  for (let index = 0; index < facts.length; index++) {
    if (facts[index] !== last.facts[index] && last.read[index] === 1) return false;
  }
  return true;
}

function placed(context: RuleContext, answer: GroupAnswer): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i < answer.found.length; i += 2) {
    const start = context.sentences[answer.found[i] as number]!.start;
    const span = answer.found[i + 1] as Span;
    spans.push({ start: start + span.start, end: start + span.end });
  }
  return spans;
}

const byPosition = (a: Span, b: Span) => a.start - b.start || b.end - a.end;

function inOrder(spans: readonly Span[]): boolean {
  for (let i = 1; i < spans.length; i++) if (byPosition(spans[i - 1]!, spans[i]!) > 0) return false;
  return true;
}

/** Spans sorted by position; of two overlapping spans the earlier (then the longer) one is kept. */
export function withoutOverlaps<S extends Span>(spans: S[]): S[] {
  // Usually in order already (one pattern's matches, sentence by sentence): a sort would copy them for nothing.
  if (!inOrder(spans)) spans.sort(byPosition);
  const kept: S[] = [];
  let keptEnd = -1;
  for (const span of spans) {
    if (span.start < keptEnd) continue;
    kept.push(span);
    keptEnd = span.end;
  }
  return kept;
}

/**
 * Phrase shapes, each paired with the rarer words it cannot occur without:
 * `anchoredShapes([['surely', "surely you(?:'ve| have)?\\b"], …])`. Each shape is its own
 * pattern, tried only on the sentences holding one of its own words, so adding a shape with
 * rare words costs almost nothing on a draft without them (one long alternation anchored on
 * the union of every shape's words would be tried on nearly every sentence).
 */
export function anchoredShapes(shapes: ReadonlyArray<readonly [string, string]>, flags = 'gi'): AnchoredPatterns {
  return shapes.map(([anchors, source]) => [anchorWords(anchors), phrasesAtWordStart([source], flags)] as const);
}

/** Escapes user-provided words (custom jargon) for a `u` pattern, where a needless escape like `\-` is an error. */
export function escapePattern(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
