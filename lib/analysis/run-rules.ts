import type { Certainty, Rule, RuleContext, RuleFinding } from '@/lib/engine/rule';
import type { Finding, Sensitivity } from '@/lib/engine/types';
import { MAX_FINDINGS } from '@/lib/engine/limits';

const SHOWN: Record<Sensitivity, readonly Certainty[]> = {
  low: ['certain'],
  medium: ['certain', 'likely'],
  high: ['certain', 'likely', 'possible'],
};

/**
 * Every rule's raw findings (muted rules included: the pre-send check still needs them). A
 * second opinion's finding is kept only when no other rule found its category, at any
 * certainty: it adds what the rules miss and never repeats or contradicts them.
 */
export function runRules(rules: readonly Rule[], context: RuleContext): RuleFinding[] {
  const all: RuleFinding[] = [];
  let seconds = 0;
  for (const rule of rules) {
    try {
      const found = rule.check(context);
      if (rule.meta.secondOpinion) seconds += found.length;
      // A loop, not push(...found): a spread call copies its arguments, for each of some 40 rules a call.
      for (let i = 0; i < found.length; i++) all.push(found[i]!);
    } catch {
      // One broken rule must not take the sidebar down; the rule's own tests catch it.
    }
  }
  if (seconds === 0) return all;
  const firstOpinion = new Set(all.filter((finding) => !finding.secondOpinion).map((finding) => finding.category));
  return all.filter((finding) => !finding.secondOpinion || !firstOpinion.has(finding.category));
}

function overlaps(a: Finding, b: Finding): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * What the agent sees: unmuted, at their sensitivity, one finding per overlapping span
 * within a category (two excuse rules on "unfortunately we can't" are one nudge), sorted
 * by position, capped.
 */
export function selectFindings(raw: RuleFinding[], mutedRules: string[], sensitivity: Sensitivity): Finding[] {
  const muted = new Set(mutedRules);
  const allowed = SHOWN[sensitivity] ?? SHOWN.medium;
  const candidates = raw
    .filter((finding) => !muted.has(finding.ruleId) && allowed.includes(finding.certainty))
    .sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: Finding[] = [];
  for (const finding of candidates) {
    if (kept.some((other) => other.category === finding.category && overlaps(other, finding))) continue;
    // Copied field by field: object rest (`{ certainty, ...plain }`) is a slow path in V8.
    const { ruleId, messageId, category, kind, start, end, text, why, alternatives } = finding;
    const plain: Finding = { ruleId, messageId, category, kind, start, end, text, why, alternatives };
    if (finding.wholeReply) plain.wholeReply = true;
    kept.push(plain);
    if (kept.length >= MAX_FINDINGS) break;
  }
  return kept;
}
