import type { RuleContext } from '@/lib/engine/rule';
import { sentenceMemo, sentenceTest } from '@/lib/engine/sentence-facts';
import { PROBLEM_CATEGORIES, type ProblemCategory } from '@/lib/engine/types';
import { CAN_DO_CUE, DURATION_CUE, TIME_CUE } from '@/lib/rules/shared/cues';
import { draftFacts, sentenceFeaturesAt } from '@/lib/rules/shared/draft-model-features';
import { findRefusals } from '@/lib/rules/shared/refusals';
import { draftNamesTime } from '@/lib/rules/shared/vague-time';

/**
 * The learned second opinion: one logistic regression per problem category over the hashed
 * words, word pairs and clause shapes of every sentence and a few facts about the whole
 * reply (draft-model-features.ts), trained by
 * scripts/train-draft-model.ts on the project's own labelled drafts and shipped as small
 * integer weights. A draft's score is the sum of its sentences' scores, so each sentence is
 * scored once and remembered (sentence-facts.ts), and the sentence that weighs most is the
 * one a finding points at.
 */
export interface PackedDraftModel {
  categories: readonly ProblemCategory[];
  /** Features are hashed into 2^hashBits buckets. */
  hashBits: number;
  bias: readonly number[];
  /** weight = level * scale, per category. */
  scales: readonly number[];
  /** Levels run from -levels to levels. */
  levels: number;
  /**
   * Per category: the buckets with a weight, as gaps from the previous one, each written as
   * capital letters (base-26 high digits) ending in one base-36 digit, with no separator
   * (encodeGap): a third fewer bytes after gzip than comma-separated base 36.
   */
  buckets: readonly string[];
  /** Per category: one base-36 digit per bucket above, level + levels. */
  weights: readonly string[];
  /**
   * Per category, the logits from which a finding is 'possible' and 'likely': one pair for
   * replies that offer something (an alternative, a follow-up, a yes, thanks), one for replies
   * that offer nothing at all, which far more often have a problem (cues.ts draftOffersSomething).
   */
  offering: OperatingPoints;
  bare: OperatingPoints;
  /**
   * 'sentence': each sentence's sum (and the reply's) is scaled by the root of its own feature
   * count, so one bad sentence in a long email weighs as much as in a one-line reply;
   * absent: the whole draft's sum by the root of the draft's count.
   */
  normalise?: 'sentence';
}

export interface OperatingPoints {
  possible: readonly number[];
  likely: readonly number[];
}

/**
 * The weights by bucket. Indexed directly (one read per feature, no probing): a cold draft's
 * sentences read about 1,500 features, most with no weight, and the open-addressed table this
 * replaced spent most of the opinion's time on probes and on a rows array sized for its empty
 * slots (460 KB at 16 bits, out of cache); this one is 2^hashBits * 2 bytes (128 KB) plus the
 * rows that hold a weight (116 KB).
 */
interface Table {
  /** entryOf[bucket]: 1 + the bucket's row in `rows`, 0 when no category weighs it. */
  entryOf: Uint16Array | Uint32Array;
  /** rows[row * classes + class]: the weight, 0 where the category has none. */
  rows: Float32Array;
  classes: number;
  bucketMask: number;
}

/** A gap as its high digits in capitals (base 26) and its last digit in base 36: self-delimiting. */
export function encodeGap(gap: number): string {
  let out = (gap % 36).toString(36);
  for (let high = Math.floor(gap / 36); high > 0; high = Math.floor(high / 26))
    out = String.fromCharCode(65 + (high % 26)) + out;
  return out;
}

/** The buckets a run of encodeGap gaps stands for (each gap counted from the previous bucket + 1). */
export function decodeGaps(gaps: string): number[] {
  const buckets: number[] = [];
  let bucket = -1;
  let high = 0;
  for (let i = 0; i < gaps.length; i++) {
    const code = gaps.charCodeAt(i);
    if (code >= 65 && code <= 90) {
      high = high * 26 + code - 65;
      continue;
    }
    bucket += high * 36 + parseInt(gaps[i]!, 36) + 1;
    buckets.push(bucket);
    high = 0;
  }
  return buckets;
}

