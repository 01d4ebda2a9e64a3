/**
 * Results of pure functions of a piece of text (one sentence's pattern matches, its anchor
 * words), remembered between analyze() calls. The sidebar re-analyses the draft on every
 * pause in typing and a keystroke changes one sentence: the others come back from here
 * instead of being scanned again. Only ever caches what depends on the text alone, so a
 * hit returns exactly what a fresh scan would.
 *
 * Bounded: two generations of at most `capacity` entries and `maxChars` characters of text
 * each (a pasted log without full stops is one long "sentence" per keystroke); an entry used
 * in the last generation is carried over, the rest is dropped at once (no per-entry bookkeeping).
 */

export interface TextMemo<V> {
  get(text: string): V | undefined;
  set(text: string, value: V): void;
}

/** Sentences worth remembering per memo: a long reply has 20–80, a pasted log a few hundred. */
const DEFAULT_CAPACITY = 400;
/** About ten capped drafts' worth of text per generation (see MAX_DRAFT_CHARS). */
const DEFAULT_MAX_CHARS = 200_000;

// Bumped by clearTextMemos(); each memo empties itself lazily when it sees a newer epoch.
let epoch = 0;

export function textMemo<V>(capacity = DEFAULT_CAPACITY, maxChars = DEFAULT_MAX_CHARS): TextMemo<V> {
  let young = new Map<string, V>();
  let youngChars = 0;
  let old = new Map<string, V>();
  let seenEpoch = epoch;
  const fresh = () => {
    if (seenEpoch === epoch) return;
    young = new Map();
    youngChars = 0;
    old = new Map();
    seenEpoch = epoch;
  };
  const set = (text: string, value: V) => {
    fresh();
    young.set(text, value);
    youngChars += text.length;
    if (young.size < capacity && youngChars < maxChars) return;
    old = young;
    young = new Map();
    youngChars = 0;
  };
  return {
    get(text) {
      fresh();
      const value = young.get(text);
      if (value !== undefined || old.size === 0) return value;
      const carried = old.get(text);
      if (carried !== undefined) set(text, carried);
      return carried;
    },
    set,
  };
}

const onClear: Array<() => void> = [];

/** Runs `forget` whenever clearTextMemos() is called (for caches kept outside a TextMemo). */
export function whenTextMemosClear(forget: () => void): void {
  onClear.push(forget);
}

/** Forgets every remembered result: for cold-start benchmarks and tests, never needed for correctness. */
export function clearTextMemos(): void {
  epoch++;
  for (const forget of onClear) forget();
}
