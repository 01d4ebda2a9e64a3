import type { Finding, ProblemCategory } from '../engine/types';

/**
 * Which problems are worth the agent's attention first. Blame and condescension
 * hurt the relationship most; jargon least. Unlisted categories rank last.
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

export interface NudgeChoice {
  maxShown: number;
  /** Finding keys ("ruleId@start") the agent set aside with "not now" on this ticket. */
  dismissed: ReadonlySet<string>;
  mutedRules: readonly string[];
}

export const findingKey = (finding: Finding): string => `${finding.ruleId}@${finding.text.toLowerCase()}`;

/** At most `maxShown` problems, one per rule, most important first, earliest first within a rank. */
export function selectNudges(findings: readonly Finding[], choice: NudgeChoice): Finding[] {
  const seenRules = new Set<string>();
  return findings
    .filter(
      (f) => f.kind === 'problem' && !choice.mutedRules.includes(f.ruleId) && !choice.dismissed.has(findingKey(f)),
    )
    .sort(
      (a, b) =>
        (PRIORITY[a.category as ProblemCategory] ?? 9) - (PRIORITY[b.category as ProblemCategory] ?? 9) ||
        a.start - b.start,
    )
    .filter((f) => (seenRules.has(f.ruleId) ? false : (seenRules.add(f.ruleId), true)))
    .slice(0, choice.maxShown);
}