/** Decodes the packed weights into a table indexed by bucket. */
export function unpackDraftModel(packed: PackedDraftModel): Table {
  const classes = packed.categories.length;
  const perClass = packed.buckets.map(decodeGaps);
  const entries = perClass.reduce((sum, list) => sum + list.length, 0);
  const buckets = 1 << packed.hashBits;
  const entryOf = entries < 0xffff ? new Uint16Array(buckets) : new Uint32Array(buckets);
  const rows = new Float32Array(entries * classes);
  let used = 0;
  perClass.forEach((list, c) => {
    const weights = packed.weights[c]!;
    list.forEach((bucket, k) => {
      if (entryOf[bucket] === 0) entryOf[bucket] = ++used;
      rows[(entryOf[bucket]! - 1) * classes + c] = (parseInt(weights[k]!, 36) - packed.levels) * packed.scales[c]!;
    });
  });
  return { entryOf, rows, classes, bucketMask: buckets - 1 };
}

export interface SentenceScore {
  /** Summed weights per category. */
  sums: Float32Array;
  /** Features read (the draft's score is divided by the root of their total). */
  count: number;
}

/** The summed weights per category of the features `read` emits (a sentence's, or the reply's facts). */
export function scoreFeatures(table: Table, read: (emit: (hash: number) => void) => void): SentenceScore {
  const sums = new Float32Array(table.classes);
  let count = 0;
  read((hash) => {
    count++;
    const entry = table.entryOf[hash & table.bucketMask]!;
    if (entry === 0) return;
    const row = (entry - 1) * table.classes;
    for (let c = 0; c < table.classes; c++) sums[c]! += table.rows[row + c]!;
  });
  return { sums, count };
}

export interface DraftOpinion {
  /** Logit per category, in the packed model's category order. */
  logits: number[];
  /** Per category, the sentence that pushed the logit up most (-1 when none did). */
  strongest: number[];
}

/**
 * Scores a whole draft: bias + the sentences' and the reply's sums scaled by 1/sqrt(features),
 * as in training. The reply's facts move the logit but are never the sentence pointed at.
 */
export function opinionOf(
  model: PackedDraftModel,
  sentences: ReadonlyArray<SentenceScore>,
  reply: SentenceScore,
): DraftOpinion {
  const classes = model.categories.length;
  const bySentence = model.normalise === 'sentence';
  const scaleOf = (score: SentenceScore) => (bySentence ? 1 / Math.sqrt(Math.max(1, score.count)) : 1);
  let count = reply.count;
  for (const sentence of sentences) count += sentence.count;
  const norm = bySentence ? 1 : 1 / Math.sqrt(Math.max(1, count));
  // Each sentence's scale once, and plain loops: a running float sum written from a callback is
  // boxed on every step, which was most of what a keystroke's opinion allocated.
  const scales = sentences.map(scaleOf);
  const replyScale = scaleOf(reply);
  const logits: number[] = [];
  const strongest: number[] = [];
  for (let c = 0; c < classes; c++) {
    let sum = reply.sums[c]! * replyScale;
    let best = -1;
    let bestSum = 0;
    for (let index = 0; index < sentences.length; index++) {
      const part = sentences[index]!.sums[c]! * scales[index]!;
      sum += part;
      if (part > bestSum) {
        bestSum = part;
        best = index;
      }
    }
    logits.push(model.bias[c]! + sum * norm);
    strongest.push(best);
  }
  return { logits, strongest };
}

/**
 * Words a "no" is said with, in any register: a negation, a refusal verb, or a limit ("outside
 * our remit", "beyond our control"). A reply with none of them turns nobody down.
 */
