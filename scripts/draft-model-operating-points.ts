/**
 * Operating points of the learned second opinion (train-draft-model.ts), chosen on out-of-fold
 * logits of the training drafts only. A finding the model adds counts only where no rule found
 * its category (run-rules.ts), and a good reply is nagged once whatever nags it, so points are
 * chosen for the engine as a whole, not one category at a time:
 *
 * - each (group, category) has a precision floor: of the findings it adds, at least that share
 *   must name a problem the draft has. A reply that offers nothing nearly always has a problem
 *   (93% in the labelled drafts), so a finding there risks naming the wrong problem rather than
 *   nagging a good reply, and its floor is lower;
 * - the engine's nag rate (rules and model together) on the training drafts stays within
 *   `nagBudget`, and the model's own share of it within `modelNag`;
 * - each category has a precision floor too, over its findings in both groups together
 *   (`categoryFloor`): the agent sees "Blames them" whichever group the reply is in, and a wrong
 *   guess costs trust even on a reply that has another problem (dev, before this floor: of 228
 *   learned blame findings 98 were wrong, 96 of them on replies with another problem, which the
 *   nag budget never counts);
 * - the model's findings on good replies as typed (`typed`: the reply's prefixes that look
 *   finished, judged after a long rest) stay within `typedNag`, the share of those good replies
 *   the model speaks on at some prefix;
 * - within those, points are lowered greedily, each step taking the move that adds the most
 *   right findings per good reply nagged, so the recall a nag buys is spent where it is cheapest,
 *   and the budget a strict floor leaves unspent goes to the categories that stay precise.
 */

export interface Row {
  /** Out-of-fold logit per category (-Infinity: no sentence to point at). */
  logits: number[];
  /** Group index: 0 offers something, 1 offers nothing. */
  group: number;
  /** Per category: does the draft have it? */
  gold: boolean[];
  /** Categories any rule found at any certainty (the model is silent there). */
  ruleFound: boolean[];
  /** Did a finding the agent sees by default already nag this good reply? */
  ruleNagged: boolean;
  clean: boolean;
  /**
   * A good reply's prefixes that look finished (draft-model-prefixes.ts): per group, per category,
   * the highest out-of-fold logit over those prefixes where no rule found the category
   * (-Infinity: none). Absent on other rows.
   */
  typed?: number[][];
}

export interface PointsConfig {
  /** Precision floor per group. */
  floor: readonly [number, number];
  /** Categories left at 99 (never). */
  skip?: readonly number[];
  nagBudget: number;
  modelNag: number;
  /** Precision floor per category, over the findings of both groups together. */
  categoryFloor?: number;
  /** Share of good replies (rows with `typed`) the model may speak on at some prefix. */
  typedNag?: number;
}

// The fewest findings a point may add: below this a precision is noise.
const MIN_ADDED = 5;
// How far down one step may look for the next right finding.
const LOOKAHEAD = 25;

function nagOf(rows: readonly Row[], points: number[][]): { engine: number; model: number; typed: number } {
  let clean = 0;
  let engine = 0;
  let model = 0;
  let typedRows = 0;
  let typed = 0;
  for (const row of rows) {
    if (!row.clean) continue;
    if (row.typed) {
      typedRows++;
      if (row.typed.some((logits, group) => logits.some((logit, c) => logit >= points[group]![c]!))) typed++;
    }
    clean++;
    const added = row.logits.some((logit, c) => !row.ruleFound[c] && logit >= points[row.group]![c]!);
    if (row.ruleNagged || added) engine++;
    if (added && !row.ruleNagged) model++;
  }
  return {
    engine: engine / Math.max(1, clean),
    model: model / Math.max(1, clean),
    typed: typed / Math.max(1, typedRows),
  };
}

/** points[group][category]: the lowest logit that adds a finding (99: never). */
export function choosePoints(rows: readonly Row[], classes: number, config: PointsConfig): number[][] {
  const points = [0, 1].map(() => new Array<number>(classes).fill(99));
  const lanes = [0, 1].flatMap((group) =>
    Array.from({ length: classes }, (_, c) => ({
      group,
      c,
      taken: 0,
      right: 0,
      /** Rows from here on would break the nag budget. */
      limit: Infinity,
      order: rows
        .filter((row) => row.group === group && !row.ruleFound[c] && row.logits[c]! > -Infinity)
        .sort((a, b) => b.logits[c]! - a.logits[c]!),
    })),
  );
  const open = new Set(lanes.filter((lane) => !config.skip?.includes(lane.c)));
  // The same category's lane in the other group: the category floor counts both.
  const twin = (lane: (typeof lanes)[number]) => lanes[(1 - lane.group) * classes + lane.c]!;
  const categoryFloor = config.categoryFloor ?? 0;
  for (;;) {
    let best: { lane: (typeof lanes)[number]; to: number; right: number; score: number } | null = null;
    for (const lane of open) {
      let right = lane.right;
      let nagged = 0;
      for (let j = lane.taken; j < Math.min(lane.order.length, lane.taken + LOOKAHEAD, lane.limit); j++) {
        const row = lane.order[j]!;
        if (row.gold[lane.c]) right++;
        if (row.clean && !row.ruleNagged) nagged++;
        // A point sits between two distinct logits.
        if (lane.order[j + 1]?.logits[lane.c] === row.logits[lane.c]) continue;
        if (j + 1 < MIN_ADDED || right / (j + 1) < config.floor[lane.group]! || right === lane.right) continue;
        const other = twin(lane);
        if ((right + other.right) / (j + 1 + other.taken) < categoryFloor) continue;
        const score = (right - lane.right) / (nagged + 0.2);
        if (!best || score > best.score) best = { lane, to: j + 1, right, score };
      }
    }
    if (!best) return points;
    const { lane, to } = best;
    const before = points[lane.group]![lane.c]!;
    const last = lane.order[to - 1]!.logits[lane.c]!;
    const next = lane.order[to]?.logits[lane.c];
    points[lane.group]![lane.c] = Number((next === undefined ? last - 1e-3 : (last + next) / 2).toFixed(3));
    const nag = nagOf(rows, points);
    if (nag.engine > config.nagBudget || nag.model > config.modelNag || nag.typed > (config.typedNag ?? 1)) {
      // A smaller step in this lane may still fit.
      points[lane.group]![lane.c] = before;
      lane.limit = to - 1;
      if (lane.limit <= lane.taken) open.delete(lane);
      continue;
    }
    lane.taken = to;
    lane.right = best.right;
  }
}

/**
 * Raises points just above the logit of every good reply in `guarded` the model would nag: the
 * labelled tables the engine's tests hold at nag 0 are training drafts, scored here by the final
 * model. Returns how many points moved.
 */
export function clearGuarded(points: number[][], guarded: readonly Row[]): number {
  let moved = 0;
  for (const row of guarded) {
    if (!row.clean || row.ruleNagged) continue;
    row.logits.forEach((logit, c) => {
      const point = points[row.group]!;
      if (row.ruleFound[c] || logit < point[c]!) return;
      point[c] = Number((logit + 0.0015).toFixed(3));
      moved++;
    });
  }
  return moved;
}
