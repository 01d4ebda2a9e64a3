import type { Sentence } from '@/lib/engine/sentences';
import { factsOf, type SentenceFacts } from '@/lib/engine/sentence-facts';
import { whenTextMemosClear } from '@/lib/engine/text-memo';

/**
 * Which sentences contain which words. Rules name the words their phrases cannot occur
 * without ("policy", "unfortunately") and scan only those sentences: on a 2,000-character
 * draft most rules then read a sentence or two instead of the whole text.
 */

const WORD = /[a-z0-9']+/gi;

// ASCII letters, digits and the straight apostrophe are word characters; LOWER folds capitals.
// Tables rather than range tests: this runs for every character of the draft.
const WORD_CHAR = new Uint8Array(128);
const LOWER = new Uint8Array(128);
for (let code = 0; code < 128; code++) {
  const upper = code >= 65 && code <= 90;
  WORD_CHAR[code] = upper || (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 39 ? 1 : 0;
  LOWER[code] = upper ? code + 32 : code;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * 32-bit FNV-1a hash of an ASCII word, lower-cased. The word index is keyed by this number
 * so indexing a draft creates no strings; a rare collision only adds a candidate sentence
 * (the rule's own pattern still decides), it never hides one.
 */
export function wordHash(word: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) {
    let code = word.charCodeAt(i);
    if (code >= 65 && code <= 90) code += 32;
    hash = Math.imul(hash ^ code, FNV_PRIME);
  }
  return hash >>> 0;
}

/**
 * Every anchor word a rule declared (registered when the rule module loads), by hash, to a
 * small id. Only these are indexed: most words of a draft are never looked up. Open
 * addressing in typed arrays keeps the per-word lookup cheap on the typing path.
 */
let slots = new Int32Array(1024);
let slotIds = new Int32Array(1024).fill(-1);
let anchorCount = 0;

function slotOf(hash: number): number {
  const mask = slots.length - 1;
  let slot = (hash ^ (hash >>> 15)) & mask;
  while (slotIds[slot] !== -1 && slots[slot] !== hash) slot = (slot + 1) & mask;
  return slot;
}

/** The id of an anchor word's hash, or -1 when no rule declared it. */
function anchorId(hash: number): number {
  return slotIds[slotOf(hash | 0)]!;
}

function addAnchor(hash: number): void {
  if (anchorCount * 2 >= slots.length) {
    const oldSlots = slots;
    const oldIds = slotIds;
    slots = new Int32Array(oldSlots.length * 2);
    slotIds = new Int32Array(oldSlots.length * 2).fill(-1);
    for (let i = 0; i < oldSlots.length; i++) {
      if (oldIds[i] === -1) continue;
      const slot = slotOf(oldSlots[i]!);
      slots[slot] = oldSlots[i]!;
      slotIds[slot] = oldIds[i]!;
    }
  }
  const slot = slotOf(hash | 0);
  if (slotIds[slot] !== -1) return;
  slots[slot] = hash | 0;
  slotIds[slot] = anchorCount++;
}

export function registerAnchorWords(words: readonly string[]): void {
  for (const word of words) addAnchor(wordHash(word));
}

const NO_ANCHORS: readonly number[] = [];

/** Ids of the anchor words in text[start, end) (repeats allowed). */
function anchorsIn(text: string, start: number, end: number): readonly number[] {
  let found: number[] | null = null;
  let hash = FNV_OFFSET;
  let inWord = false;
  for (let i = start; i <= end; i++) {
    const code = i < end ? text.charCodeAt(i) : 32;
    if (code < 128 && WORD_CHAR[code] === 1) {
      hash = Math.imul((inWord ? hash : FNV_OFFSET) ^ LOWER[code]!, FNV_PRIME);
      inWord = true;
      continue;
    }
    if (!inWord) continue;
    inWord = false;
    const id = anchorId(hash);
    if (id !== -1) (found ??= []).push(id);
  }
  return found ?? NO_ANCHORS;
}

/**
 * anchorsIn for one sentence, remembered with its other facts: a keystroke re-reads one
 * sentence, not the draft. Recomputed if rules declared more anchor words since.
 */
function anchorsOf(facts: SentenceFacts, text: string, sentence: Sentence): readonly number[] {
  if (facts.anchors === null || facts.anchorsKnown !== anchorCount) {
    facts.anchors = anchorsIn(text, sentence.start, sentence.end);
    facts.anchorsKnown = anchorCount;
  }
  return facts.anchors;
}

// Sentences are grouped in blocks of 30 so a block's membership fits in one small integer.
const BLOCK = 30;

export interface WordIndex {
  blockCount: number;
  /** Anchor words known when the index was built; later ones were not indexed. */
  anchorCount: number;
  /**
   * masks[block * anchorCount + id]: bitmask of the block's sentences containing the word. A
   * plain array of small integers (30 bits fit V8's small-integer range) rather than an
   * Int32Array: a keystroke copies it, and a typed array's backing store costs far more to
   * allocate than a heap array of the same length.
   */
  masks: number[];
  /**
   * The index this one was patched from (null when built afresh, or once a newer one was
   * patched from this one) and the sentences whose words were redone, with their anchor ids:
   * a query answered on the base is redone for those sentences only (see sentencesMatching).
   */
  base: WordIndex | null;
  changed: readonly ChangedSentence[];
}

interface ChangedSentence {
  sentence: number;
  anchors: readonly number[];
}

const NOTHING_CHANGED: readonly ChangedSentence[] = [];

/**
 * `sentences` come from splitSentences(text); `facts` (one per sentence, see
 * sentence-facts.ts) remember each sentence's anchor words between calls.
 */
export function indexWords(
  text: string,
  sentences: Sentence[],
  facts: SentenceFacts[] = sentences.map((sentence) => factsOf(sentence.text)),
): WordIndex {
  const index = patchedIndex(text, sentences, facts) ?? freshIndex(text, sentences, facts);
  previous = { facts, index };
  return index;
}

function freshIndex(text: string, sentences: Sentence[], facts: SentenceFacts[]): WordIndex {
  const blockCount = Math.ceil(sentences.length / BLOCK);
  const masks: number[] = [];
  for (let i = blockCount * anchorCount; i > 0; i--) masks.push(0);
  for (let s = 0; s < sentences.length; s++) setBits(masks, s, anchorsOf(facts[s]!, text, sentences[s]!), true);
  return { blockCount, anchorCount, masks, base: null, changed: NOTHING_CHANGED };
}

function setBits(masks: number[], sentence: number, ids: readonly number[], on: boolean): void {
  const row = Math.floor(sentence / BLOCK) * anchorCount;
  const bit = 1 << (sentence % BLOCK);
  for (let i = 0; i < ids.length; i++) {
    const at = row + ids[i]!;
    masks[at] = on ? masks[at]! | bit : masks[at]! & ~bit;
  }
}

/**
 * The last index built and the sentences it was built from. While the agent types, the draft
 * has as many sentences as before and one of them is new: the previous index with that
 * sentence's bits redone is the same index, without re-reading every sentence's words.
 */
let previous: { facts: readonly SentenceFacts[]; index: WordIndex } | null = null;
whenTextMemosClear(() => {
  previous = null;
});
/** Past this many changed sentences, building afresh is as quick. */
const MAX_PATCHED = 4;

function patchedIndex(text: string, sentences: Sentence[], facts: SentenceFacts[]): WordIndex | null {
  if (previous === null || previous.index.anchorCount !== anchorCount || previous.facts.length !== facts.length) {
    return null;
  }
  const before = previous.facts;
  let changed = 0;
  let sameWords = true;
  for (let s = 0; s < facts.length; s++) {
    // A sentence's anchor ids are its facts' (worked out with the same anchors, checked above).
    if (facts[s] === before[s]) continue;
    if (++changed > MAX_PATCHED) return null;
    sameWords &&= sameIds(anchorsOf(before[s]!, text, sentences[s]!), anchorsOf(facts[s]!, text, sentences[s]!));
  }
  // Most keystrokes edit a word no rule anchors on: every bit, and so every answer, stays as it was.
  if (sameWords) return previous.index;
  const masks = previous.index.masks.slice();
  const redone: ChangedSentence[] = [];
  for (let s = 0; s < facts.length; s++) {
    if (facts[s] === before[s]) continue;
    // Only this sentence's bit is touched: clearing its old words, then setting its new ones.
    setBits(masks, s, anchorsOf(before[s]!, text, sentences[s]!), false);
    const anchors = anchorsOf(facts[s]!, text, sentences[s]!);
    setBits(masks, s, anchors, true);
    redone.push({ sentence: s, anchors });
  }
  const base = previous.index;
  // Only the last step is kept: a chain of bases would hold every index built while typing.
  base.base = null;
  return { blockCount: base.blockCount, anchorCount, masks, base, changed: redone };
}

// Scratch marks for sameIds, one per declared anchor id; a new stamp per pass saves clearing them.
let marks = new Int32Array(0);
let stamp = 0;

function markAll(ids: readonly number[]): void {
  stamp++;
  for (let i = 0; i < ids.length; i++) marks[ids[i]!] = stamp;
}

function allMarked(ids: readonly number[]): boolean {
  for (let i = 0; i < ids.length; i++) if (marks[ids[i]!] !== stamp) return false;
  return true;
}

/** Do two lists of anchor ids (repeats allowed) hold the same ids? */
function sameIds(a: readonly number[], b: readonly number[]): boolean {
  if (a === b) return true;
  if (marks.length < anchorCount) marks = new Int32Array(anchorCount * 2);
  markAll(a);
  if (!allMarked(b)) return false;
  markAll(b);
  return allMarked(a);
}

/** Ids of the declared anchor words among these hashes (undeclared ones are never indexed). */
export function anchorIdsOf(hashes: readonly number[]): number[] {
  const ids: number[] = [];
  for (const hash of hashes) {
    const id = anchorId(hash);
    if (id !== -1) ids.push(id);
  }
  return ids;
}

/**
 * How many anchor words are declared. An id never changes once given, but a word that had
 * none when anchorIdsOf ran may have one after this number grows: callers caching ids compare it.
 */
export function declaredAnchorCount(): number {
  return anchorCount;
}

/** Indices (ascending) of the sentences containing at least one of these anchor words (ids from anchorIdsOf). */
export function sentencesWithIds(index: WordIndex, ids: readonly number[]): number[] {
  const found: number[] = [];
  for (let block = 0; block < index.blockCount; block++) {
    const row = block * index.anchorCount;
    let mask = 0;
    // Words declared after the index was built were not indexed.
    for (const id of ids) if (id < index.anchorCount) mask |= index.masks[row + id]!;
    for (let bit = 0; mask !== 0; bit++, mask >>>= 1) if (mask & 1) found.push(block * BLOCK + bit);
  }
  return found;
}

/**
 * A list of anchor words asked about again and again (a rule's constant anchors), with its last
 * answer. While the agent types, each index is the previous one with a sentence redone, and so
 * is the answer: the unchanged sentences' membership is kept and only the redone ones are looked up.
 */
export interface AnchorQuery {
  ids: readonly number[];
  /** member[id] is 1 for the ids above. */
  member: Uint8Array;
  index: WordIndex | null;
  found: readonly number[];
}

export function anchorQuery(ids: readonly number[]): AnchorQuery {
  // Room for every declared id (ids are below the count): a read past a typed array's end is a slow path in V8.
  const member = new Uint8Array(anchorCount);
  for (const id of ids) member[id] = 1;
  return { ids, member, index: null, found: [] };
}

/** sentencesWithIds(index, query.ids), worked out from the query's last answer when the index was patched from its index. */
export function sentencesMatching(index: WordIndex, query: AnchorQuery): readonly number[] {
  if (query.index !== index) {
    query.found =
      query.index && index.base === query.index ? patchedAnswer(query, index) : sentencesWithIds(index, query.ids);
    query.index = index;
  }
  return query.found;
}

function patchedAnswer(query: AnchorQuery, index: WordIndex): readonly number[] {
  let found = query.found;
  for (const { sentence, anchors } of index.changed) {
    // A loop, not some(): this runs for every anchored pattern on every keystroke.
    let has = false;
    for (let i = 0; i < anchors.length && !has; i++) has = query.member[anchors[i]!] === 1;
    // The answer changes only when a word of the list comes or goes: rare while typing.
    if (has !== found.includes(sentence)) {
      found = has ? [...found, sentence].sort((a, b) => a - b) : found.filter((other) => other !== sentence);
    }
  }
  return found;
}

/** Indices (ascending) of the sentences containing at least one word with these hashes. */
export function sentencesWithHashes(index: WordIndex, hashes: readonly number[]): number[] {
  return sentencesWithIds(index, anchorIdsOf(hashes));
}

/** Splits a phrase the same way indexWords does ("tier-2" → ["tier", "2"]). */
export function wordsOf(phrase: string): string[] {
  return (phrase.match(WORD) ?? []).map((word) => word.toLowerCase());
}
