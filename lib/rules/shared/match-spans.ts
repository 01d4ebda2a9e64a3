import type { RuleContext } from '@/lib/engine/rule';
import { phrasesAtWordStart } from '@/lib/engine/phrases';
import { sentenceMemo } from '@/lib/engine/sentence-facts';
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
  if (!state || state.declared !== declaredAnchorCount()) {
    // Words declared since (never after the rules' modules load, in practice): a fresh memo, so
    // no sentence keeps an answer read with the old anchors.
    state = {
      scans: groups.map(([anchors, pattern]) => sentenceScanOf(pattern, anchors)),
      byAnchor: groupsByAnchor(groups.map(([anchors]) => queryOf(anchors).ids)),
      any: anchorQuery([...new Set(groups.flatMap(([anchors]) => queryOf(anchors).ids))]),
      declared: declaredAnchorCount(),
      bySentence: sentenceMemo<readonly Span[], RuleContext>(),
    };
    groupStates.set(groups, state);
  }
  const spans: Span[] = [];
  const { sentences, sentenceFacts } = context;
  const indexed = context.words.anchorCount;
  // Only the sentences holding some group's anchor word: in any other, no group can match (and
  // the index would find none), so a call visits a few sentences rather than the whole draft.
  const holding = sentencesMatching(context.words, state.any);
  for (let i = 0; i < holding.length; i++) {
    // A sentence's anchors read with other anchors than the index's (see word-index.ts) would
    // answer differently from the index: only the index is asked then, as before this memo.
    if (sentenceFacts[holding[i]!]!.anchorsKnown !== indexed) return matchAnchoredGroupsByIndex(context, groups);
  }
  reading = state;
  for (let i = 0; i < holding.length; i++) {
    const index = holding[i]!;
    const found = state.bySentence(context, index, groupsInSentence);
    if (found.length === 0) continue;
    const start = sentences[index]!.start;
    for (let i = 0; i < found.length; i++) spans.push({ start: start + found[i]!.start, end: start + found[i]!.end });
  }
  return ownWithoutOverlaps(spans);
}

/**
 * withoutOverlaps for an array made by the caller and used no more: most calls find none or one
 * span, in order and apart, and the array itself is then the answer, not a copy of it.
 */
function ownWithoutOverlaps(spans: Span[]): Span[] {
  for (let i = 1; i < spans.length; i++) {
    const before = spans[i - 1]!;
    const span = spans[i]!;
    // Out of order, or overlapping the one before: withoutOverlaps sorts and drops as usual.
    if (before.start >= span.start || before.end > span.start) return withoutOverlaps(spans);
  }
  return spans;
}

/**
 * One group list's matches, by sentence: a keystroke changes one sentence, so the others' are
 * one lookup each instead of one per pattern whose anchors they hold (most of a call's cost
 * when a rule has dozens of shapes). The final order is by position (withoutOverlaps), so
 * collecting sentence by sentence rather than pattern by pattern gives the same spans.
 */
interface GroupState {
  scans: SentenceScan[];
  /**
   * byAnchor[id]: the groups (ascending) whose own anchor words include word `id`. Kept here
   * rather than read from the scans: a scan is shared by every caller of its pattern, and
   * another may pair the pattern with other anchors.
   */
  byAnchor: ReadonlyArray<readonly number[] | undefined>;
  /** Every group's anchor words together: the sentences worth visiting. */
  any: AnchorQuery;
  /** declaredAnchorCount() when byAnchor and the memo below were made. */
  declared: number;
  bySentence: ReturnType<typeof sentenceMemo<readonly Span[], RuleContext>>;
}
const groupStates = new WeakMap<AnchoredPatterns, GroupState>();
// The group list groupsInSentence reads, set before each use: one constant function, no closure per call.
let reading: GroupState | null = null;

/** Every group's matches in one sentence, in group order, offsets inside the sentence. */
function groupsInSentence(_text: string, context: RuleContext, index: number): readonly Span[] {
  const anchors = context.sentenceFacts[index]!.anchors;
  // No anchor word, no pattern can match (the property tests/rules/anchored-matching.test.ts checks).
  if (anchors === null || anchors.length === 0) return NO_SPANS;
  const { scans, byAnchor } = reading!;
  // The groups holding one of the sentence's words, from its few words rather than every group's
  // list; then in group order, so the spans come in the order a pattern-by-pattern scan finds them.
  const holding: number[] = [];
  stamp++;
  for (let a = 0; a < anchors.length; a++) {
    const groups = byAnchor[anchors[a]!];
    if (groups === undefined) continue;
    for (let g = 0; g < groups.length; g++) {
      const group = groups[g]!;
      if (seen[group] === stamp) continue;
      seen[group] = stamp;
      holding.push(group);
    }
  }
  if (holding.length === 0) return NO_SPANS;
  holding.sort((a, b) => a - b);
  const found: Span[] = [];
  for (let i = 0; i < holding.length; i++) {
    const scan = scans[holding[i]!]!;
    for (const span of scan.remembered(context, index, scan.scan)) found.push(span);
  }
  return nonEmpty(found);
}

// Scratch marks for groupsInSentence, one per group; a new stamp per sentence saves clearing them.
let seen = new Int32Array(0);
let stamp = 0;

function groupsByAnchor(ids: ReadonlyArray<readonly number[]>): Array<number[] | undefined> {
  const byAnchor: Array<number[] | undefined> = [];
  ids.forEach((list, group) => {
    for (const id of list) {
      const groups = (byAnchor[id] ??= []);
      if (groups[groups.length - 1] !== group) groups.push(group);
    }
  });
  if (seen.length < ids.length) seen = new Int32Array(ids.length * 2);
  return byAnchor;
}

/** The same spans from the word index, pattern by pattern (for a sentence whose anchors the index did not read). */
function matchAnchoredGroupsByIndex(context: RuleContext, groups: AnchoredPatterns): Span[] {
  const spans: Span[] = [];
  for (const [anchors, pattern] of groups) matchScan(context, sentenceScanOf(pattern, anchors), spans);
  return ownWithoutOverlaps(spans);
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
