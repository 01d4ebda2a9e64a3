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
 * A generation also ends after a few analyses: while the agent types, each keystroke leaves a
 * half-typed version of its sentence behind, and keeping hundreds of them until the memo is
 * full made them outlive the collector's young space, so every keystroke paid to move them.
 */

export interface TextMemo<V> {
  get(text: string): V | undefined;
  set(text: string, value: V): void;
  /**
   * Marks results the caller used without asking (the previous call's, compared in place) as
   * used, so a new generation does not drop them; does nothing until a generation ends.
   */
  keep(texts: readonly string[], values: readonly V[], longest?: number): void;
}

/** Sentences worth remembering per memo: a long reply has 20–80, a pasted log a few hundred. */
const DEFAULT_CAPACITY = 400;
/** About ten capped drafts' worth of text per generation (see MAX_DRAFT_CHARS). */
const DEFAULT_MAX_CHARS = 200_000;
/**
 * Analyses per generation: what the last 8–16 keystrokes used survives (an undo, a retyped
 * word), older half-typed sentences die young, while the collector frees them for nothing.
 */
const GENERATION_ANALYSES = 8;

// Bumped by clearTextMemos(); each memo empties itself lazily when it sees a newer epoch.
let epoch = 0;
// Bumped by startAnalysis(); each memo starts a new generation lazily when it sees it far enough ahead.
let analyses = 0;

export function textMemo<V>(capacity = DEFAULT_CAPACITY, maxChars = DEFAULT_MAX_CHARS): TextMemo<V> {
  let young = new Map<string, V>();
  let youngChars = 0;
  let youngSince = analyses;
  let old = new Map<string, V>();
  let seenEpoch = epoch;
  let kept = young;
  const age = () => {
    old = young;
    young = new Map();
    youngChars = 0;
    youngSince = analyses;
  };
  const fresh = () => {
    if (analyses - youngSince >= GENERATION_ANALYSES) age();
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
    if (young.size >= capacity || youngChars >= maxChars) age();
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
    keep(texts, values, longest = Infinity) {
      fresh();
      if (kept === young) return;
      kept = young;
      for (let index = 0; index < texts.length; index++) {
        const text = texts[index]!;
        if (text.length <= longest && !young.has(text)) set(text, values[index]!);
      }
    },
  };
}

/** Called by analyze() once per call: the clock the memos' generations are counted in. */
export function startAnalysis(): void {
  analyses++;
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
