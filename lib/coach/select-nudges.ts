import type { Finding, ProblemCategory } from '@/lib/engine/types';

/**
 * Which problems are worth the agent's attention first. Blame and condescension
 * hurt the relationship most; jargon least.
 */
const PRIORITY: Record<ProblemCategory, number> = {
  blame: 0,
  condescension: 1,
  excuse: 2,
  'no-alternative': 3,
  commanding: 4,
  uncertainty: 5,
  jargon: 6,
};

/** Identity of a nudge across re-analyses: offsets move as the agent types, rule and words do not. */
export const findingKey = (finding: Finding): string => `${finding.ruleId}@${finding.text.toLowerCase()}`;

/**
 * Problems only, muted rules removed, one per category (two excuse rules firing on
 * the same sentence would say the same thing twice), most important first and
 * earliest first within a rank.
 */
export function rankProblems(findings: readonly Finding[], mutedRules: readonly string[]): Finding[] {
  const seenCategories = new Set<string>();
  return findings
    .filter((finding) => finding.kind === 'problem' && !mutedRules.includes(finding.ruleId))
    .sort(
      (a, b) =>
        (PRIORITY[a.category as ProblemCategory] ?? 9) - (PRIORITY[b.category as ProblemCategory] ?? 9) ||
        a.start - b.start,
    )
    .filter((finding) => {
      if (seenCategories.has(finding.category)) return false;
      seenCategories.add(finding.category);
      return true;
    });
}