const SAYS_NO =
  /\b(?:no|not|never|nothing|none|nobody|cannot|unable|without|neither|nor|unfortunately|afraid|regret|refused?|declined?|denied|rejected|impossible|outside|beyond|only)\b|n't\b|\bnon-|\bun\w+able\b/i;

/**
 * Words nearly every English reply holds and the other languages customers write in do not
 * ("a", "no", "me", "was", "has" and "i" are words there too). The weights are English: on a
 * reply in Spanish they would only add up hash collisions and the reply's length, and
 * "nothing stands out" beats a wrong guess (issue 15, bad input).
 */
const ENGLISH_WORD =
  /\b(?:the|and|of|to|is|are|it|be|we|you|your|our|this|that|not|with|for|have|will|can|please|thanks|sorry|i'm|i've|i'll)\b/i;
const readsEnglish = (context: RuleContext) =>
  context.sentences.some((_, index) => sentenceTest(context, index, ENGLISH_WORD));

/**
 * Words a reply leaves the customer waiting or guessing with: the future and the modals, hedges,
 * and the vocabulary of a case in progress. A reply with none of them ("Thanks for your
 * patience.", "Hi Sam, thanks for getting in touch.", the opening a reply still being written
 * starts with) promises nothing and hedges nothing, so it cannot be vague about when.
 */
const LOOKS_AHEAD =
  /\b(?:will|shall|would|should|could|might|may|going|gonna|maybe|perhaps|probably|possibly|hopefully|likely|unlikely|sure|idea|know|think|guess|seems?|expect|hope|try|trying|soon|shortly|eventually|asap|later|once|until|when|whenever|wait|waiting|pending|awaiting|queue|progress|process|processing|being|looking|investigating|checking|reviewing|review|vary|varies|depends?|depending|time|tbc|tbd|escalated|passed|raised|logged|noted|aware)\b|['’]ll\b/i;

/**
 * A "no" with when in it or in the next sentence: "We can't expedite it. Delivery usually takes 10
 * business days." A time is the way forward the no-alternative rules accept (cues.ts
 * alternativeNear); the learned guess took the rule's place on exactly these replies.
 */
function timeAfterNo(context: RuleContext, index: number): boolean {
  if (!sentenceTest(context, index, SAYS_NO)) return false;
  // A time inside the "no" sentence is often its limit ("we can't deliver before Monday"): only a duration counts there.
  if (sentenceTest(context, index, DURATION_CUE)) return true;
  const next = index + 1;
  return (
    next < context.sentences.length &&
    (sentenceTest(context, next, TIME_CUE) || sentenceTest(context, next, DURATION_CUE))
  );
}

/**
 * The learned no-alternative is silent wherever the refusal finder the no-alternative rule and the
 * pre-send check read (refusals.ts) has found a "no": answered there ("We don't deliver on Sundays,
 * but Saturday is free."), the check ticks it and a guess of "no way forward" would contradict the
 * tick; unanswered, the rule itself flags it with the words that make it one. The guess is for the
 * quiet refusals no shape describes, and even there not for a reply that says no to nothing ("I'm
 * so sorry for the wait.", the first sentence of a reply still being written).
 */
function noAlternativeDecided(context: RuleContext): boolean {
  if (findRefusals(context).length > 0) return true;
  // No "no" the finder reads: the guess stays out of a reply with no word of refusal at all, one
  // that says what someone can do ("…, but I can book Saturday"), and one that says when.
  return (
    !context.sentences.some((_, index) => sentenceTest(context, index, SAYS_NO)) ||
    context.sentences.some((_, index) => sentenceTest(context, index, CAN_DO_CUE)) ||
    context.sentences.some((_, index) => timeAfterNo(context, index))
  );
}

/**
 * Where a category's learned guess cannot be right, whatever the words: "no alternative" where the
 * refusal finder has decided (above); "uncertainty" in a reply that names a time or looks ahead at
 * nothing.
 */
const SILENT_FOR: Partial<Record<ProblemCategory, (context: RuleContext) => boolean>> = {
  'no-alternative': noAlternativeDecided,
  // "I'm not sure yet; I'll check tomorrow morning and email you": not knowing, with when we will.
  uncertainty: (context) =>
    draftNamesTime(context) || !context.sentences.some((_, index) => sentenceTest(context, index, LOOKS_AHEAD)),
};

/** Where each category's learned guess stays silent. Training treats these drafts as already decided, like a rule's find. */
export const LEARNED_SILENT_WHEN = Object.fromEntries(
  PROBLEM_CATEGORIES.map((category) => [
    category,
    (context: RuleContext) => !readsEnglish(context) || (SILENT_FOR[category]?.(context) ?? false),
  ]),
) as Record<ProblemCategory, (context: RuleContext) => boolean>;

/**
 * A sentence that only acknowledges ("Sorry for the delay, sir.", "That's really frustrating, and
 * I apologise.", "Congratulations, and sorry for the scare!"): an apology, thanks or empathy with
 * no reason, refusal, order or promise in it. Bad replies often open this way too, so the words
 * weigh towards excuses and blame, yet the sentence itself cannot be one; and it is the first
 * sentence an agent finishes, judged at once. Its weights may lower a guess, never raise it.
 * Courtesies count too ("You're welcome!", "Have a great weekend.", "No worries."): a short reply of
 * thanks and a courtesy drew a learned guess from its few words (tests/coach/ready-to-send.test.ts).
 */
const ACKNOWLEDGES =
  /\b(?:sorry|apologi[sz]e|apologies|thanks?|thank you|appreciate|understand|frustrating|congratulations|hear that|glad|happy to|you(?:['’]re| are) (?:very |most |so )?welcome(?! to)|my pleasure|no (?:problem|worries)|take care|enjoy|have a (?:\w+ )?(?:day|evening|weekend|afternoon|morning))\b/i;
const SAYS_MORE =
  /\b(?:because|due|since|as|but|however|unfortunately|never|cannot|should|must|need|needs|have to|has to|policy|system|will|would|could|might|may|always|usually|sometimes|only|if|we|our)\b|,\s*so\b|(?:can|won|don|doesn)['’]t\b|['’]ll\b/i;
export const onlyAcknowledges = (text: string) => ACKNOWLEDGES.test(text) && !SAYS_MORE.test(text);

/**
 * An apology with no "but" in it never blames, whatever follows it: "I'm sorry, you should have had
 * a reply by now", "I'm sorry, that must have been a shock" (issue 15: good replies by other hands
 * drew a learned blame here, most while being typed). The blame rule reads it the same way
 * (blame-customer.ts apologisesFor); "Sorry, but you should have checked" still counts.
 */
const APOLOGISES = /\b(?:sorry|apologi[sz]e|apologies)\b/i;
const BUT = /\bbut\b/i;
const BLAME = PROBLEM_CATEGORIES.indexOf('blame');
/**
 * Nor, without a hedge or a time left open, is it unsure ("I'm sorry, three weeks is longer than it
 * should be", "Sorry, that's worrying"): the learned uncertainty pointed at such apologies in good
 * replies by other hands while they were typed (issue 15).
 */
const HEDGES =
  /\b(?:know|sure|certain|may|might|maybe|perhaps|probably|possibly|likely|could|think|guess|hope|hopefully|unclear|soon|yet|until|when|later|update|asap|shortly|eventually|whether|idea|wait|waiting)\b/i;
const UNCERTAINTY = PROBLEM_CATEGORIES.indexOf('uncertainty');
/**
 * Nor does a sentence that owns the fault for us ("Our driver should have asked first", "that was our
 * mistake", "we failed to pass it on"): it says the opposite of blame, and the learned blame pointed
 * at such sentences while good replies by other hands were typed (issue 15). Not "we should have
 * received your form by Monday", which puts the fault back on the customer.
 */
const OWNS_FAULT =
  /\b(?:(?:we|our(?: \w+){1,2}) (?:should(?:n['’]t| not)? have (?!(?:received|got|had|heard|been sent)\b)|failed to\b|forgot to\b|made an? (?:mistake|error)\b)|(?:our|my) (?:own )?(?:mistake|error|fault|failure|oversight)\b|(?:on|from) our (?:side|end)\b)/i;

/**
 * Nor is a request put as a question an order ("Could you fill in the cancellation form?", "Would you
 * mind sending the receipt?"): it is the coach's own commanding rewrite, and no draft by other hands in
 * training that asks this way is labelled commanding (0 of 74).
 */
const ASKS = /^(?:please,? )?(?:could|would|can|will) you\b[^.!?]*\?\s*$/i;
const COMMANDING = PROBLEM_CATEGORIES.indexOf('commanding');

/** A sentence's summed weights, an acknowledgement's capped at zero per category. */
export function sentenceScore(table: Table, context: RuleContext, index: number): SentenceScore {
  const score = scoreFeatures(table, (emit) => sentenceFeaturesAt(context, index, emit));
  const text = context.sentences[index]!.text;
  if (onlyAcknowledges(text)) {
    for (let c = 0; c < score.sums.length; c++) score.sums[c] = Math.min(0, score.sums[c]!);
  } else if ((APOLOGISES.test(text) || OWNS_FAULT.test(text)) && !BUT.test(text)) {
    score.sums[BLAME] = Math.min(0, score.sums[BLAME]!);
    if (!HEDGES.test(text)) score.sums[UNCERTAINTY] = Math.min(0, score.sums[UNCERTAINTY]!);
  }
  if (ASKS.test(text)) score.sums[COMMANDING] = Math.min(0, score.sums[COMMANDING]!);
  return score;
}

const memo = sentenceMemo<SentenceScore, RuleContext>();

// The table the sentence scores below are read with (one per model, set by draftOpinion).
let scoringTable: Table | null = null;
// A sentence's score depends on its text alone (clause words are read from the text too).
// One constant function rather than a closure per sentence and call: most calls find the score remembered.
const scoreSentence = (_text: string, context: RuleContext, index: number): SentenceScore =>
  sentenceScore(scoringTable!, context, index);

/** The second opinion on this draft, worked out once per analysis and shared by the learned-* rules. */
export function draftOpinion(context: RuleContext, model: PackedDraftModel, table: Table): DraftOpinion {
  // The learned-* rules of one analysis ask in turn: the last context's opinion is kept.
  if (context !== opinionContext) {
    scoringTable = table;
    const scores: SentenceScore[] = [];
    for (let index = 0; index < context.sentences.length; index++) scores.push(memo(context, index, scoreSentence));
    opinion = opinionOf(model, scores, replyScore(context, table));
    opinionContext = context;
  }
  return opinion!;
}
let opinionContext: RuleContext | null = null;
let opinion: DraftOpinion | null = null;

// The reply's facts are a handful of features that rarely change while the agent types: their
// score is kept with the features it was worked out from, and reused when they come again in
// the same order (a sum of the same weights in the same order is the same number).
let replyFeatures: number[] = [];
let replyTable: Table | null = null;
let replyScored: SentenceScore | null = null;

function replyScore(context: RuleContext, table: Table): SentenceScore {
  const features: number[] = [];
  draftFacts(context, (hash) => features.push(hash));
  const same =
    replyScored !== null &&
    replyTable === table &&
    features.length === replyFeatures.length &&
    features.every((hash, index) => hash === replyFeatures[index]);
  if (!same) {
    replyScored = scoreFeatures(table, (emit) => features.forEach((hash) => emit(hash)));
    replyFeatures = features;
    replyTable = table;
  }
  return replyScored!;
}
